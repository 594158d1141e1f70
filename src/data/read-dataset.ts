import { readFileSync, existsSync } from 'node:fs';
import { relative } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { datasetMetaSchema, PROVENANCE_COLUMNS, qualifierSchema, type ColumnDef, type DatasetMeta } from '../schemas/dataset.ts';
import { UNIT_NAMES, type Qualifier, type Unit } from '../format/units.ts';
import { DataError } from './errors.ts';
import { quoteOccursIn, readSource } from './sources.ts';
import { quoteEnProblem } from './quote-en.ts';

export type Cell = string | number | null;

/** A validated row: data columns typed per the metadata, plus provenance. */
export interface DataRow {
  [column: string]: Cell | Qualifier[] | undefined;
  quote: string;
  /** Our English rendering of `quote` (the report's words are Chinese). */
  quote_en: string;
  /** Where a term or a garbled passage needed a choice, what we chose. */
  translation_note: string | null;
  qualifier: Qualifier[];
  note_zh: string | null;
  note_en: string | null;
}

export interface Dataset {
  meta: DatasetMeta;
  rows: DataRow[];
  /** Path relative to the project, for messages and the "data" links. */
  file: string;
}

const NUMBER = /^-?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;
const DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

function parseCell(raw: string, def: ColumnDef, at: (problem: string) => DataError): Cell {
  const value = raw.trim();
  if (value === '') {
    if (def.optional) return null;
    throw at('is empty but the column is not optional');
  }
  if (def.type === 'number') {
    if (!NUMBER.test(value)) throw at(`"${value}" is not a plain number (write 1.75e12 or 1750000000000, no units or commas)`);
    return Number(value);
  }
  if (def.type === 'date' && !DATE.test(value)) throw at(`"${value}" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  return value;
}

function parseQualifiers(raw: string, at: (problem: string) => DataError): Qualifier[] {
  if (raw.trim() === '') return [];
  return raw.split('+').map((q) => {
    const parsed = qualifierSchema.safeParse(q.trim());
    if (!parsed.success) throw at(`unknown qualifier "${q}" (use ${qualifierSchema.options.join(', ')}; join several with +)`);
    return parsed.data;
  });
}

export function readMeta(metaFile: string): DatasetMeta {
  const rel = relative(process.cwd(), metaFile);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(metaFile, 'utf8'));
  } catch (error) {
    throw new DataError(rel, 1, '-', `not valid JSON: ${(error as Error).message}`);
  }
  const parsed = datasetMetaSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new DataError(rel, 1, issue.path.join('.') || '-', issue.message);
  }
  if (!readSource(parsed.data.report)) throw new DataError(rel, 1, 'report', `unknown report "${parsed.data.report}" (not in data/sources/manifest.json)`);
  return parsed.data;
}

const OPTIONAL_COLUMNS = new Set(['note_zh', 'note_en', 'qualifier', 'translation_note']);

function checkHeader(header: string[], meta: DatasetMeta, file: string): void {
  const expected = new Set([...Object.keys(meta.columns), ...PROVENANCE_COLUMNS]);
  const needsUnit = Object.values(meta.columns).some((c) => c.unit === 'row');
  if (needsUnit) expected.add('unit');
  header.forEach((name, i) => {
    const first = header.indexOf(name);
    // A repeated column would let the last cell silently win when the row becomes an object.
    if (first !== i) throw new DataError(file, 1, name, `column "${name}" appears twice in the header (columns ${first + 1} and ${i + 1})`);
    if (!expected.has(name)) throw new DataError(file, 1, name || `#${i + 1}`, `column "${name}" is not declared in ${meta.id}.meta.json`);
  });
  for (const name of expected) {
    if (!OPTIONAL_COLUMNS.has(name) && !header.includes(name)) throw new DataError(file, 1, name, `missing column "${name}"`);
  }
}

