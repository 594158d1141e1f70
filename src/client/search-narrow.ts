// Pagefind downloads one index chunk (about 30 KB) for every word of a query, and a Chinese
// query splits into many words: 智能计算中心建设 is 智能|计算|中心|建设, four chunks, 120 KB on
// top of the 70 KB engine. To keep a first query within its budget (150 KB, README "Search"),
// Pagefind is asked for the longest run of consecutive words whose chunks fit; the results are
// then judged against the whole query by their text (search-text.ts matchQuality). A page
// that contains the whole query contains the run, so narrowing adds pages to judge and never
// removes one. What each chunk covers and weighs comes from chunks.json, written next to each
// bundle by scripts/build-search-index.mjs.

import { pagefindChunkOf, pagefindWords } from './pagefind-internals.ts';

export { pagefindWords };

/** One index chunk: the first and last word it covers (shortened, as Pagefind does) and its bytes. */
export type ChunkRange = [from: string, to: string, bytes: number];

export interface Bundle {
  /** The language Pagefind processes the query in: "zh-CN" or "en". */
  language: string;
  chunks: ChunkRange[];
  /** Chunks this page has already downloaded: they cost nothing again. */
  loaded: Set<number>;
}

/** The chunk Pagefind downloads for `word`: the first whose range holds it, if any. */
export function chunkOf(word: string, chunks: ChunkRange[]): number | undefined {
  return pagefindChunkOf(word, chunks);
}

/** The chunks of a bundle that Pagefind downloads for `query`. */
export function chunksOf(query: string, bundle: Bundle): Set<number> {
  const found = pagefindWords(query, bundle.language).map((w) => chunkOf(w, bundle.chunks));
  return new Set(found.filter((i) => i !== undefined));
}

/** The bytes a query would download from these bundles, counting each new chunk once. */
export function queryBytes(query: string, bundles: Bundle[]): number {
  let bytes = 0;
  for (const bundle of bundles) for (const i of chunksOf(query, bundle)) if (!bundle.loaded.has(i)) bytes += bundle.chunks[i][2];
  return bytes;
}

export interface Narrowed {
  /** What to ask Pagefind: the query as typed when it fits, else a run of its words. */
  query: string;
  /** The bytes of index chunks it downloads. */
  bytes: number;
  whole: boolean;
}

/**
 * The query, or the longest run of its consecutive words (in the first bundle's language)
 * whose new chunks in every bundle weigh at most `budget` bytes. Among runs as long, the last:
 * Chinese compounds put the specific word last (中心建设, 器市场, 腾910). At least one word is
 * always kept, the cheapest among the longest, even when it alone is over the budget.
 */
export function narrowQuery(query: string, bundles: Bundle[], budget: number): Narrowed {
  const whole = queryBytes(query, bundles);
  const words = pagefindWords(query, bundles[0].language);
  if (whole <= budget || words.length < 2) return { query, bytes: whole, whole: true };
  const runs: (Narrowed & { length: number })[] = [];
  for (let start = 0; start < words.length; start++)
    for (let end = start + 1; end <= words.length; end++) {
      const run = words.slice(start, end);
      runs.push({ query: run.join(' '), bytes: queryBytes(run.join(' '), bundles), whole: false, length: run.join('').length });
    }
  // `runs` is in order of start, so on a tie the later run wins by coming last.
  const fitting = runs.filter((r) => r.bytes <= budget);
  const pick = fitting.length
    ? fitting.reduce((a, b) => (b.length >= a.length ? b : a))
    : runs.filter((r) => !r.query.includes(' ')).reduce((a, b) => (b.bytes < a.bytes || (b.bytes === a.bytes && b.length >= a.length) ? b : a));
  return { query: pick.query, bytes: pick.bytes, whole: false };
}
