import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { bilingual, TOPICS, type Bilingual } from '../schemas/dataset.ts';
import type { Unit } from '../format/units.ts';
import { readDataset } from './catalog.ts';
import { lookupRow } from './lookup.ts';
import { dataDir } from './paths.ts';
import type { DataRow } from './read-dataset.ts';
import { readSource, type Source } from './sources.ts';

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case ASCII');

const pointSchema = z
  .object({
    /** Dataset id. */
    dataset: kebab,
    /** Which row, written as in <Value where="…">. */
    where: z.string().min(1),
    /** Number column; defaults to "value". */
    col: z.string().default('value'),
  })
  .strict();

const measureSchema = z
  .object({
    /** Shared measure id; also the anchor of the measure on the compare page. */
    id: kebab,
    topic: z.enum(TOPICS),
    /** A group shows its measures together (e.g. the frameworks' GitHub figures). */
    group: kebab.optional(),
    label: bilingual,
    /** Our note on how the reports' figures relate. No numbers: those come from the rows. */
    note: bilingual.optional(),
    /** A count that can only grow (platforms opened, developers): a later, lower figure is a disagreement. */
    cumulative: z.boolean().default(false),
    /** The thing measured does not change (a dataset's size, a model's parameters): figures should agree. */
    fixed: z.boolean().default(false),
    /** The reports count not quite the same thing; shown as a flag whatever the values do. */
    definitionsDiffer: z.boolean().default(false),
    points: z.array(pointSchema).min(2),
  })
  .strict();

const fileSchema = z
  .object({
    '$schema-note': bilingual,
    groups: z.record(kebab, z.object({ label: bilingual, note: bilingual }).strict()),
    measures: z.array(measureSchema).min(1),
  })
  .strict();

/** One report's statement of a measure. */
export interface ReportedFigure {
  dataset: string;
  row: DataRow;
  value: number;
  unit: Unit;
  source: Source;
  /** When the figure holds: the row's own date, or else the report's publication month (null if undated). */
  date: string | null;
  dateKind: 'stated' | 'published' | 'undated';
  /** The article section that discusses the figure. */
  anchor: string | undefined;
}

export type Flag = 'falls' | 'disagree' | 'same-report-differs' | 'definitions-differ' | 'rounded' | 'consistent' | 'changed';

export interface CrossReportMeasure extends Omit<z.infer<typeof measureSchema>, 'points'> {
  points: ReportedFigure[];
  flags: Flag[];
}

const DATE_COLUMNS = ['as_of', 'date', 'year'];
// `items` (个/项), `people` (人) and `count` are all plain counts; only the label differs
// (one report counts GitHub contributors as people, the other as a count).
const comparableUnit = (unit: Unit) => (unit === 'items' || unit === 'people' ? 'count' : unit);

function figureOf({ dataset, where, col }: z.infer<typeof pointSchema>, file: string): ReportedFigure {
  const { meta } = readDataset(dataset);
  const def = meta.columns[col];
  if (!def || def.type !== 'number') throw new Error(`${file}: dataset "${dataset}" has no number column "${col}"`);
  const row = lookupRow(dataset, where);
  const source = readSource(meta.report)!;
  const stated = DATE_COLUMNS.map((c) => row[c]).find((v) => typeof v === 'string' && v !== '') as string | undefined;
  const date = stated ?? source.date;
  return {
    dataset,
    row,
    value: row[col] as number,
    unit: (def.unit === 'row' ? row.unit : def.unit) as Unit,
    source,
    date,
    dateKind: stated ? 'stated' : source.date ? 'published' : 'undated',
    anchor: (row.section_id as string | undefined) ?? meta.anchor,
  };
}

/** Sorted by when each figure holds, then by publication; undated figures last. */
function byDate(a: ReportedFigure, b: ReportedFigure): number {
  const key = (f: ReportedFigure) => `${f.date ?? '9999'}|${f.source.date ?? '9999'}`;
  return key(a).localeCompare(key(b));
}

const HEDGED = new Set(['approx', 'more-than', 'nearly', 'less-than', 'at-least']);
/** Two figures for an unchanging thing agree if equal, or if one is hedged and they are within 5%. */
function agreeUpToRounding(a: ReportedFigure, b: ReportedFigure): boolean {
  if (a.value === b.value) return true;
  const hedged = [...a.row.qualifier, ...b.row.qualifier].some((q) => HEDGED.has(q));
  return hedged && Math.abs(a.value - b.value) <= 0.05 * Math.max(a.value, b.value);
}

interface Expectation {
  cumulative: boolean;
  fixed: boolean;
  definitionsDiffer: boolean;
}

/** What a reader should notice about the series. */
export function flagsOf(points: ReportedFigure[], { cumulative, fixed, definitionsDiffer }: Expectation): Flag[] {
  const flags: Flag[] = [];
  const reports = [...new Set(points.map((p) => p.source.id))];
  const falls = points.some((p, i) => points.slice(i + 1).some((q) => q.source.id !== p.source.id && q.value < p.value));
  if (cumulative && falls) flags.push('falls');
  if (fixed && !points.every((p) => agreeUpToRounding(p, points[0]))) flags.push('disagree');
  const sameReportDiffers = reports.some((r) => {
    const own = points.filter((p) => p.source.id === r);
    return own.some((p) => p.value !== own[0].value || p.row.qualifier.join() !== own[0].row.qualifier.join());
  });
  if (sameReportDiffers) flags.push('same-report-differs');
  if (definitionsDiffer) flags.push('definitions-differ');
  if (flags.length > 0) return flags;
  if (points.every((p) => p.value === points[0].value)) return ['consistent'];
  return [fixed ? 'rounded' : 'changed'];
}

export function crossReportFile(): string {
  return join(dataDir(), 'cross-report-measures.json');
}

let cache: CrossReportMeasure[] | undefined;

/** data/cross-report-measures.json, validated, with every mapped row looked up; a missing row stops the build. */
export function readCrossReportMeasures(): CrossReportMeasure[] {
  if (cache) return cache;
  const file = crossReportFile();
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  cache = parsed.data.measures.map(({ points, ...measure }, i) => {
    if (measure.group && !parsed.data.groups[measure.group]) throw new Error(`${file}: measures.${i}: unknown group "${measure.group}"`);
    const figures = points.map((p) => figureOf(p, `${file}: measures.${i} (${measure.id})`)).sort(byDate);
    const units = new Set(figures.map((f) => comparableUnit(f.unit)));
    if (units.size > 1) throw new Error(`${file}: measures.${i} (${measure.id}): rows in different units (${[...units].join(', ')})`);
    if (new Set(figures.map((f) => f.source.id)).size < 2) throw new Error(`${file}: measures.${i} (${measure.id}): needs rows from two reports`);
    return { ...measure, points: figures, flags: flagsOf(figures, measure) };
  });
  return cache;
}

/** The groups' labels and notes. */
export function readCrossReportGroups(): Record<string, { label: Bilingual; note: Bilingual }> {
  return JSON.parse(readFileSync(crossReportFile(), 'utf8')).groups;
}
