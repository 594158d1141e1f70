import type { APIRoute } from 'astro';
import { renderCardSvg } from '../../../../charts/render-card.ts';
import { renderPng, renderStandaloneSvg } from '../../../../charts/render-standalone.ts';
import { readChartContext } from '../../../../data/chart-context.ts';
import { previewKey, readPagePreviews, type PagePreview } from '../../../../data/previews.ts';

export async function getStaticPaths() {
  return (await readPagePreviews()).map((preview) => ({ params: { lang: preview.lang, card: previewKey(preview.path) }, props: { preview } }));
}

/** A page's 1200×630 link preview (Open Graph, X, WeChat, Slack); a section's shows its lead chart. */
export const GET: APIRoute = ({ props }) => {
  const { preview } = props as { preview: PagePreview };
  let figure: string | undefined;
  if (preview.chart) {
    const ctx = readChartContext(preview.chart, preview.lang);
    figure = renderStandaloneSvg(ctx.spec, ctx.data, preview.lang, { source: ctx.sourceText, credit: ctx.credit });
  }
  return new Response(new Uint8Array(renderPng(renderCardSvg(preview, figure))), { headers: { 'Content-Type': 'image/png' } });
};
