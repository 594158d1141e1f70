// How a result is judged and ordered: by whether the page really contains the query (its text
// as Pagefind indexed it), then by whether it is the section about it, by where (title), then
// by page type and Pagefind's score.
import { compact, matchQuality, queryTerms, type MatchQuality } from './search-text.ts';
import { isTopicOf, sectionTopics } from './search-topic.ts';
import { locateMatch, type Excerpt } from './search-excerpt.ts';
import { langOfResultId, type Lang } from './pagefind-internals.ts';

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
  /** An explainer's section whose heading leads with the query or whose anchor spells it (search-topic.ts). */
  topic: boolean;
  /** The title contains the whole query (or its translation). */
  inTitle: boolean;
  score: number;
}

export function toHit(fragment: PagefindFragment, id: string, score: number, query: string, translated: string | null, alias: string | null = null): Hit {
  const text = compact(`${fragment.meta.title ?? ''} ${fragment.content}`);
  // A page is judged by the query as typed; by its translation or its alias (PUE for 电能利用效率)
  // only where that is found whole (深圳 for "Shenzhen"), because loose matches of those are mostly noise.
  let best = { q: query, quality: matchQuality(text, query) };
  for (const other of [translated, alias]) {
    if (!other || best.quality.tier === 3) continue;
    const quality = matchQuality(text, other);
    if (quality.tier === 3) best = { q: other, quality };
  }
  const title = compact(fragment.meta.title ?? '');
  const inTitle = title.includes(compact(best.q));
  const located = locateMatch(fragment, best.quality.tier === 3 ? [best.q] : queryTerms(best.q));
  return {
    url: fragment.url,
    title: fragment.meta.title ?? fragment.url,
    lang: langOfResultId(id),
    type: fragment.filters.type?.[0],
    report: fragment.meta.report,
    date: fragment.meta.date,
    section: located.section,
    excerpt: located.excerpt,
    quality: best.quality,
    topic: isTopicOf(sectionTopics(fragment.meta.title ?? '', fragment.url), query, translated),
    inTitle,
    score,
  };
}

// Among equally good matches, the explainer first: its section says what the figure means; the
// chart and the dataset page follow.
const TYPE_ORDER: Record<string, number> = { article: 3, chart: 2, dataset: 1 };
const typeRank = (h: Hit) => TYPE_ORDER[h.type ?? ''] ?? 0;

/**
 * Pages containing the whole query first, then every term; within that, the sections about the
 * query, title matches, explainers, then Pagefind's order.
 */
export function compareHits(a: Hit, b: Hit): number {
  return (
    b.quality.tier - a.quality.tier ||
    Number(b.topic) - Number(a.topic) ||
    Number(b.inTitle) - Number(a.inTitle) ||
    b.quality.coverage - a.quality.coverage ||
    typeRank(b) - typeRank(a) ||
    b.score - a.score
  );
}
