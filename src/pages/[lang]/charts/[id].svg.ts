import type { APIRoute } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { renderStandaloneSvg } from '../../../charts/render-standalone.ts';
import { readChartContext } from '../../../data/chart-context.ts';
import { LANGS, type Lang } from '../../../i18n/index.ts';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => [...charts.keys()].map((id) => ({ params: { lang, id } })));
}

/** The chart as a standalone SVG file with title, source and credit burnt in. */
export const GET: APIRoute = ({ params }) => {
  const ctx = readChartContext(params.id!, params.lang as Lang);
  const svg = renderStandaloneSvg(ctx.spec, ctx.data, params.lang as Lang, { source: ctx.sourceText, credit: ctx.credit });
  return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}`, { headers: { 'Content-Type': 'image/svg+xml' } });
};
