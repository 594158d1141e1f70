import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { dataDir } from './paths.ts';

const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const id = z.string().regex(KEBAB, 'anchors are ASCII kebab-case');
const reportSchema = z
  .object({
    /** Every id a reader may have linked to (#id on the article page), sorted. */
    anchors: z.array(id),
    /** Renamed anchors: old id → the id that now stands in its place. */
    aliases: z.record(id, id),
  })
  .strict();
const listSchema = z.record(z.string(), reportSchema);

export type ReportAnchors = z.infer<typeof reportSchema>;
export type AnchorList = z.infer<typeof listSchema>;

export const anchorListFile = () => join(dataDir(), 'anchors.json');

/** data/anchors.json: the published anchors of each report, and the aliases of renamed ones. */
export function readAnchorList(file = anchorListFile()): AnchorList {
  const parsed = listSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  return parsed.data;
}

export function writeAnchorList(list: AnchorList, file = anchorListFile()): void {
  const sorted = Object.fromEntries(
    Object.keys(list)
      .sort()
      .map((report) => [report, { anchors: [...new Set(list[report].anchors)].sort(), aliases: list[report].aliases }]),
  );
  writeFileSync(file, `${JSON.stringify(sorted, null, 2)}\n`);
}

/** The aliases of one report's article (old id → new id); none for a report not yet published. */
export function readAliases(report: string): Record<string, string> {
  return readAnchorList()[report]?.aliases ?? {};
}

/** Published anchors that a page no longer has, directly or through an alias to an id it has. */
export function lostAnchors(published: ReportAnchors, present: Set<string>): string[] {
  return published.anchors.filter((a) => !present.has(a) && !present.has(published.aliases[a] ?? ''));
}

/** Anchors on the page that the list does not hold yet (fine: `npm run anchors:update` adds them). */
export function newAnchors(published: ReportAnchors | undefined, present: Set<string>): string[] {
  const known = new Set(published?.anchors ?? []);
  return [...present].filter((a) => !known.has(a)).sort();
}
