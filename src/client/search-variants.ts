// What Pagefind is asked for a query: its exact-phrase and its loose form, each narrowed to the
// index budget (search-narrow.ts); for a first query that spells out an abbreviation, the
// abbreviation too (search-aliases.ts). The chunks each form downloads are recorded as loaded.
import { chunksOf, narrowQuery, type Bundle } from './search-narrow.ts';
import { searchAliasFirst } from './search-aliases.ts';

/** Records the chunks a query has made Pagefind download, so later queries count them as free. */
function markLoaded(query: string, bundles: Bundle[]): void {
  for (const bundle of bundles) for (const i of chunksOf(query, bundle)) bundle.loaded.add(i);
}

/** The exact-phrase and the loose form of each query, each within the budget for these bundles. */
export function variants(queries: string[], bundles: Bundle[], budget: number): string[] {
  return queries.flatMap((q) => {
    const narrowed = narrowQuery(q, bundles, budget).query;
    markLoaded(narrowed, bundles);
    return [`"${narrowed}"`, narrowed];
  });
}

/**
 * The forms of a first query, sharing one budget: an abbreviation a long form spells out first
 * (PUE for 电能利用效率: the pages write it), then the query within what is left, if anything.
 */
export function firstVariants(query: string, alias: string | null, bundle: Bundle, budget: number): { asked: string[]; bytes: number } {
  const forms = alias && searchAliasFirst(query, alias, bundle.language) ? [alias, query] : [query];
  const asked: string[] = [];
  let bytes = 0;
  for (const form of forms) {
    const narrowed = narrowQuery(form, [bundle], budget - bytes);
    if (asked.length && narrowed.bytes > budget - bytes) break;
    bytes += narrowed.bytes;
    asked.push(...variants([narrowed.query], [bundle], Infinity));
  }
  return { asked, bytes };
}
