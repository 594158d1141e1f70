import type { APIRoute } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { renderPng, renderStandaloneSvg } from '../../../charts/render-standalone.ts';
import { readChartContext } from '../../../data/chart-context.ts';
import { LANGS, type Lang } from '../../../i18n/index.ts';

/** Thumbnail sizes: `<id>.png` is 720 px wide (sharp on a phone's 2× screen), `<id>-360.png` 360 px (small cards). */
const THUMB_SUFFIX = '-360';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => [...charts.keys()].flatMap((id) => [{ params: { lang, id } }, { params: { lang, id: `${id}${THUMB_SUFFIX}` } }]));
}

/** A thumbnail of the standalone chart image, for the chart gallery and topic pages. */
export const GET: APIRoute = ({ params }) => {
  const lang = params.lang as Lang;
  const small = params.id!.endsWith(THUMB_SUFFIX);
  const ctx = readChartContext(small ? params.id!.slice(0, -THUMB_SUFFIX.length) : params.id!, lang);
  const png = renderPng(renderStandaloneSvg(ctx.spec, ctx.data, lang, { source: ctx.sourceText, credit: ctx.credit }), small ? 0.5 : 1);
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
