import type { APIRoute } from 'astro';
import { readAllDatasets, readDataset } from '../../data/catalog.ts';
import { readSource } from '../../data/sources.ts';

export function getStaticPaths() {
  return [...readAllDatasets().keys()].map((id) => ({ params: { id } }));
}

/** Rows with their metadata and the source report's citation, so the file stands alone. */
export const GET: APIRoute = ({ params }) => {
  const { meta, rows } = readDataset(params.id!);
  const { file: _file, copyright: _c, ...source } = readSource(meta.report)!;
  return new Response(JSON.stringify({ ...meta, source, rows }, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
