import type { DataRow } from '../../data/read-dataset.ts';
import type { Lang } from '../../format/number.ts';

/** The one row whose columns equal `where`; anything else is a spec bug worth a loud error. */
export function findRow(rows: DataRow[], where: Record<string, string | number>): DataRow {
  const hits = rows.filter((row) => Object.entries(where).every(([k, v]) => row[k] === v));
  if (hits.length !== 1) throw new Error(`expected one row where ${JSON.stringify(where)}, found ${hits.length}`);
  return hits[0];
}

export function num(row: DataRow, column: string): number {
  const value = row[column];
  if (typeof value !== 'number') throw new Error(`column "${column}" is not a number in row "${row.quote}"`);
  return value;
}

/** The `<base>_zh` / `<base>_en` column for the reader's language. */
export function label(row: DataRow, base: string, lang: Lang): string {
  return String(row[`${base}_${lang}`] ?? '');
}
