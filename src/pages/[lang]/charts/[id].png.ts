import type { APIRoute } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { renderPng, renderStandaloneSvg } from '../../../charts/render-standalone.ts';
import { readChartContext } from '../../../data/chart-context.ts';
import { LANGS, type Lang } from '../../../i18n/index.ts';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => [...charts.keys()].map((id) => ({ params: { lang, id } })));
}

/** The standalone chart at 2×, drawn at build time so newsletters can link a real file. */
export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const ctx = readChartContext(params.id!, lang);
  const png = renderPng(renderStandaloneSvg(ctx.spec, ctx.data, lang, { source: ctx.sourceText, credit: ctx.credit }));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
