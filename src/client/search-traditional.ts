// Traditional Chinese queries (readers in Hong Kong and Taiwan) are converted to Simplified
// before searching: the site is written in Simplified, and Pagefind matches characters as they
// are. The conversion list (src/data/traditional-map.ts, from OpenCC) and OpenCC's converter are
// loaded only for a query that holds a Traditional character or phrase, so other queries pay
// nothing; the page carries just the hints to tell (about 1.7 KB gzip).
import type { ConverterFunction } from 'opencc-js/core';

export interface TraditionalHints {
  /** Every Traditional character the list converts. */
  chars: string;
  /** Phrases of characters both scripts write, Traditional only as a whole (伺服器 → 服务器). */
  phrases: string[];
}

/** The query holds a character or phrase that the site's conversion list turns into Simplified. */
export function hasTraditional(query: string, hints: TraditionalHints): boolean {
  return [...query].some((c) => hints.chars.includes(c)) || hints.phrases.some((p) => query.includes(p));
}

let converter: Promise<ConverterFunction> | undefined;

/** OpenCC's converter over the site's list, built on first use from the list at `url`. */
function loadConverter(url: string): Promise<ConverterFunction> {
  converter ??= (async () => {
    const [{ CustomConverter }, response] = await Promise.all([import('opencc-js/core'), fetch(url)]);
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return CustomConverter((await response.json()) as [string, string][]);
  })();
  return converter;
}

/** The query in Simplified characters, or null when it holds nothing Traditional. */
export async function toSimplified(query: string, hints: TraditionalHints, url: string): Promise<string | null> {
  if (!hasTraditional(query, hints)) return null;
  const simplified = (await loadConverter(url))(query);
  return simplified === query ? null : simplified;
}
