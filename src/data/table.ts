import type { ColumnDef, DatasetMeta } from '../schemas/dataset.ts';
import type { DataRow } from './read-dataset.ts';
import { formatDate, formatQualified, type Lang } from '../format/number.ts';
import type { Unit } from '../format/units.ts';
import { codeLabel } from './code-labels.ts';

/**
 * Columns a reader of `lang` sees: the other language's `_zh`/`_en` twins are left out, and so
 * are join codes unless `withKeys` (the dataset's own page, for readers who join tables).
 */
export function visibleColumns(meta: DatasetMeta, lang: Lang, withKeys = false): [string, ColumnDef][] {
  const hidden = lang === 'zh' ? '_en' : '_zh';
  return Object.entries(meta.columns).filter(([name, def]) => !name.endsWith(hidden) && (withKeys || !def.key));
}

/** One cell as text: numbers with unit and the report's hedge, dates written out. */
export function cellText(row: DataRow, name: string, def: ColumnDef, lang: Lang): string {
  const value = row[name];
  if (value === null || value === undefined) return '–';
  if (def.type === 'number' && typeof value === 'number') {
    const unit = (def.unit === 'row' ? row.unit : def.unit) as Unit | undefined;
    return unit ? formatQualified(value, unit, lang, row.qualifier) : String(value);
  }
  if (def.type === 'date') return formatDate(String(value), lang);
  // A category code in a column with no _zh/_en twin is shown by its name; join codes stay codes.
  if (def.type === 'string' && !def.key) return codeLabel(String(value), lang);
  return String(value);
}
