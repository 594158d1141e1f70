// Which explainer sections are *about* a term, not only mention it. The reports' sections lead
// with their topic ("算力：智能算力成为增长主力", "Computing power: …") and their anchors spell
// it (#computing-power), so a reader who types 算力 or "computing power" wants that section
// first. The build lists each bundle's topic sections by result id (topics.json, written by
// scripts/build-search-index.mjs with these same functions) so the search page opens them before
// any other candidate; the ranking then puts them first among pages that contain the query.
import { compact } from './search-text.ts';

/**
 * Topic names are compared like page text and in either number: a Latin word loses a final
 * -es, -s or -e, so "AI chip" = "AI chips" and "computing centre" = "computing centres".
 */
export function topicKey(text: string): string {
  return compact(text.replace(/(\p{Script=Latin}{3,}?)(?:es|s|e)\b/gu, (word, stem: string) => (word.endsWith('ss') ? word : stem)));
}

/** Headings lead with a topic up to a colon; longer leads are sentences, not names. */
const LEAD = /^([^：:]{1,24})[：:]/;

/**
 * The topics of a search record: for an explainer's section (its URL has an #anchor), the
 * heading's lead before its colon and the anchor's words; none for other pages.
 */
export function sectionTopics(title: string, url: string): string[] {
  const anchor = url.split('#')[1];
  if (!anchor) return [];
  const lead = title.match(LEAD)?.[1].trim();
  const keys = [lead, anchor.replace(/-/g, ' ')].filter((t): t is string => Boolean(t)).map(topicKey);
  return [...new Set(keys)];
}

/** The section is about the query, as typed or in its translation. */
export function isTopicOf(topics: string[], query: string, translated: string | null): boolean {
  return [query, translated].some((q) => q !== null && topics.includes(topicKey(q)));
}

/** Topic key → ids of the sections about it, as the build writes it for each bundle. */
export type TopicIndex = Record<string, string[]>;

/** The result ids of the sections about the query (or its translation). */
export function topicIds(index: TopicIndex, query: string, translated: string | null): Set<string> {
  return new Set([query, translated].flatMap((q) => (q === null ? [] : (index[topicKey(q)] ?? []))));
}

/** Candidates with the sections about the query first, each part in its own order. */
export function topicsFirst<T extends { id: string }>(candidates: T[], ids: Set<string>): T[] {
  return [...candidates.filter((c) => ids.has(c.id)), ...candidates.filter((c) => !ids.has(c.id))];
}