function parseRow(cells: string[], header: string[], meta: DatasetMeta, file: string, line: number): DataRow {
  const at = (column: string) => (problem: string) => new DataError(file, line, column, problem);
  if (cells.length !== header.length) throw at(header[Math.min(cells.length, header.length - 1)])(`has ${cells.length} cells, the header has ${header.length}`);
  const raw = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? '']));
  const quote = (raw.quote ?? '').trim();
  if (!quote) throw at('quote')('every row needs the verbatim quote from the report');
  if (!quoteOccursIn(meta.report, quote)) throw at('quote')(`quote not found in report "${meta.report}": "${quote.slice(0, 60)}${quote.length > 60 ? '…' : ''}"`);
  const quoteEn = (raw.quote_en ?? '').trim();
  const englishProblem = quoteEnProblem(quoteEn);
  if (englishProblem) throw at('quote_en')(englishProblem);
  const noteZh = raw.note_zh?.trim() || null;
  const noteEn = raw.note_en?.trim() || null;
  if (Boolean(noteZh) !== Boolean(noteEn)) throw at(noteZh ? 'note_en' : 'note_zh')('a note needs both languages');
  const qualifier = parseQualifiers(raw.qualifier ?? '', at('qualifier'));
  const translationNote = raw.translation_note?.trim() || null;
  const row: DataRow = { quote, quote_en: quoteEn, translation_note: translationNote, qualifier, note_zh: noteZh, note_en: noteEn };
  if ('unit' in raw) {
    if (!(UNIT_NAMES as string[]).includes(raw.unit.trim())) throw at('unit')(`unknown unit "${raw.unit}" (see src/format/units.ts)`);
    row.unit = raw.unit.trim() as Unit;
  }
  for (const [name, def] of Object.entries(meta.columns)) row[name] = parseCell(raw[name], def, at(name));
  return row;
}

/**
 * A quoted cell that runs over the end of its line (an unbalanced ") or a
 * blank line breaks the one-row-per-line rule; name the first such line.
 */
function brokenLineError(text: string, file: string): DataError {
  const physical = text.replace(/\n$/, '').split('\n');
  const blank = physical.findIndex((line) => line.trim() === '');
  const unbalanced = physical.findIndex((line) => (line.match(/"/g)?.length ?? 0) % 2 === 1);
  if (unbalanced >= 0 && (blank < 0 || unbalanced < blank)) return new DataError(file, unbalanced + 1, '-', 'a quoted cell is not closed on its line (unbalanced "); keep one row per line');
  return new DataError(file, blank + 1, '-', 'blank line; keep one row per line, with no blank lines');
}

/** Reads, validates and quote-checks one dataset; throws a DataError at the first problem. */
export function readDatasetFile(csvFile: string): Dataset {
  const file = relative(process.cwd(), csvFile);
  const metaFile = csvFile.replace(/\.csv$/, '.meta.json');
  if (!existsSync(metaFile)) throw new DataError(file, 1, '-', `no metadata file ${relative(process.cwd(), metaFile)}`);
  const meta = readMeta(metaFile);
  const expectedId = csvFile.split('/').pop()!.replace(/\.csv$/, '');
  if (meta.id !== expectedId) throw new DataError(relative(process.cwd(), metaFile), 1, 'id', `id "${meta.id}" does not match the file name "${expectedId}"`);
  const text = readFileSync(csvFile, 'utf8').replace(/^\uFEFF/, '');
  const lines = csvParseRows(text).filter((cells) => !(cells.length === 1 && cells[0] === ''));
  if (lines.length < 2) throw new DataError(file, 1, '-', 'no data rows');
  const header = lines[0].map((h) => h.trim());
  checkHeader(header, meta, file);
  if (text.split('\n').length - (text.endsWith('\n') ? 1 : 0) !== lines.length) throw brokenLineError(text, file);
  const rows = lines.slice(1).map((cells, i) => parseRow(cells, header, meta, file, i + 2));
  return { meta, rows, file };
}
