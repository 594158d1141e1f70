import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import { formatTick, formatValue } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fill } from './lib/finish-svg.ts';
import { findRow, label, num } from './lib/rows.ts';
import { tipLineWidth } from './lib/tip.ts';
import { tipText } from './lib/tip-text.ts';

const DATASET = 'city-ai-index-2021';
const THRESHOLD = 'ai-cities-key-figures';

/** Sorted bars: the three scores the feature quotes, with the "all above 60" line it draws. */
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
          title: fill('北京以{bj}居城市人工智能发展指数之首，深圳、上海随后', v),
          subtitle: '《中国城市人工智能发展指数报告(2020-2021)》得分前三的城市，分；指数由一家 AI 企业与产业联盟编制，满分文中未说明',
          alt: fill(
            '新京报引用的城市人工智能发展指数中，北京得{bj}，深圳{sz}，上海{sh}，三城都超过{min}，新京报据此把它们列为第一梯队。文中没有给出其他城市的得分。',
            v,
          ),
        }
      : {
          title: fill('Beijing tops a city AI index with {bj}; Shenzhen and Shanghai follow', v),
          subtitle:
            'Top three cities in the China City AI Development Index Report (2020–2021), points; compiled by an AI company and an industry alliance; maximum score not given',
          alt: fill(
            'In the city AI index the newspaper cites, Beijing scores {bj}, Shenzhen {sz} and Shanghai {sh}, all above {min}; the newspaper uses this to call them the first tier. No other city’s score is given.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '这是企业编制的指数，不是官方统计；文中只给出前三名的得分，没有说明指标体系、满分和参评城市数，因此看不出第四名落后多少。',
      en: 'A company-compiled index, not an official statistic. The text gives only the top three scores, not the indicators, the maximum or how many cities were scored, so we cannot see how far behind the fourth city is.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = [...data[DATASET]].sort((a, b) => num(b, 'score') - num(a, 'score'));
    const threshold = num(findRow(data[THRESHOLD], { measure: 'city-ai-index-threshold' }), 'value');
    const narrow = width < 480;
    const city = (d: DataRow) => label(d, 'city', lang);
    const score = (d: DataRow) => formatValue(num(d, 'score'), 'score', lang);
    const common = { x: 'score', y: city } as const;
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginLeft: narrow ? 72 : 84,
      marginRight: narrow ? 64 : 80,
      marginTop: 24,
      marginBottom: 28,
      x: { domain: [0, 100], label: null, ticks: narrow ? [0, 50, 100] : [0, 20, 40, 60, 80, 100], tickFormat: formatTick('score', lang), grid: true },
      y: { domain: rows.map(city), label: null, tickSize: 0, padding: 0.3 },
      marks: [
        Plot.barX(rows, { ...common, fill: (d: DataRow) => (d.city === 'beijing' ? 'var(--chart-highlight)' : 'var(--chart-muted)') }),
        Plot.ruleX([0], { stroke: 'var(--chart-text)' }),
        Plot.ruleX([threshold], { stroke: 'var(--chart-text)', strokeDasharray: '4 3' }),
        Plot.text([threshold], {
          x: (d: number) => d,
          frameAnchor: 'top',
          dy: -16,
          text: () => (lang === 'zh' ? `三城均超过${threshold}分` : `all above ${threshold}`),
          fill: 'var(--chart-text)',
        }),
        Plot.text(rows, { ...common, text: score, textAnchor: 'start', dx: 6, fontWeight: 600, fill: 'var(--chart-text)' }),
        interactive ? Plot.barX(rows, Plot.pointerY({ ...common, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? Plot.tip(
              rows,
              Plot.pointerY({
                ...common,
                lineWidth: tipLineWidth(width),
                title: (d: DataRow) => tipText([`${city(d)} · ${score(d)}`, label(d, 'index', lang), `“${d.quote}”`], width),
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
