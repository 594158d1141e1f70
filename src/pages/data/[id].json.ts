import type { APIRoute } from 'astro';
import { readAllDatasets, readDataset } from '../../data/catalog.ts';
import { datasetJson } from '../../data/export.ts';

export function getStaticPaths() {
  return [...readAllDatasets().keys()].map((id) => ({ params: { id } }));
}

/** Rows with their metadata and the source report's citation, so the file stands alone. */
export const GET: APIRoute = ({ params }) => new Response(datasetJson(readDataset(params.id!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
