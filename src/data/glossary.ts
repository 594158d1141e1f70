import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { bilingual } from '../schemas/dataset.ts';
import { dataDir } from './paths.ts';

/** The glossary's sections, in page order. */
export const GLOSSARY_GROUPS = ['compute', 'chips', 'data', 'software', 'policy'] as const;

const entrySchema = z
  .object({
    /** Which part of the glossary page the term appears in. */
    group: z.enum(GLOSSARY_GROUPS),
    /** The term as each language's reader meets it (docs/writing.md's term list). */
    term: bilingual,
    /** Our own neutral definition, one or two sentences per language. */
    definition: bilingual,
  })
  .strict();
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const glossarySchema = z.record(z.string().regex(KEBAB, 'term ids are ASCII kebab-case'), entrySchema);

export type GlossaryEntry = z.infer<typeof entrySchema> & { id: string };

let cache: Map<string, GlossaryEntry> | undefined;

/** data/glossary.json, validated: term id → entry, in file order. */
export function readGlossary(): Map<string, GlossaryEntry> {
  if (cache) return cache;
  const file = join(dataDir(), 'glossary.json');
  const parsed = glossarySchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  cache = new Map(Object.entries(parsed.data).map(([id, entry]) => [id, { ...entry, id }]));
  return cache;
}

/** One entry, or a build-stopping error naming the unknown id. */
export function glossaryEntry(id: string, where: string): GlossaryEntry {
  const entry = readGlossary().get(id);
  if (!entry) throw new Error(`${where}: <Term id="${id}"> is not in data/glossary.json (known: ${[...readGlossary().keys()].join(', ')})`);
  return entry;
}

/** "PUE（电能利用效率）" → ["PUE", "电能利用效率"]; "basic (general-purpose) computing" → ["basic computing", "general-purpose"]. */
function splitTerm(term: string): { main: string; aside?: string } {
  const aside = term.match(/[（(]([^）)]+)[）)]/)?.[1];
  const main = term
    .replace(/\s*[（(][^）)]+[）)]\s*/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return { main, aside };
}

/**
 * The glossary's zh ↔ en renderings as search term pairs (src/client/search-terms.ts): each
 * term, and the terms in its parentheses when both languages have one (图形处理器 ↔ graphics
 * processing unit). Terms spelled alike in both languages need no translation; a term listing
 * alternatives ("十三五 / 十四五") has no one rendering to pair, so neither is used.
 */
export function glossaryTermPairs(): [zh: string, en: string][] {
  const pairs: [string, string][] = [];
  for (const { term } of readGlossary().values()) {
    if (term.zh.includes('/') || term.en.includes('/')) continue;
    const zh = splitTerm(term.zh);
    const en = splitTerm(term.en);
    const candidates: [string | undefined, string | undefined][] = [
      [zh.main, en.main],
      [zh.aside, en.aside],
    ];
    for (const [z, e] of candidates) if (z && e && z.toLowerCase() !== e.toLowerCase()) pairs.push([z.replace(/(?<=[A-Za-z0-9]) (?=\p{Script=Han})/gu, ''), e]);
  }
  return pairs;
}

/** An abbreviation (GPU, PUE) or a name of two or more words or Chinese characters: a form readers type. */
function isName(text: string): boolean {
  return /^[A-Z0-9]{2,}$/.test(text) || text.split(' ').length >= 2 || [...text].filter((c) => /\p{Script=Han}/u.test(c)).length >= 2;
}

/**
 * Each glossary term's two forms in one language as search aliases (src/client/search-aliases.ts),
 * shorter first: "PUE（电能利用效率）" → [PUE, 电能利用效率], "智能计算中心（智算中心）" → [智算中心, 智能计算中心].
 * A parenthesis that only qualifies the term ("basic (general-purpose) computing") is not a form.
 */
export function glossaryAliases(lang: 'zh' | 'en'): [short: string, long: string][] {
  const pairs: [string, string][] = [];
  for (const { term } of readGlossary().values()) {
    const { main, aside } = splitTerm(term[lang]);
    if (!aside || term[lang].includes('/') || !isName(aside)) continue;
    pairs.push(main.length <= aside.length ? [main, aside] : [aside, main]);
  }
  return pairs;
}
