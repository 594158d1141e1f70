import { csvParseRows } from 'd3-dsv';
import type { ColumnDef } from '../schemas/dataset.ts';
import { readAllDatasets } from './catalog.ts';
import { attributionOf, datasetCsv } from './export.ts';
import type { Dataset } from './read-dataset.ts';
import { readSource } from './sources.ts';

/** A Table Schema field (https://specs.frictionlessdata.io/table-schema/), with our extras. */
interface Field {
  name: string;
  type: 'string' | 'number' | 'date' | 'yearmonth' | 'year';
  title?: string;
  description: string;
  /** Not in the spec's list, allowed as an extra property: the unit of a number column. */
  unit?: string;
}

// Columns every CSV may carry besides the dataset's own (src/data/export.ts and the quote
// columns); described here once, and listed in a schema only when the CSV's header has them.
const STANDARD: Record<string, string> = {
  qualifier: "The report's hedge on the figure (approx, more-than, nearly, forecast …; several joined with +).",
  quote: 'The words of the report that state the figure, verbatim (Chinese).',
  quote_en: 'Our English translation of the quote.',
  translation_note: 'Why the translation reads as it does (a term with no one English equivalent).',
  note_zh: 'Our note, in Chinese.',
  note_en: 'Our note, in English.',
  source_zh: 'Report and section the figure comes from, in Chinese.',
  source_en: 'Report and section the figure comes from, in English.',
  attribution: 'Who to credit when reusing the row.',
};

/** Table Schema's date types by what the values look like (our `date` is YYYY, YYYY-MM or YYYY-MM-DD). */
function dateType(values: string[]): Field['type'] {
  const filled = values.filter(Boolean);
  if (filled.every((v) => /^\d{4}-\d{2}-\d{2}$/.test(v))) return 'date';
  if (filled.every((v) => /^\d{4}-\d{2}$/.test(v))) return 'yearmonth';
  if (filled.every((v) => /^\d{4}$/.test(v))) return 'year';
  return 'string';
}

function ownField(name: string, def: ColumnDef, values: string[]): Field {
  const type = def.type === 'number' ? 'number' : def.type === 'date' ? dateType(values) : 'string';
  const field: Field = { name, type, title: def.label.en, description: `${def.label.en} / ${def.label.zh}` };
  if (def.type === 'number' && def.unit && def.unit !== 'row') field.unit = def.unit;
  if (def.unit === 'row') field.description += `; unit in ${name}_unit`;
  return field;
}

/** The fields of a dataset's published CSV, read from its header, in its order. */
export function fieldsOf(ds: Dataset): Field[] {
  const [header, ...rows] = csvParseRows(datasetCsv(ds));
  return header.map((name, i) => {
    const own = ds.meta.columns[name];
    if (own) return ownField(name, own, rows.map((r) => r[i]));
    const unitOf = name.match(/^(.+)_unit$/)?.[1];
    if (unitOf && ds.meta.columns[unitOf]) return { name, type: 'string', description: `Unit of ${unitOf}` };
    if (STANDARD[name]) return { name, type: 'string', description: STANDARD[name] };
    throw new Error(`data/${ds.meta.report}/${ds.meta.id}.csv: column "${name}" has no description for datapackage.json (src/data/datapackage.ts)`);
  });
}

function resourceOf(ds: Dataset, path: string, reportUrl: (report: string) => string) {
  const source = readSource(ds.meta.report)!;
  return {
    name: ds.meta.id,
    path,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8',
    title: ds.meta.title.en,
    description: `${ds.meta.description.en}\n\n${ds.meta.title.zh}：${ds.meta.description.zh}`,
    sources: [{ title: `${source.publisher.en}, ${source.title.en} (${source.title.zh}), ${ds.meta.section.en}`, path: reportUrl(ds.meta.report) }],
    attribution: attributionOf(source),
    schema: { fields: fieldsOf(ds) },
  };
}

export interface PackageOptions {
  /** The CSV's path relative to datapackage.json. */
  pathOf: (ds: Dataset) => string;
  /** Absolute URL of a report's explainer (the resource's source link). */
  reportUrl: (report: string) => string;
  homepage: string;
}

/** A Frictionless Tabular Data Package describing every CSV the site publishes. */
export function buildDataPackage({ pathOf, reportUrl, homepage }: PackageOptions) {
  return {
    profile: 'tabular-data-package',
    name: 'china-ai-infrastructure-explained',
    title: "China's AI Infrastructure, Explained — all datasets / 读懂中国AI基础设施 全部数据",
    description: 'Every figure on the site, one table per dataset, each row with its unit, hedge, verbatim quote from the report, source and attribution.',
    homepage,
    licenses: [{ name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Our compilation (structure, translations, notes); figures and quotes © the reports’ publishers' }],
    resources: [...readAllDatasets().values()].map((ds) => resourceOf(ds, pathOf(ds), reportUrl)),
  };
}
