import type { Lang } from '../../format/number.ts';
import { bookTitle, type Source } from '../../data/sources.ts';
import type { Bilingual } from '../../schemas/dataset.ts';

/**
 * The citation under a chart, in the report's own terms:
 * 来源：中国信通院《人工智能基础设施发展态势报告（2021年）》二（三）1
 * Source: CAICT, AI Infrastructure Development Report (2021), §2.3.1
 */
export function sourceLine(source: Source, section: Bilingual, lang: Lang): string {
  if (lang === 'zh') return `来源：${source.publisherShort.zh}${bookTitle(source)}${section.zh}`;
  return `Source: ${source.publisherShort.en}, ${bookTitle(source, 'en')}, ${section.en}`;
}

/** A report named the way each language cites it: 中国信通院《…》 / CAICT, AI Infrastructure … */
export function reportName(source: Source, lang: Lang): string {
  return lang === 'zh' ? `${source.publisherShort.zh}${bookTitle(source)}` : `${source.publisherShort.en}, ${bookTitle(source, 'en')}`;
}
