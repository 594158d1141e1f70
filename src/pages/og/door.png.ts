import type { APIRoute } from 'astro';
import { renderCardSvg } from '../../charts/render-card.ts';
import { renderPng } from '../../charts/render-standalone.ts';
import { t } from '../../i18n/index.ts';

/** The bilingual door's link preview: both names, both leads' kinds. */
export const GET: APIRoute = () => {
  const card = {
    lang: 'zh' as const,
    kicker: `${t('zh', 'share.kind.home')} · ${t('en', 'share.kind.home')}`,
    title: t('zh', 'site.name'),
    description: t('en', 'site.name'),
    siteName: `${t('zh', 'site.name')} · ${t('en', 'site.name')}`,
  };
  return new Response(new Uint8Array(renderPng(renderCardSvg(card))), { headers: { 'Content-Type': 'image/png' } });
};
