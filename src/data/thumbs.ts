import type { Lang } from '../format/number.ts';
import { langHref } from '../i18n/routes.ts';

/** srcset of a chart's thumbnail: 360 and 720 px wide (src/pages/[lang]/thumbs/[id].png.ts). */
export function thumbSrcset(lang: Lang, id: string): string {
  return `${langHref(lang, `thumbs/${id}-360.png`)} 360w, ${langHref(lang, `thumbs/${id}.png`)} 720w`;
}
