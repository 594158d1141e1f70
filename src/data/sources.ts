import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { bilingual } from '../schemas/dataset.ts';
import { dataDir } from './paths.ts';

const sourceSchema = z.object({
  file: z.string(),
  title: bilingual,
  /** The source has no title of its own: `title` is our description, never shown in 《》 as if printed. */
  titleSupplied: z.boolean().optional(),
  publisher: bilingual,
  /** How a source line names the publisher: 中国信通院 / CAICT. */
  publisherShort: bilingual,
  /** YYYY-MM, or null where the text carries no date (then `dateNote` says why). */
  date: z.string().regex(/^\d{4}(-\d{2})?$/).nullable(),
  /** `date` is our inference from the text, not printed on it (then `dateNote` says how). */
  dateInferred: z.boolean().optional(),
  dateNote: bilingual.optional(),
  type: z.enum(['report', 'white-paper', 'policy-proposal', 'news-analysis']),
  attribution: bilingual,
  /** The copyright line as the source states it, verbatim. */
  copyright: z.string(),
});
export type Source = z.infer<typeof sourceSchema> & { id: string };

let manifest: Record<string, Source> | undefined;

export function readSources(): Record<string, Source> {
  if (manifest) return manifest;
  const file = join(dataDir(), 'sources', 'manifest.json');
  const parsed = z.record(z.string(), sourceSchema).safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  manifest = Object.fromEntries(Object.entries(parsed.data).map(([id, s]) => [id, { ...s, id }]));
  return manifest;
}

/**
 * A report's Chinese title as running text names it: in 《》 when the report printed it, in
 * square brackets (the cataloguer's mark for a supplied title) when the title is ours.
 */
export function bookTitle(source: Pick<Source, 'title' | 'titleSupplied'>, lang: 'zh' | 'en' = 'zh'): string {
  if (lang === 'en') return source.titleSupplied ? `[${source.title.en}]` : source.title.en;
  return source.titleSupplied ? `［${source.title.zh}］` : `《${source.title.zh}》`;
}

export function readSource(id: string): Source | undefined {
  return readSources()[id];
}

/**
 * Quotes are compared with every whitespace character removed on both sides:
 * the PDF extraction broke lines and put spaces inside words (昇 腾 910), and a
 * quote should not have to copy those accidents. Nothing else is normalised,
 * so punctuation and digits must match the report exactly.
 */
export function normaliseForQuote(text: string): string {
  return text.replace(/\s+/gu, '');
}

const normalisedTexts = new Map<string, string>();

export function readSourceText(id: string): string {
  const cached = normalisedTexts.get(id);
  if (cached !== undefined) return cached;
  const source = readSource(id);
  if (!source) throw new Error(`unknown source "${id}" (not in data/sources/manifest.json)`);
  const text = normaliseForQuote(readFileSync(join(dataDir(), 'sources', source.file), 'utf8'));
  normalisedTexts.set(id, text);
  return text;
}

export function quoteOccursIn(sourceId: string, quote: string): boolean {
  const needle = normaliseForQuote(quote);
  return needle.length > 0 && readSourceText(sourceId).includes(needle);
}
