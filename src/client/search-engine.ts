// Runs a query against Pagefind and re-ranks what it returns. Each language has its own
// bundle (scripts/build-search-index.mjs); a page searches its own and merges the other when
// its own has nothing or the reader asks, so a query in either language reaches pages in
// both. Every query stays within a download budget (search-narrow.ts). See README "Search".
import { translateQuery } from './search-terms.ts';
import { siteSpelling } from './search-spelling.ts';
import type { Hit } from './search-rank.ts';
import type { Lang } from './pagefind-internals.ts';
import { judge, type Judging, type Outcome, type PagefindResult } from './search-judge.ts';
import { narrowQuery, type Bundle } from './search-narrow.ts';
import { firstVariants, variants } from './search-variants.ts';
import { topicIds } from './search-topic.ts';
import { readChunks, readTopics } from './search-bundle-files.ts';
import { aliasQuery } from './search-aliases.ts';
import { toSimplified, type TraditionalHints } from './search-traditional.ts';

export { MORE } from './search-judge.ts';
export type { Lang, Hit, Outcome };
export interface SearchFilters {
  type?: string;
  report?: string;
}

interface PagefindModule {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(path: string, o: Record<string, unknown>): Promise<void>;
  search(term: string, o?: { filters?: Record<string, string> }): Promise<{ results: PagefindResult[] } | null>;
}

/** Pagefind's language keys for our two languages (from <html lang>). */
const PAGEFIND_LANG: Record<Lang, string> = { zh: 'zh-cn', en: 'en' };
/**
 * How many bytes of index chunks one query may download. With the engine (pagefind.js, its wasm
 * and the index's meta file: 70–75 KB) and the results opened (search-judge.ts INSPECT) it makes
 * the first query's budget of 150 KB transferred (docs/search.md, `npm run bench:search`).
 */
export const INDEX_BUDGET = 62 * 1024;
/**
 * What converting a Traditional query downloads (the site's conversion list and OpenCC's
 * converter, search-traditional.ts): taken from that query's index budget, so it stays in 150 KB.
 */
const CONVERTER_BYTES = 8 * 1024;
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
let termPairs: [string, string][] = [];
let aliasPairs: [string, string][] = [];
const alias = (query: string) => aliasQuery(query, aliasPairs);
let traditional: { hints: TraditionalHints; url: string } | undefined;

/** The glossary's zh ↔ en term pairs, which queries are also translated with (search-terms.ts). */
export function useTermPairs(pairs: [string, string][]): void {
  termPairs = pairs;
}

/** The page language's abbreviations and their long forms (search-aliases.ts). */
export function useAliases(pairs: [short: string, long: string][]): void {
  aliasPairs = pairs;
}

/** How to tell a Traditional query and where its conversion list is (search-traditional.ts). */
export function useTraditional(hints: TraditionalHints, url: string): void {
  traditional = { hints, url };
}

/** The result ids of the sections about the query in the bundles searched (the other one's once merged). */
async function topicsOf(bundleRoot: string, e: Engine, query: string, translated: string | null): Promise<Set<string>> {
  const langs = [e.own, e.other].filter((b): b is Bundle => b !== undefined).map((b): Lang => (b.language.startsWith('zh') ? 'zh' : 'en'));
  const lists = await Promise.all(langs.map((l) => readTopics(bundleRoot, l)));
  return new Set(lists.flatMap((list) => [...topicIds(list, query, translated)]));
}

/** Loads the page language's bundle once; the other language's is merged only when needed. */
function loadEngine(bundleRoot: string, lang: Lang): Promise<Engine> {
  engine ??= (async () => {
    const [pf, own] = await Promise.all([
      import(/* @vite-ignore */ `${bundleRoot}${lang}/pagefind.js`) as Promise<PagefindModule>,
      readChunks(bundleRoot, lang),
      readTopics(bundleRoot, lang),
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
      readTopics(bundleRoot, other),
      e.pf.mergeIndex(`${bundleRoot}${other}/`, { language: PAGEFIND_LANG[other], indexWeight: 0.9 }),
    ]);
    e.other = bundle;
    return bundle;
  })();
  return merging;
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

/**
 * Searches the page's language: the query as typed, or its translation when it is typed in the
 * other language's script (昇腾 on an English page → Ascend). The other language's bundle is
 * searched too only when nothing in the page's language contains every term and what it would
 * download still fits the budget; otherwise the outcome says it is pending, and the reader can
 * ask for it (`searchOther`). Once merged, both languages are searched for every query.
 * `onFirst` gets the page language's results when a second step follows.
 */
export async function runSearch(bundleRoot: string, lang: Lang, typed: string, filters: SearchFilters = {}, onFirst?: (o: Outcome) => void): Promise<Outcome> {
  const [e, simplified] = await Promise.all([loadEngine(bundleRoot, lang), traditional ? toSimplified(typed, traditional.hints, traditional.url) : null]);
  const query = siteSpelling(simplified ?? typed);
  const translated = translateQuery(query, termPairs);
  const budget = INDEX_BUDGET - (simplified ? CONVERTER_BYTES : 0);
  // The query in the page's language: as typed, or its translation when typed in the other one's script.
  const ownQuery = isForeign(query, lang) && translated ? translated : query;
  const judging = async (otherPending: boolean): Promise<Judging> => ({
    lang,
    query,
    translated,
    alias: alias(ownQuery),
    otherPending,
    topics: await topicsOf(bundleRoot, e, query, translated),
  });
  if (e.other)
    return judge(await collect(e.pf, variants([query, ...(translated ? [translated] : [])], [e.own, e.other], budget), filters), await judging(false));
  const { asked, bytes: spent } = firstVariants(ownQuery, alias(ownQuery), e.own, budget);
  const found = await collect(e.pf, asked, filters);
  const first = await judge(found, await judging(true));
  if (first.own.some((h) => h.quality.tier >= 2)) return first;
  const other = await readChunks(bundleRoot, otherLang(lang));
  const left = budget - spent - MERGE_BYTES;
  // Once merged, a query is looked up in both indexes, so both count.
  if (narrowQuery(query, [e.own, other], left).bytes > left) return first;
  onFirst?.({ ...first, otherPending: false, more: undefined });
  const merged = await mergeOther(e, bundleRoot, lang);
  return judge(await collect(e.pf, variants([query], [e.own, merged], budget), filters, found), await judging(false));
}

/** Merges the other language's bundle (if not yet) and searches both, on the reader's request. */
export async function searchOther(bundleRoot: string, lang: Lang, query: string, filters: SearchFilters = {}): Promise<Outcome> {
  const e = await loadEngine(bundleRoot, lang);
  await mergeOther(e, bundleRoot, lang);
  return runSearch(bundleRoot, lang, query, filters);
}
