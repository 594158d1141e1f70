import type { Lang } from './number.ts';

/**
 * Minutes to read an article body: about 400 Chinese characters or 220
 * English words a minute, plus half a minute a chart to look at it. Quoted
 * report words (`<Quote text="…">`) are read too; Markdown marks are not words.
 */
export function readingMinutes(body: string, lang: Lang): number {
  const source = body.replace(/^---[\s\S]*?---/, '');
  const quotes = [...source.matchAll(/<Quote\b[^>]*?\btext=(?:"([^"]*)"|'([^']*)')/g)].map((m) => m[1] ?? m[2]).join(' ');
  const prose = `${source.replace(/<[^>]+>/g, ' ')} ${quotes}`;
  const charts = (source.match(/<Chart\b/g) ?? []).length;
  const units = lang === 'zh' ? (prose.match(/\p{Script=Han}/gu) ?? []).length / 400 : prose.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length / 220;
  return Math.max(1, Math.round(units + charts * 0.5));
}
