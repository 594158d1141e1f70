import type { ColumnDef } from '../schemas/dataset.ts';
import { UNITS, type Unit } from '../format/units.ts';
import type { Lang } from '../i18n/index.ts';

/** The units a dataset's numbers are in, named in `lang` ("–" when it has none). */
export function unitsOf(rows: Record<string, unknown>[], columns: Record<string, Pick<ColumnDef, 'unit'>>, lang: Lang): string {
  const names = new Set<string>();
  for (const def of Object.values(columns)) {
    if (def.unit === 'row') for (const r of rows) names.add(String(r.unit));
    else if (def.unit) names.add(def.unit);
  }
  return [...names].map((u) => UNITS[u as Unit]?.[lang] || u).join(', ') || '–';
}
