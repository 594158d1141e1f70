import { getChart } from '../charts/registry.ts';
import { sourceLine } from '../charts/lib/source-line.ts';
import type { ChartData, ChartSpec, ChartText } from '../charts/lib/types.ts';
import type { Lang } from '../format/number.ts';
import { t } from '../i18n/index.ts';
import { readChartData } from './chart-data.ts';
import { readDataset } from './catalog.ts';
import type { Dataset } from './read-dataset.ts';
import { readSource, type Source } from './sources.ts';

export interface ChartContext {
  spec: ChartSpec;
  data: ChartData;
  text: ChartText;
  /** The chart's first dataset: its report and section are the chart's source. */
  main: Dataset;
  source: Source;
  /** "来源：中国信通院《…》二（三）1" / "Source: CAICT, …, §2.3.1" */
  sourceText: string;
  /** "图表：读懂中国AI基础设施" / "Chart: China's AI Infrastructure, Explained" */
  credit: string;
}

/** Everything a page, embed or download needs to know about one chart in one language. */
export function readChartContext(id: string, lang: Lang): ChartContext {
  const spec = getChart(id);
  const data = readChartData(spec);
  const main = readDataset(spec.datasets[0]);
  const source = readSource(main.meta.report)!;
  return {
    spec,
    data,
    text: spec.text(data, lang),
    main,
    source,
    sourceText: sourceLine(source, main.meta.section, lang),
    credit: t(lang, 'chart.credit'),
  };
}
