// Text matching for search, shared by the results page and the highlight on arrival.
// Pagefind matches every piece of a Chinese query as a word prefix anywhere on a page
// (算力 also finds 算法…力量), so results are re-ranked here by whether the page really
// contains the query: compared without case, width or whitespace differences.

const HAN = /\p{Script=Han}/u;

/**
 * NFKC folds full-width letters and digits (ＧＰＴ－３ → GPT-3); case is ignored; curly quotes
 * and apostrophes, which English pages show, compare equal to the straight ones a reader types.
 * (Each fold keeps the text's length, so positions found in one form hold in the other.)
 */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"');
}

/** In a highlight pattern, a straight quote also finds its curly forms in the page's text. */
const QUOTE_FORMS: Record<string, string> = { "'": "['‘’]", '"': '["“”]' };

/** The form two texts are compared in: normalised, with every whitespace and hyphen removed (open-data = open data). */
export function compact(text: string): string {
  return normalise(text).replace(/[\s\p{Pd}]+/gu, '');
}

/** Latin words of four or more letters without a plural ending (centres, centre → centr), so either number matches. */
export function singular(text: string): string {
  return text.replace(/(\p{Script=Latin}{3,}?)(?:es|s)\b/gu, (word, stem: string) => (word.endsWith('ss') ? word : stem));
}

/** Query pieces: split at spaces and where Chinese meets Latin letters or digits ("GPT-3参数" → gpt-3, 参数). */
export function queryTerms(query: string): string[] {
  const pieces = normalise(query).match(/\p{Script=Han}+|[^\s\p{Script=Han}]+/gu) ?? [];
  const terms = pieces.map((p) => p.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '')).filter((p) => p.length > 0);
  return [...new Set(terms)];
}

function bigrams(term: string): string[] {
  const chars = [...term];
  if (chars.length < 2) return chars;
  return chars.slice(1).map((c, i) => chars[i] + c);
}

export interface MatchQuality {
  /** 3: the whole query is in the text; 2: every term is; 1: only some pieces are. */
  tier: 1 | 2 | 3;
  /** Share of the query's terms (Chinese terms: of their character pairs) found in the text, 0–1. */
  coverage: number;
}

/** How well `text` matches `query`; `text` must already be `compact`. */
export function matchQuality(compactText: string, query: string): MatchQuality {
  const terms = queryTerms(query);
  if (terms.length === 0) return { tier: 1, coverage: 0 };
  const has = (q: string) => compactText.includes(compact(q)) || compactText.includes(compact(singular(q)));
  if (has(query)) return { tier: 3, coverage: 1 };
  const found = terms.map(has);
  const partial = terms.map((t, i) => {
    if (found[i] || !HAN.test(t)) return found[i] ? 1 : 0;
    const pairs = bigrams(t);
    return pairs.filter((p) => compactText.includes(p)).length / pairs.length;
  });
  const coverage = partial.reduce((a, b) => a + b, 0) / terms.length;
  return { tier: found.every(Boolean) ? 2 : 1, coverage };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern that finds `term` in page text the way `compact` compares: any whitespace may
 * sit between two characters (PDF-style "昇 腾 910" or a line break in the markup).
 */
export function termPattern(term: string): string {
  const chars = [...compact(singular(term))];
  // A Latin word matches to its end, in either number (centr → centre, centres).
  const tail = /\p{Script=Latin}$/u.test(chars.at(-1) ?? '') ? '\\p{L}*' : '';
  return chars.map((c) => QUOTE_FORMS[c] ?? escapeRegExp(c)).join('[\\s\\p{Pd}]*') + tail;
}

/** One case-insensitive global expression for several terms, longest first. */
export function termsRegExp(terms: string[]): RegExp | null {
  const patterns = [...new Set(terms.map(termPattern).filter(Boolean))].sort((a, b) => b.length - a.length);
  return patterns.length ? new RegExp(patterns.join('|'), 'giu') : null;
}

/**
 * A match of a Chinese query of three or more characters that holds under half of the query's
 * character pairs: its characters are scattered over the page (鹏城云脑 matched by 云 … 脑). Such
 * a page is shown, if at all, below the "partial matches" divider.
 */
export function isPartialMatch(quality: MatchQuality, query: string): boolean {
  const han = [...compact(query)].filter((c) => HAN.test(c)).length;
  return han >= 3 && quality.tier === 1 && quality.coverage < 0.5;
}
