import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import type { Lang } from '../format/number.ts';
import { bilingual, type Bilingual } from '../schemas/dataset.ts';
import { dataDir } from './paths.ts';

const fileSchema = z.object({ $note: bilingual, labels: z.record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/), bilingual) }).strict();

let cache: Map<string, Bilingual> | undefined;

/** data/code-labels.json: the names readers see for category codes (cn → 中国 / Chinese). */
export function readCodeLabels(): Map<string, Bilingual> {
  if (cache) return cache;
  const file = join(dataDir(), 'code-labels.json');
  const parsed = fileSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  cache = new Map(Object.entries(parsed.data.labels));
  return cache;
}

/** A code as a reader of `lang` reads it; anything not in the list is shown as it is. */
export function codeLabel(value: string, lang: Lang): string {
  return readCodeLabels().get(value)?.[lang] ?? value;
}
