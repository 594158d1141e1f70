import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import { formatTick, formatValue } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { hbarPlot } from './lib/hbar.ts';
import { quoteLine } from './lib/tip.ts';

const DATASET = 'city-ai-index-2021';
const THRESHOLD = 'ai-cities-key-figures';

/**
 * Sorted bars: the three scores the feature quotes, with the "all above 60" line it draws. The
 * axis ends at Beijing's score, not at 100: the feature gives no maximum, and 100 would imply one.
 */
const spec: ChartSpec = {
  id: 'city-ai-index-scores',
  datasets: [DATASET, THRESHOLD],
  anchor: 'first-tier',
  height: (width) => (width < 480 ? 176 : 168),
  text(data, lang) {
    const rows = data[DATASET];
    const s = (city: string) => formatValue(num(findRow(rows, { city }), 'score'), 'score', lang);
    const v = {
      bj: s('beijing'),
      sz: s('shenzhen'),
      sh: s('shanghai'),
      min: formatValue(num(findRow(data[THRESHOLD], { measure: 'city-ai-index-threshold' }), 'value'), 'score', lang),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('北京以{bj}居城市人工智能发展指数之首，深圳、上海随后', v),
          subtitle: '《中国城市人工智能发展指数报告（2020—2021）》得分前三的城市，分；指数由一家 AI 企业与产业联盟编制，满分文中未说明',
          alt: fillTemplate(
            '新京报引用的城市人工智能发展指数中，北京得{bj}，深圳{sz}，上海{sh}，三城都超过{min}，新京报据此把它们列为第一梯队。文中没有给出其他城市的得分。',
            v,
          ),
        }
      : {
          title: fillTemplate('Beijing tops a city AI index with {bj}; Shenzhen and Shanghai follow', v),
          subtitle:
            'Top three cities in the China City AI Development Index Report (2020–2021), points; compiled by an AI company and an industry alliance; maximum score not given',
          alt: fillTemplate(
            'In the city AI index the newspaper cites, Beijing scores {bj}, Shenzhen {sz} and Shanghai {sh}, all above {min}; the newspaper uses this to call them the first tier. No other city’s score is given.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '这是一家企业与产业联盟编制的指数，不是官方统计；文中只给出前三名的得分，没有说明指标体系、满分和参评城市数，因此看不出第四名落后多少。',
      en: 'An index compiled by a company and an industry alliance, not an official statistic. The text gives only the top three scores, not the indicators, the maximum or how many cities were scored, so we cannot see how far behind the fourth city is.',
    },
  ],
  plot(data, layout) {
    const { lang } = layout;
    const threshold = num(findRow(data[THRESHOLD], { measure: 'city-ai-index-threshold' }), 'value');
    const city = (d: DataRow) => label(d, 'city', lang);
    const score = (d: DataRow) => formatValue(num(d, 'score'), 'score', lang);
    return hbarPlot(layout, {
      rows: data[DATASET],
      value: (d) => num(d, 'score'),
      label: city,
      text: score,
      fill: (d) => (d.city === 'beijing' ? 'var(--chart-highlight)' : 'var(--chart-muted)'),
      tip: (d) => [`${city(d)} · ${score(d)}`, label(d, 'index', lang), quoteLine(d, lang)],
      x: { tickFormat: formatTick('score', lang), nice: false },
      top: 24,
      marks: [
        Plot.ruleX([threshold], { stroke: 'var(--chart-text)', strokeDasharray: '4 3' }),
        Plot.text([threshold], {
          x: (d: number) => d,
          frameAnchor: 'top',
          dy: -16,
          text: () => (lang === 'zh' ? `三城均超过${threshold}分` : `all above ${threshold}`),
          fill: 'var(--chart-text)',
        }),
      ],
    });
  },
};

export default spec;
