import type { APIRoute } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { renderPng, renderStandaloneSvg } from '../../../charts/render-standalone.ts';
import { readChartContext } from '../../../data/chart-context.ts';
import { LANGS, type Lang } from '../../../i18n/index.ts';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => [...charts.keys()].map((id) => ({ params: { lang, id } })));
}

/** A 360 px wide thumbnail for the chart gallery. */
export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const ctx = readChartContext(params.id!, lang);
  const png = renderPng(renderStandaloneSvg(ctx.spec, ctx.data, lang, { source: ctx.sourceText, credit: ctx.credit }), 0.5);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
