// Runs a query against Pagefind and re-ranks what it returns. Each language has its own
// bundle (scripts/build-search-index.mjs); a page loads its own and merges the other, so a
// query in either language reaches pages in both. See README "Search".
import { compact, matchQuality, queryTerms, type MatchQuality } from './search-text.ts';
import { translateQuery } from './search-terms.ts';
import { locateMatch, type Excerpt } from './search-excerpt.ts';

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

/** Pagefind's language keys for our two languages (from <html lang>). */
const PAGEFIND_LANG: Record<Lang, string> = { zh: 'zh-cn', en: 'en' };
/**
 * How many results of each language are opened to re-rank and show (one fragment download
 * each, 1–15 KB); the first-query budget is 150 KB transferred (README "Search").
 */
const INSPECT = { own: 5, other: 3 };

interface Engine {
  pf: PagefindModule;
  /** Set once the other language's bundle has been merged (on the first query that needs it). */
  merged?: Promise<void>;
}
let engine: Promise<Engine> | undefined;

/** Loads the page language's bundle once; the other language's is merged only when needed. */
function loadEngine(bundleRoot: string, lang: Lang): Promise<Engine> {
  engine ??= (async () => {
    const pf = (await import(/* @vite-ignore */ `${bundleRoot}${lang}/pagefind.js`)) as PagefindModule;
    // The worker would download a second copy of the engine (43 KB) for a site this small.
    // A title match counts for more than Pagefind's default (5): readers type titles they half remember.
    // A long page is penalised less than by default (0.75): the explainers are long, and a reader who
    // types a term wants the section that explains it, not only the short dataset page that lists it.
    await pf.options({ noWorker: true, excerptLength: 30, ranking: { metaWeights: { title: 10 }, pageLength: 0.3 } });
    await pf.init();
    return { pf };
  })();
  return engine;
}

function mergeOther(e: Engine, bundleRoot: string, lang: Lang): Promise<void> {
  const other: Lang = lang === 'zh' ? 'en' : 'zh';
  e.merged ??= e.pf.mergeIndex(`${bundleRoot}${other}/`, { language: PAGEFIND_LANG[other], indexWeight: 0.9 });
  return e.merged;
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
}

async function inspect(results: Map<string, PagefindResult>, lang: Lang, query: string, translated: string | null): Promise<Outcome> {
  const pick = async (mine: boolean, limit: number) => {
    // `results` alternates exact-phrase and loose results, best first (see `collect`).
    const chosen = [...results.values()].filter((r) => (langOfResult(r.id) === lang) === mine).slice(0, limit);
    const hits = await Promise.all(chosen.map(async (r) => toHit(await r.data(), r.id, r.score, query, translated)));
    return hits.sort(compareHits);
  };
  const [own, other] = await Promise.all([pick(true, INSPECT.own), pick(false, INSPECT.other)]);
  return { own, other };
}

/**
 * Searches the page's language first, then merges in the other language's bundle and searches
 * both when the query is in the other language's script or nothing in the page's language
 * contains it. Each step only asks an index for what it can answer, because every new word
 * costs an index chunk of about 30 KB: a foreign query is first run in translation against the
 * page's language (昇腾 → Ascend), then as typed against both. `onFirst` gets the first step's results.
 */
export async function runSearch(bundleRoot: string, lang: Lang, query: string, filters: SearchFilters = {}, onFirst?: (o: Outcome) => void): Promise<Outcome> {
  const e = await loadEngine(bundleRoot, lang);
  const translated = translateQuery(query);
  const typed = [`"${query}"`, query];
  const translation = translated ? [translated] : [];
  const judge = (found: Map<string, PagefindResult>) => inspect(found, lang, query, translated);
  if (e.merged) return judge(await collect(e.pf, [...typed, ...translation], filters));
  const foreign = isForeign(query, lang);
  const found = await collect(e.pf, foreign ? translation : typed, filters);
  const first = await judge(found);
  if (!foreign && first.own.some((h) => h.quality.tier === 3)) return first;
  onFirst?.(first);
  await mergeOther(e, bundleRoot, lang);
  return judge(await collect(e.pf, foreign ? typed : [...typed, ...translation], filters, found));
}
