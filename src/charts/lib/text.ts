import type { Lang } from '../../format/number.ts';
import { fillTemplate } from '../../format/template.ts';
import type { ChartText } from './types.ts';

/** The reader's language's half of a pair. */
export function bi<T>(lang: Lang, pair: Record<Lang, T>): T {
  return pair[lang];
}

/**
 * A chart's title, subtitle and alt text in the reader's language, with `{name}` filled from
 * `values` (numbers formatted from the data, never typed). A missing value is a loud error.
 */
export function chartText(lang: Lang, values: Record<string, string | number>, texts: Record<Lang, ChartText>): ChartText {
  const t = texts[lang];
  return { title: fillTemplate(t.title, values), subtitle: fillTemplate(t.subtitle, values), alt: fillTemplate(t.alt, values) };
}
