import type { DataRow } from '../../data/read-dataset.ts';
import { formatNumber, formatQualified, type Lang } from '../../format/number.ts';
import type { Unit } from '../../format/units.ts';
import { num } from './rows.ts';

/** A row's number with the report's hedge: 约1.14 / about 1.14, 超过210家 / more than 210 companies. */
export function qualified(row: DataRow, column: string, unit: Unit, lang: Lang): string {
  return formatQualified(num(row, column), unit, lang, row.qualifier);
}

/** A value we computed (a ratio, a difference), rounded to `digits` decimals so it prints cleanly. */
export function rounded(value: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** "2021-06" → a UTC Date at the start of that month (for time scales). */
export function monthDate(date: string): Date {
  const [y, m = 1, d = 1] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d));
}

/**
 * A number for a chart label: whole below 10万 / one million (10198 / 444,332); larger
 * ones to four significant digits (9.921亿 / 992.1 million). The data table keeps every digit.
 */
export function chartNumber(value: number, lang: Lang): string {
  if (value < (lang === 'zh' ? 1e5 : 1e6)) return formatNumber(value, lang, lang === 'en');
  return formatNumber(Number(value.toPrecision(4)), lang);
}

/**
 * A row's number with its hedges (约, more than) but not its claim tags (forecast, target,
 * estimate), for a sentence that already says whose forecast it is: no "(… (forecast))".
 */
export function hedged(row: DataRow, column: string, unit: Unit, lang: Lang): string {
  const hedges = row.qualifier.filter((q) => q !== 'forecast' && q !== 'target' && q !== 'estimate');
  return formatQualified(num(row, column), unit, lang, hedges);
}
