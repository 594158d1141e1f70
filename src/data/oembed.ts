import { drawnHeight, STATIC_WIDTHS } from '../charts/render-svg.ts';
import { t, type Lang } from '../i18n/index.ts';
import { href, langHref, routes } from '../i18n/routes.ts';
import type { ChartContext } from './chart-context.ts';

/** oEmbed 1.0 "rich" response (https://oembed.com/ §2.3.4, §2.3.5). */
export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  author_name: string;
  author_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/**
 * What a CMS gets for a chart's URL: our iframe, nothing else. WordPress keeps only the iframe
 * of an unknown provider's html (it drops scripts), sandboxes it and sizes it through its own
 * messages, which the embed speaks (src/client/embed-protocols.ts); so the html has no script.
 */
export function oembedFor(id: string, lang: Lang, ctx: ChartContext, site: URL): OEmbedRich {
  const abs = (path: string) => new URL(path, site).href;
  // The same starting height as the copy-paste embed code; the frame then reports its own.
  const height = drawnHeight(ctx.spec, ctx.data, lang, STATIC_WIDTHS[1]) + 180;
  const width = STATIC_WIDTHS[1];
  const src = `${abs(routes.embed(lang, id))}?theme=auto`;
  const html = `<iframe src="${src}" title="${escape(ctx.text.title)}" width="${width}" height="${height}" style="width:100%;max-width:100%;border:0" loading="lazy" data-ai-infra-chart="${id}"></iframe>`;
  return {
    version: '1.0',
    type: 'rich',
    title: ctx.text.title,
    provider_name: t(lang, 'site.name'),
    provider_url: abs(langHref(lang)),
    author_name: t(lang, 'site.name'),
    author_url: abs(href(`${lang}/about/`)),
    html,
    width,
    height,
    thumbnail_url: abs(langHref(lang, `og/${id}.png`)),
    thumbnail_width: 1200,
    thumbnail_height: 630,
    cache_age: 86400,
  };
}
