// Runs a query against Pagefind and re-ranks what it returns. Each language has its own
// bundle (scripts/build-search-index.mjs); a page searches its own and merges the other when
// its own has nothing or the reader asks, so a query in either language reaches pages in
// both. Every query stays within a download budget (search-narrow.ts). See README "Search".
import { translateQuery } from './search-terms.ts';
import { siteSpelling } from './search-spelling.ts';
import { compareHits, toHit, type Hit, type PagefindFragment } from './search-rank.ts';
import { langOfResultId, type Lang } from './pagefind-internals.ts';
import { chunksOf, narrowQuery, type Bundle, type ChunkRange } from './search-narrow.ts';

export type { Lang, Hit };
export interface SearchFilters {
  type?: string;
  report?: string;
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
/** Each "Show more" opens this many more: 10–40 KB of fragments, no new index chunks. */
export const MORE = { own: 10, other: 5 };
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

const langOfResult = langOfResultId;

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

export interface Outcome {
  /** The query as searched and judged: in the site's spelling (search-spelling.ts). */
  query: string;
  own: Hit[];
  other: Hit[];
  /** How many pages Pagefind matched in each language: known before any is opened. */
  ownTotal: number;
  otherTotal: number;
  /** The other language's pages were not searched; `searchOther` searches them. */
  otherPending: boolean;
  /** Opens the next page of results (one fragment download each), present while some are unopened. */
  more?: () => Promise<Outcome>;
}

async function openHits(list: PagefindResult[], from: number, count: number, query: string, translated: string | null): Promise<Hit[]> {
  const hits = await Promise.all(list.slice(from, from + count).map(async (r) => toHit(await r.data(), r.id, r.score, query, translated)));
  return hits.sort(compareHits);
}

/**
 * Opens the next results of each language: the first page within the first query's budget
 * (INSPECT), each further page a larger one (MORE). Hits already shown keep their place; a
 * further page is ranked within itself and appended, so nothing jumps under the reader's eyes.
 */
async function judge(
  found: Map<string, PagefindResult>,
  lang: Lang,
  query: string,
  translated: string | null,
  otherPending: boolean,
  shown?: Outcome,
): Promise<Outcome> {
  // `found` alternates exact-phrase and loose results, best first (see `collect`).
  const all = [...found.values()];
  const own = all.filter((r) => langOfResult(r.id) === lang);
  const other = all.filter((r) => langOfResult(r.id) !== lang);
  const page = shown ? MORE : INSPECT;
  const [o, t] = await Promise.all([
    openHits(own, shown?.own.length ?? 0, page.own, query, translated),
    openHits(other, shown?.other.length ?? 0, page.other, query, translated),
  ]);
  const outcome: Outcome = {
    query,
    own: [...(shown?.own ?? []), ...o],
    other: [...(shown?.other ?? []), ...t],
    ownTotal: own.length,
    otherTotal: other.length,
    otherPending,
  };
  if (outcome.own.length < own.length || outcome.other.length < other.length) outcome.more = () => judge(found, lang, query, translated, otherPending, outcome);
  return outcome;
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
export async function runSearch(bundleRoot: string, lang: Lang, typed: string, filters: SearchFilters = {}, onFirst?: (o: Outcome) => void): Promise<Outcome> {
  const e = await loadEngine(bundleRoot, lang);
  const query = siteSpelling(typed);
  const translated = translateQuery(query, termPairs);
  if (e.other)
    return judge(await collect(e.pf, variants([query, ...(translated ? [translated] : [])], [e.own, e.other]), filters), lang, query, translated, false);
  const ownQuery = isForeign(query, lang) && translated ? translated : query;
  const spent = narrowQuery(ownQuery, [e.own], INDEX_BUDGET).bytes;
  const found = await collect(e.pf, variants([ownQuery], [e.own]), filters);
  const first = await judge(found, lang, query, translated, true);
  if (first.own.some((h) => h.quality.tier >= 2)) return first;
  const other = await readChunks(bundleRoot, otherLang(lang));
  const left = INDEX_BUDGET - spent - MERGE_BYTES;
  // Once merged, a query is looked up in both indexes, so both count.
  if (narrowQuery(query, [e.own, other], left).bytes > left) return first;
  onFirst?.({ ...first, otherPending: false, more: undefined });
  const merged = await mergeOther(e, bundleRoot, lang);
  return judge(await collect(e.pf, variants([query], [e.own, merged]), filters, found), lang, query, translated, false);
}

/** Merges the other language's bundle (if not yet) and searches both, on the reader's request. */
export async function searchOther(bundleRoot: string, lang: Lang, query: string, filters: SearchFilters = {}): Promise<Outcome> {
  const e = await loadEngine(bundleRoot, lang);
  await mergeOther(e, bundleRoot, lang);
  return runSearch(bundleRoot, lang, query, filters);
}
