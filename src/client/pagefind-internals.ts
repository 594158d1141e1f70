// Everything the search relies on that Pagefind does not document, in one place. Each was read
// from Pagefind 1.6.0 (pagefind.js, pagefind_web's WebAssembly and the fragment format it
// writes), the exact version package.json pins. After an upgrade, re-read these against the new
// pagefind.js and run tests/unit/search-narrow.test.ts and tests/e2e/search-contract.test.ts,
// which record the index chunks Chromium really downloads and the ids Pagefind really returns.

/** The Pagefind version the functions below were read from. */
export const PAGEFIND_VERSION = '1.6.0';

export type Lang = 'zh' | 'en';

// pagefind.js's test of a character it drops from a query, copied with its operator
// precedence, so the words computed here are the words its pagefind.js looks up.
const DROPPED = /^\p{Pd}|\p{Pe}|\p{Pf}|\p{Pi}|\p{Po}|\p{Ps}$/u;

function keep(grapheme: string): string {
  return DROPPED.test(grapheme) ? '' : grapheme.toLocaleLowerCase();
}

function graphemes(text: string, language: string): string[] {
  return [...new Intl.Segmenter(language, { granularity: 'grapheme' }).segment(text)].map((s) => s.segment);
}

/**
 * The words pagefind.js looks up for `query` in a bundle of `language`: Chinese is split into
 * words by Intl.Segmenter, other languages only at spaces; punctuation is dropped, so
 * "GPT-3" is gpt|3 in Chinese and gpt3 in English.
 */
export function pagefindWords(query: string, language: string): string[] {
  let text: string;
  if (language.toLowerCase().startsWith('zh')) {
    const words = [...new Intl.Segmenter(language, { granularity: 'word' }).segment(query)].map((s) => graphemes(s.segment, language).map(keep).join(''));
    text = words.filter(Boolean).join(' ');
  } else text = graphemes(query, language).map(keep).join('');
  return text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
}

/** Compares by code point, as Pagefind's Rust compares UTF-8 strings (UTF-16 units differ above U+FFFF). */
function compareCodePoints(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = x[i].codePointAt(0)! - y[i].codePointAt(0)!;
    if (d) return d;
  }
  return x.length - y.length;
}

/** The chunk Pagefind's WebAssembly downloads for `word`: the first whose [from, to] range holds it. */
export function pagefindChunkOf(word: string, ranges: [from: string, to: string, ...rest: unknown[]][]): number | undefined {
  const i = ranges.findIndex(([from, to]) => compareCodePoints(word, from) >= 0 && compareCodePoints(word, to) <= 0);
  return i < 0 ? undefined : i;
}

/**
 * The language of a result, from its id: Pagefind names a fragment `<language>_<hash>`
 * ("zh-cn_82e4f06", "en_1afdc4f"), the language being the one the bundle was indexed in.
 */
export function langOfResultId(id: string): Lang {
  const prefix = id.split('_')[0];
  if (prefix.startsWith('zh')) return 'zh';
  if (prefix === 'en') return 'en';
  throw new Error(`pagefind ${PAGEFIND_VERSION}: result id "${id}" carries no language`);
}

/**
 * A fragment's `raw_content` as its words: Pagefind puts a zero-width space (U+200B) between
 * the words it segmented in Chinese pages, and plain whitespace between words elsewhere.
 */
export function rawContentWords(raw: string): { words: string[]; joiner: string } {
  if (raw.includes('\u200B')) return { words: raw.split('\u200B'), joiner: '' };
  return { words: raw.split(/[^\S\uFEFF]+/), joiner: ' ' };
}
