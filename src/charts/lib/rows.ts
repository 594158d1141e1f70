import type { DataRow } from '../../data/read-dataset.ts';
import { onlyRow } from '../../data/only-row.ts';
import type { Lang } from '../../format/number.ts';

/** The one row whose columns equal `where`; anything else is a spec bug worth a loud error. */
export function findRow(rows: DataRow[], where: Record<string, string | number>): DataRow {
  return onlyRow(rows, where, `chart row where ${JSON.stringify(where)}`);
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
