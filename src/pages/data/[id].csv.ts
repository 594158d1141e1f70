import type { APIRoute } from 'astro';
import { readAllDatasets, readDataset } from '../../data/catalog.ts';
import { datasetCsv } from '../../data/export.ts';

export function getStaticPaths() {
  return [...readAllDatasets().keys()].map((id) => ({ params: { id } }));
}

/** Validated rows with units, quote, source and attribution on each row. UTF-8 with BOM so spreadsheets read Chinese. */
export const GET: APIRoute = ({ params }) =>
  new Response(`\uFEFF${datasetCsv(readDataset(params.id!))}\n`, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
