import type { DataRow } from './read-dataset.ts';

/**
 * The one row whose columns equal `where` (compared as text, so 2020 matches "2020"); none or
 * several is a mistake in the MDX or chart spec that names the row, so `what` says where it is.
 */
export function onlyRow(rows: DataRow[], where: Record<string, string | number>, what: string): DataRow {
  const hits = rows.filter((row) => Object.entries(where).every(([k, v]) => String(row[k]) === String(v)));
  if (hits.length !== 1) throw new Error(`${what}: ${hits.length} rows match, expected exactly one`);
  return hits[0];
}
