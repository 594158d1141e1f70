import { readDataset } from './catalog.ts';
import type { DataRow } from './read-dataset.ts';
import { onlyRow } from './only-row.ts';
import { proseValue, type ProseOptions } from '../format/number-style.ts';
import { formatQualified, type Lang } from '../format/number.ts';
import type { Unit } from '../format/units.ts';

/** Parses "measure=total-compute,year=2020" into a filter. */
export function parseWhere(where: string): Record<string, string> {
  return Object.fromEntries(
    where.split(',').map((pair) => {
      const [key, ...rest] = pair.split('=');
      return [key.trim(), rest.join('=').trim()];
    }),
  );
}

/** The single row of a dataset matching `where`; MDX that names a missing or ambiguous row stops the build. */
export function lookupRow(datasetId: string, where: string): DataRow {
  return onlyRow(readDataset(datasetId).rows, parseWhere(where), `<Value of="${datasetId}" where="${where}">`);
}

export interface LookedUpValue {
  /** The number and unit only, for running prose: the sentence around it carries the hedge in words. */
  text: string;
  /** The number with the report's hedge as a compact tag (约31%, US$25.1 billion (forecast)), for key-figure strips. */
  tagged: string;
  row: DataRow;
  /** 1-based position of the row in its dataset: the dataset page's row anchor. */
  rowNumber: number;
}

/** A figure from the data, formatted for the language. */
export function lookupValue(datasetId: string, where: string, column: string, lang: Lang, options: ProseOptions = {}): LookedUpValue {
  const { meta, rows } = readDataset(datasetId);
  const def = meta.columns[column];
  if (!def || def.type !== 'number') throw new Error(`dataset "${datasetId}" has no number column "${column}"`);
  const row = lookupRow(datasetId, where);
  const unit = (def.unit === 'row' ? row.unit : def.unit) as Unit;
  const value = row[column] as number;
  return { text: proseValue(value, unit, lang, options), tagged: formatQualified(value, unit, lang, row.qualifier), row, rowNumber: rows.indexOf(row) + 1 };
}
