// Runs a query against Pagefind and re-ranks what it returns. Each language has its own
// bundle (scripts/build-search-index.mjs); a page searches its own and merges the other when
// its own has nothing or the reader asks, so a query in either language reaches pages in
// both. Every query stays within a download budget (search-narrow.ts). See README "Search".
import { compact, matchQuality, queryTerms, type MatchQuality } from './search-text.ts';
import { translateQuery } from './search-terms.ts';
import { locateMatch, type Excerpt } from './search-excerpt.ts';
import { chunksOf, narrowQuery, type Bundle, type ChunkRange } from './search-narrow.ts';

export type Lang = 'zh' | 'en';
export interface SearchFilters {
  type?: string;
  report?: string;
}

export interface PagefindFragment {
  url: string;
  content: string;
  raw_content?: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  excerpt: string;
  anchors: { element: string; id: string; text: string; location: number }[];
  sub_results: { title: string; url: string; excerpt: string }[];
}
interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}
interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  search(term: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

export interface Hit {
  url: string;
  title: string;
  lang: Lang;
  type?: string;
  report?: string;
  date?: string;
  /** The section the match is in, when it has a heading with an id. */
  section?: { title: string; url: string };
  excerpt: Excerpt;
  quality: MatchQuality;
  /** The title contains the whole query (or its translation). */
  inTitle: boolean;
  score: number;
}

/** Pagefind's language keys for our two languages (from <html lang>), and how its script names them. */
const PAGEFIND_LANG: Record<Lang, string> = { zh: 'zh-cn', en: 'en' };
const SEGMENTER_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
/**
 * How many results of each language are opened to re-rank and show (one fragment download
 * each, 1–7 KB), and how many bytes of index chunks one query may download. With the engine
 * (pagefind.js, its wasm and the index's meta file: 70–75 KB) they make the first query's
 * budget of 150 KB transferred (README "Search", `npm run bench:search`).
 */
const INSPECT = { own: 5, other: 3 };
export const INDEX_BUDGET = 62 * 1024;
/** The other language's meta file and chunk list, downloaded when its bundle is merged. */
const MERGE_BYTES = 3 * 1024;

interface Engine {
  pf: PagefindModule;
  own: Bundle;
  /** Set once the other language's bundle has been merged. */
  other?: Bundle;
}
let engine: Promise<Engine> | undefined;
let merging: Promise<Bundle> | undefined;
const chunkLists = new Map<Lang, Promise<Bundle>>();
let termPairs: [string, string][] = [];

/** The glossary's zh ↔ en term pairs, which queries are also translated with (search-terms.ts). */
export function useTermPairs(pairs: [string, string][]): void {
  termPairs = pairs;
}

/** A bundle's chunk list, fetched once. */
function readChunks(bundleRoot: string, lang: Lang): Promise<Bundle> {
  if (!chunkLists.has(lang))
    chunkLists.set(
      lang,
      (async () => {
        const response = await fetch(`${bundleRoot}${lang}/chunks.json`);
        // Without the list the search still works; it only cannot keep a long query small.
        const chunks = response.ok ? ((await response.json()) as ChunkRange[]) : [];
        return { language: SEGMENTER_LANG[lang], chunks, loaded: new Set<number>() };
      })(),
    );
  return chunkLists.get(lang)!;
}

/** Loads the page language's bundle once; the other language's is merged only when needed. */
function loadEngine(bundleRoot: string, lang: Lang): Promise<Engine> {
  engine ??= (async () => {
    const [pf, own] = await Promise.all([
      import(/* @vite-ignore */ `${bundleRoot}${lang}/pagefind.js`) as Promise<PagefindModule>,
      readChunks(bundleRoot, lang),
    ]);
    // The worker would download a second copy of the engine (43 KB) for a site this small.
    // A title match counts for more than Pagefind's default (5): readers type titles they half remember.
    // A long page is penalised less than by default (0.75): the explainers are long, and a reader who
    // types a term wants the section that explains it, not only the short dataset page that lists it.
    await pf.options({ noWorker: true, excerptLength: 30, ranking: { metaWeights: { title: 10 }, pageLength: 0.3 } });
    await pf.init();
    return { pf, own };
  })();
  return engine;
}

function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

async function mergeOther(e: Engine, bundleRoot: string, lang: Lang): Promise<Bundle> {
  merging ??= (async () => {
    const other = otherLang(lang);
    const [bundle] = await Promise.all([
      readChunks(bundleRoot, other),
      e.pf.mergeIndex(`${bundleRoot}${other}/`, { language: PAGEFIND_LANG[other], indexWeight: 0.9 }),
    ]);
    e.other = bundle;
    return bundle;
  })();
  return merging;
}

/** Records the chunks a query has made Pagefind download, so later queries count them as free. */
function markLoaded(query: string, bundles: Bundle[]): void {
  for (const bundle of bundles) for (const i of chunksOf(query, bundle)) bundle.loaded.add(i);
}

function langOfResult(id: string): Lang {
  return id.startsWith('zh') ? 'zh' : 'en';
}

/** A query typed in the other language's script: Latin-only on a Chinese page, Chinese on an English one. */
export function isForeign(query: string, lang: Lang): boolean {
  return /\p{Script=Han}/u.test(query) !== (lang === 'zh');
}

/**
 * Adds the results of every variant to `found`, taking them in turns (first of each, then
 * second of each…): the exact-phrase pass and the loose pass each get their best results
 * opened, so neither a phrase match ranked low nor a title match ranked high is missed.
 */
async function collect(
  pf: PagefindModule,
  variants: string[],
  filters: SearchFilters,
  found = new Map<string, PagefindResult>(),
): Promise<Map<string, PagefindResult>> {
  const pagefindFilters = Object.fromEntries(Object.entries(filters).filter(([, v]) => v)) as Record<string, string>;
  const lists: PagefindResult[][] = [];
  for (const variant of variants) lists.push((await pf.search(variant, { filters: pagefindFilters }))?.results ?? []);
  const longest = Math.max(0, ...lists.map((l) => l.length));
  for (let i = 0; i < longest; i++) for (const list of lists) if (list[i] && !found.has(list[i].id)) found.set(list[i].id, list[i]);
  return found;
}

function toHit(fragment: PagefindFragment, id: string, score: number, query: string, translated: string | null): Hit {
  const text = compact(`${fragment.meta.title ?? ''} ${fragment.content}`);
  // A page is judged by the query as typed; by its translation only where that is found whole
  // (深圳 for "Shenzhen"), because loose matches of a translation are mostly noise.
  let best = { q: query, quality: matchQuality(text, query) };
  if (translated && best.quality.tier < 3) {
    const other = matchQuality(text, translated);
    if (other.tier === 3) best = { q: translated, quality: other };
  }
  const title = compact(fragment.meta.title ?? '');
  const inTitle = title.includes(compact(best.q));
  const located = locateMatch(fragment, best.quality.tier === 3 ? [best.q] : queryTerms(best.q));
  return {
    url: fragment.url,
    title: fragment.meta.title ?? fragment.url,
    lang: langOfResult(id),
    type: fragment.filters.type?.[0],
    report: fragment.meta.report,
    date: fragment.meta.date,
    section: located.section,
    excerpt: located.excerpt,
    quality: best.quality,
    inTitle,
    score,
  };
}

// Among equally good matches, the explainer first: its section says what the figure means; the
// chart and the dataset page follow.
const TYPE_ORDER: Record<string, number> = { article: 3, chart: 2, dataset: 1 };
const typeRank = (h: Hit) => TYPE_ORDER[h.type ?? ''] ?? 0;

/** Pages containing the whole query first, then every term; within that, title matches, explainers, then Pagefind's order. */
export function compareHits(a: Hit, b: Hit): number {
  return (
    b.quality.tier - a.quality.tier ||
    Number(b.inTitle) - Number(a.inTitle) ||
    b.quality.coverage - a.quality.coverage ||
    typeRank(b) - typeRank(a) ||
    b.score - a.score
  );
}

export interface Outcome {
  own: Hit[];
  other: Hit[];
  /** The other language's pages were not searched; `searchOther` searches them. */
  otherPending: boolean;
}

async function inspect(results: Map<string, PagefindResult>, lang: Lang, query: string, translated: string | null): Promise<Omit<Outcome, 'otherPending'>> {
  const pick = async (mine: boolean, limit: number) => {
    // `results` alternates exact-phrase and loose results, best first (see `collect`).
    const chosen = [...results.values()].filter((r) => (langOfResult(r.id) === lang) === mine).slice(0, limit);
    const hits = await Promise.all(chosen.map(async (r) => toHit(await r.data(), r.id, r.score, query, translated)));
    return hits.sort(compareHits);
  };
  const [own, other] = await Promise.all([pick(true, INSPECT.own), pick(false, INSPECT.other)]);
  return { own, other };
}

/** The exact-phrase and the loose form of each query, each within the budget for these bundles. */
function variants(queries: string[], bundles: Bundle[]): string[] {
  return queries.flatMap((q) => {
    const narrowed = narrowQuery(q, bundles, INDEX_BUDGET).query;
    markLoaded(narrowed, bundles);
    return [`"${narrowed}"`, narrowed];
  });
}

/**
 * Searches the page's language: the query as typed, or its translation when it is typed in the
 * other language's script (昇腾 on an English page → Ascend). The other language's bundle is
 * searched too only when nothing in the page's language contains every term and what it would
 * download still fits the budget; otherwise the outcome says it is pending, and the reader can
 * ask for it (`searchOther`). Once merged, both languages are searched for every query.
 * `onFirst` gets the page language's results when a second step follows.
 */
export async function runSearch(bundleRoot: string, lang: Lang, query: string, filters: SearchFilters = {}, onFirst?: (o: Outcome) => void): Promise<Outcome> {
  const e = await loadEngine(bundleRoot, lang);
  const translated = translateQuery(query, termPairs);
  const judge = (found: Map<string, PagefindResult>) => inspect(found, lang, query, translated);
  if (e.other)
    return { ...(await judge(await collect(e.pf, variants([query, ...(translated ? [translated] : [])], [e.own, e.other]), filters))), otherPending: false };
  const ownQuery = isForeign(query, lang) && translated ? translated : query;
  const spent = narrowQuery(ownQuery, [e.own], INDEX_BUDGET).bytes;
  const found = await collect(e.pf, variants([ownQuery], [e.own]), filters);
  const first = await judge(found);
  if (first.own.some((h) => h.quality.tier >= 2)) return { ...first, otherPending: true };
  const other = await readChunks(bundleRoot, otherLang(lang));
  const left = INDEX_BUDGET - spent - MERGE_BYTES;
  // Once merged, a query is looked up in both indexes, so both count.
  if (narrowQuery(query, [e.own, other], left).bytes > left) return { ...first, otherPending: true };
  onFirst?.({ ...first, otherPending: false });
  const merged = await mergeOther(e, bundleRoot, lang);
  return { ...(await judge(await collect(e.pf, variants([query], [e.own, merged]), filters, found))), otherPending: false };
}

/** Merges the other language's bundle (if not yet) and searches both, on the reader's request. */
export async function searchOther(bundleRoot: string, lang: Lang, query: string, filters: SearchFilters = {}): Promise<Outcome> {
  const e = await loadEngine(bundleRoot, lang);
  await mergeOther(e, bundleRoot, lang);
  return runSearch(bundleRoot, lang, query, filters);
}
