import type { Lang } from './number.ts';

/**
 * Minutes to read an article body: about 400 Chinese characters or 220
 * English words a minute, plus half a minute a chart to look at it.
 */
export function readingMinutes(body: string, lang: Lang): number {
  const prose = body.replace(/^---[\s\S]*?---/, '').replace(/<[^>]+>/g, ' ');
  const charts = (body.match(/<Chart\b/g) ?? []).length;
  const units = lang === 'zh' ? (prose.match(/\p{Script=Han}/gu) ?? []).length / 400 : prose.split(/\s+/).filter(Boolean).length / 220;
  return Math.max(1, Math.round(units + charts * 0.5));
}
