// Opens Pagefind's candidates page by page and ranks what they hold (search-rank.ts): the first
// page within the first query's budget, each "Show more" a larger one. The sections about the
// query (search-topic.ts) are opened first, so a topic term's own section is never left unopened.
import { compareHits, toHit, type Hit, type PagefindFragment } from './search-rank.ts';
import { langOfResultId, type Lang } from './pagefind-internals.ts';
import { topicsFirst } from './search-topic.ts';

export interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<PagefindFragment>;
}

/**
 * How many results of each language are opened to re-rank and show (one fragment download
 * each, 1–7 KB). With the engine (pagefind.js, its wasm and the index's meta file: 70–75 KB)
 * and the index chunks they make the first query's budget of 150 KB transferred
 * (docs/search.md, `npm run bench:search`).
 */
export const INSPECT = { own: 5, other: 3 };
/** Each "Show more" opens this many more: 10–40 KB of fragments, no new index chunks. */
export const MORE = { own: 10, other: 5 };

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

/** What a search judges its candidates by. */
export interface Judging {
  /** The page's language. */
  lang: Lang;
  query: string;
  translated: string | null;
  /** The query with its abbreviations spelled out or its long forms abbreviated (search-aliases.ts). */
  alias: string | null;
  otherPending: boolean;
  /** Result ids of the sections about the query, opened before the other candidates. */
  topics: Set<string>;
}

async function openHits(list: PagefindResult[], from: number, count: number, j: Judging): Promise<Hit[]> {
  const hits = await Promise.all(list.slice(from, from + count).map(async (r) => toHit(await r.data(), r.id, r.score, j.query, j.translated, j.alias)));
  return hits.sort(compareHits);
}

/**
 * Opens the next results of each language. Hits already shown keep their place; a further page
 * is ranked within itself and appended, so nothing jumps under the reader's eyes.
 */
export async function judge(found: Map<string, PagefindResult>, j: Judging, shown?: Outcome): Promise<Outcome> {
  // `found` alternates exact-phrase and loose results, best first (see `collect`); the sections
  // about the query go before them all.
  const all = topicsFirst([...found.values()], j.topics);
  const own = all.filter((r) => langOfResultId(r.id) === j.lang);
  const other = all.filter((r) => langOfResultId(r.id) !== j.lang);
  const page = shown ? MORE : INSPECT;
  const [o, t] = await Promise.all([openHits(own, shown?.own.length ?? 0, page.own, j), openHits(other, shown?.other.length ?? 0, page.other, j)]);
  const outcome: Outcome = {
    query: j.query,
    own: [...(shown?.own ?? []), ...o],
    other: [...(shown?.other ?? []), ...t],
    ownTotal: own.length,
    otherTotal: other.length,
    otherPending: j.otherPending,
  };
  if (outcome.own.length < own.length || outcome.other.length < other.length) outcome.more = () => judge(found, j, outcome);
  return outcome;
}
