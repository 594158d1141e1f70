import { z } from 'astro/zod';
import { QUALIFIER_NAMES, UNIT_NAMES } from '../format/units.ts';

/** Text written once per language. Both languages are required. */
export const bilingual = z.object({
  zh: z.string().min(1),
  en: z.string().min(1),
});
export type Bilingual = z.infer<typeof bilingual>;

export const TOPICS = ['compute', 'data', 'chips', 'frameworks-models', 'platforms', 'cities-policy'] as const;

/** One CSV column's declared type and unit. */
export const columnSchema = z.object({
  /** `string` text, `number` any finite number, `date` YYYY, YYYY-MM or YYYY-MM-DD. */
  type: z.enum(['string', 'number', 'date']),
  /** A code that joins rows across datasets (city, measure, company …). It stays in the CSV, the
   * JSON and the dataset page's table, and is left out of the table under a chart, which shows
   * the readable label next to it. */
  key: z.boolean().default(false),
  /** Unit of a number column, or `row` to read each row's unit from its `unit` column. */
  unit: z.enum([...UNIT_NAMES, 'row']).optional(),
  /** An empty cell is allowed (the report leaves it blank or it does not apply). */
  optional: z.boolean().default(false),
  label: bilingual,
});
export type ColumnDef = z.infer<typeof columnSchema>;

const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case ASCII');

/** The `<dataset>.meta.json` next to every CSV. */
export const datasetMetaSchema = z
  .object({
    /** Globally unique kebab-case id; equals the file name without `.csv`. */
    id: kebab,
    /** Source id: a key of data/sources/manifest.json. */
    report: kebab,
    title: bilingual,
    description: bilingual,
    /** Where the figures stand in the report: `{ zh: "二（三）", en: "§2.3" }`. */
    section: bilingual,
    /** Article section id (in content/<report>/) that discusses this dataset. */
    anchor: kebab.optional(),
    /** Topic pages this dataset belongs to. */
    tags: z.array(z.enum(TOPICS)).min(1),
    /** Data columns (not the provenance columns quote, quote_en, translation_note, qualifier, note_zh, note_en, unit). */
    columns: z.record(z.string(), columnSchema),
    /** Caveats that apply to the whole dataset. */
    notes: z.array(bilingual).default([]),
  })
  .strict();
export type DatasetMeta = z.infer<typeof datasetMetaSchema>;

/** Columns every row carries to say where its figure comes from. */
export const PROVENANCE_COLUMNS = ['quote', 'quote_en', 'translation_note', 'qualifier', 'note_zh', 'note_en'] as const;
export const qualifierSchema = z.enum(QUALIFIER_NAMES);
