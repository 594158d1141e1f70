// Abbreviations and their spelled-out forms in one language (GPU ↔ 图形处理器, PUE ↔ power usage
// effectiveness): the reports mostly write the abbreviation, so a reader who types the long form
// would otherwise find only the glossary. The glossary's "GPU（图形处理器）" entries give most
// pairs (glossaryAliases in src/data/glossary.ts); these are abbreviations the reports use that
// the glossary does not define.
import { pagefindWords } from './pagefind-internals.ts';

export const ABBREVIATIONS: Record<'zh' | 'en', [short: string, long: string][]> = {
  zh: [
    ['AI', '人工智能'],
    ['NLP', '自然语言处理'],
  ],
  en: [
    ['AI', 'artificial intelligence'],
    ['NLP', 'natural language processing'],
  ],
};

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `from` as a pattern: a Latin form only as a whole word (AI in AI服务器, not the "ai" in "chain"). */
function formPattern(from: string): RegExp {
  const latin = !/\p{Script=Han}/u.test(from);
  const edge = '[\\p{Script=Latin}\\p{N}]';
  return new RegExp(latin ? `(?<!${edge})${escapeRegExp(from)}(?!${edge})` : escapeRegExp(from), 'giu');
}

/** The query with each abbreviation spelled out and each spelled-out form abbreviated, or null when it has none. */
export function aliasQuery(query: string, pairs: [short: string, long: string][]): string | null {
  // Longer forms first, so "graphics processing unit" is replaced before a shorter form inside it.
  const forms = pairs
    .flatMap(([s, l]): [string, string][] => [
      [l, s],
      [s, l],
    ])
    .sort((a, b) => b[0].length - a[0].length);
  // Replaced parts are held as placeholders, so a form is never replaced back.
  const held: string[] = [];
  let out = query;
  for (const [from, to] of forms) out = out.replace(formPattern(from), () => `\u0000${held.push(to) - 1}\u0000`);
  if (!held.length) return null;
  return out
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => held[Number(i)])
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Pagefind is also asked for the alias, before the query, when the query spells out one
 * abbreviation: the pages write PUE, and its one index chunk costs less than the three of 电能利用效率.
 */
export function searchAliasFirst(query: string, alias: string, language: string): boolean {
  return pagefindWords(alias, language).length === 1 && pagefindWords(query, language).length > 1;
}
