import type { Lang } from '../format/number.ts';
import { formatDate } from '../format/number.ts';
import { lookupRow, lookupValue } from './lookup.ts';

export interface KeyFigure {
  text: string;
  /** What the number is, with its year when the row has one. */
  context: string;
  quote: string;
}

/** One headline number from a dataset whose rows have a `measure` column. */
export function readKeyFigure(dataset: string, measure: string, lang: Lang, col = 'value'): KeyFigure {
  const where = `measure=${measure.trim()}`;
  const row = lookupRow(dataset, where);
  const label = String(row[`label_${lang}`] ?? '');
  const year = row.year ? formatDate(String(row.year), lang) : '';
  return {
    // A strip may keep the report's hedge as a compact tag; running prose may not.
    text: lookupValue(dataset, where, col, lang).tagged,
    context: year ? (lang === 'zh' ? `${label}（${year}）` : `${label} (${year})`) : label,
    quote: row.quote,
  };
}

/** The first figure of an article's first key-figures strip: the number its editor put first. */
export function leadFigure(body: string, lang: Lang): KeyFigure | undefined {
  const tag = body.match(/<KeyFigures\s+of="([^"]+)"\s+items="([^",]+)/);
  return tag ? readKeyFigure(tag[1], tag[2], lang) : undefined;
}
