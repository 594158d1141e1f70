import type { APIRoute } from 'astro';
import { readFileSync } from 'node:fs';
import { readAllDatasets } from '../../data/catalog.ts';

export function getStaticPaths() {
  return [...readAllDatasets().values()].map((d) => ({ params: { id: d.meta.id }, props: { file: d.file } }));
}

/** The validated CSV as committed: every row with its verbatim quote. */
export const GET: APIRoute = ({ props }) =>
  new Response(readFileSync(props.file as string, 'utf8'), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
