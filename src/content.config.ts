import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';
import { TOPICS } from './schemas/dataset.ts';

/** content/<report>/<lang>.mdx: one explainer per report per language. */
const articles = defineCollection({
  loader: glob({ pattern: '*/{zh,en}.mdx', base: './content' }),
  schema: z
    .object({
      /** The headline: what the report found, in a reader's words. */
      title: z.string().min(1),
      /** One or two sentences for search results and link previews (≤ 160 characters). */
      description: z.string().min(1).max(200),
      /** Source id in data/sources/manifest.json; also the URL slug. */
      report: z.string().regex(/^[a-z0-9-]+$/),
      lang: z.enum(['zh', 'en']),
      /** Short takeaway for report cards. */
      takeaway: z.string().min(1),
      /** Topic pages the article belongs to. */
      tags: z.array(z.enum(TOPICS)).min(1),
      /** Sort order of the five reports (chronological). */
      order: z.number().int(),
      /** When the explainer first went out (YAML date, YYYY-MM-DD). */
      published: z.date(),
      /** When it last changed in substance, if it has since it went out. */
      updated: z.date().optional(),
    })
    .refine((d) => !d.updated || d.updated >= d.published, { message: 'updated must not be earlier than published', path: ['updated'] })
    .strict(),
});

export const collections = { articles };
