// The files our build writes beside each language's Pagefind bundle (scripts/build-search-index.mjs):
// chunks.json, what each index chunk covers and weighs (search-narrow.ts), and topics.json, the
// sections about each topic (search-topic.ts). Each is fetched once per page, with the engine.
import type { Lang } from './pagefind-internals.ts';
import type { Bundle, ChunkRange } from './search-narrow.ts';
import type { TopicIndex } from './search-topic.ts';

/** How Intl.Segmenter names each language, as pagefind.js segments a query. */
const SEGMENTER_LANG: Record<Lang, string> = { zh: 'zh-CN', en: 'en' };
const chunkLists = new Map<Lang, Promise<Bundle>>();
const topicLists = new Map<Lang, Promise<TopicIndex>>();

/** A bundle's chunk list, fetched once. */
export function readChunks(bundleRoot: string, lang: Lang): Promise<Bundle> {
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

/** A bundle's list of sections by topic (search-topic.ts), fetched once; without it no section is promoted. */
export function readTopics(bundleRoot: string, lang: Lang): Promise<TopicIndex> {
  if (!topicLists.has(lang))
    topicLists.set(
      lang,
      fetch(`${bundleRoot}${lang}/topics.json`).then((r) => (r.ok ? (r.json() as Promise<TopicIndex>) : {})),
    );
  return topicLists.get(lang)!;
}
