import type { APIRoute } from 'astro';
import { charts } from '../../../charts/registry.ts';
import { oembedFor } from '../../../data/oembed.ts';
import { readChartContext } from '../../../data/chart-context.ts';
import { LANGS, type Lang } from '../../../i18n/index.ts';

export function getStaticPaths() {
  return LANGS.flatMap((lang) => [...charts.keys()].map((id) => ({ params: { lang, id } })));
}

/** A static oEmbed answer per chart and language, found through each chart page's discovery link. */
export const GET: APIRoute = ({ params, site }) => {
  const lang = params.lang as Lang;
  const body = oembedFor(params.id!, lang, readChartContext(params.id!, lang), site!);
  return new Response(JSON.stringify(body, null, 2), { headers: { 'Content-Type': 'application/json+oembed; charset=utf-8' } });
};
