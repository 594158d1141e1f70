import * as Plot from '@observablehq/plot';
import { formatValue, type Lang } from '../format/number.ts';
import type { ChartData, ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';
import { wrapText } from './lib/wrap-text.ts';

const DATASET = 'training-compute-trends';
const HORIZON = 24;
const CURVES: Record<string, Record<Lang, string>> = {
  demand: { zh: '训练最大模型所需的算力', en: 'Compute to train the largest models' },
  efficiency: { zh: '达到同等效果所需的算力', en: 'Compute needed for the same performance' },
};

interface Point {
  curve: 'demand' | 'efficiency';
  month: number;
  factor: number;
}

function rates(data: ChartData): { doubling: number; halving: number; annual: number } {
  const rows = data[DATASET];
  return {
    doubling: num(findRow(rows, { measure: 'training-compute-doubling-time' }), 'value'),
    halving: num(findRow(rows, { measure: 'same-performance-compute-halving-time' }), 'value'),
    annual: num(findRow(rows, { measure: 'training-compute-annual-growth-openai' }), 'value'),
  };
}

/** What the report's two rates imply month by month: our arithmetic, drawn from its figures. */
function curves(data: ChartData): Point[] {
  const { doubling, halving } = rates(data);
  const months = Array.from({ length: HORIZON + 1 }, (_, i) => i);
  return [
    ...months.map((month) => ({ curve: 'demand' as const, month, factor: 2 ** (month / doubling) })),
    ...months.map((month) => ({ curve: 'efficiency' as const, month, factor: 2 ** (-month / halving) })),
  ];
}

/** A factor as the reader says it: ×133 up, 1/8 down. */
function factorText(f: number, lang: Lang): string {
  return f >= 1 ? formatValue(Math.round(f), 'times', lang) : `1/${Math.round(1 / f)}`;
}

/** Two exponential rates on a log scale, indexed to 1 at month 0. */
const spec: ChartSpec = {
  id: 'training-compute-rates',
  datasets: [DATASET],
  anchor: 'cost-of-training',
  height: (width) => (width < 480 ? 320 : 340),
  text(data, lang) {
    const { doubling, halving } = rates(data);
    const end = curves(data).filter((p) => p.month === HORIZON);
    const v = {
      d: formatValue(doubling, 'months', lang),
      h: formatValue(halving, 'months', lang),
      up: factorText(end[0].factor, lang),
      down: factorText(end[1].factor, lang),
      n: formatValue(HORIZON, 'months', lang),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('按报告的速度，两年内训练最大模型的算力需求涨到{up}，同等效果所需算力降到{down}', v),
          subtitle: fillTemplate('以第0个月为1的倍数，对数刻度；本站按报告给出的速率推算：需求每{d}翻一番（OpenAI），同等算法水平所需计算量每{h}减半', v),
          alt: fillTemplate(
            '报告称全球最大规模训练模型的算力需求每{d}翻一番，同等算法水平所需的计算量每{h}减半。照此推算，{n}后前者约为起点的{up}，后者约为起点的{down}。',
            v,
          ),
        }
      : {
          title: fillTemplate(
            'At the report’s rates, compute to train the largest models grows {up} in two years while compute for the same result falls to {down}',
            v,
          ),
          subtitle: fillTemplate(
            'Multiple of month 0, log scale; our arithmetic from the report’s rates: demand doubles every {d} (OpenAI), compute for the same performance halves every {h}',
            v,
          ),
          alt: fillTemplate(
            'The report says the compute needed to train the largest models doubles every {d} and the compute needed for the same performance halves every {h}. Compounded over {n}, the first grows about {up} and the second falls to about {down} of where it started.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '两条曲线是本站按报告的两个速率推算的示意，不是报告的数据点；把速率延续两年是本站的假设。每3.4个月翻一番按复利约为每年11.5倍，报告写作“约为每年10倍”（12个月处的圆点）。',
      en: 'The two curves are our illustration of the report’s two rates, not data points in the report, and extending the rates over two years is our assumption. Doubling every 3.4 months compounds to about 11.5 times a year; the report rounds it to “about 10 times a year” (the dot at 12 months).',
    },
    {
      zh: '“每八个月降低一倍”在报告中没有注明来源，也没有说明是哪类模型、哪段时间。',
      en: 'The report gives no source for the 8-month halving and does not say which models or which period it describes.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const points = curves(data);
    const narrow = width < 480;
    const { annual } = rates(data);
    const rows = data[DATASET];
    const row = (curve: string) => findRow(rows, { measure: curve === 'demand' ? 'training-compute-doubling-time' : 'same-performance-compute-halving-time' });
    const name = (curve: string) => label(row(curve), 'label', lang);
    const curveName = (curve: string) => CURVES[curve][lang];
    const colour = (curve: string) => (curve === 'demand' ? 'var(--chart-highlight)' : 'var(--chart-accent)');
    const ends = points.filter((p) => p.month === HORIZON);
    const reported = [{ month: 12, factor: annual }];
    const month = (m: number) => (lang === 'zh' ? `${m}个月` : `${m} mo`);
    // Labels wrapped by measure: the curve names keep to the left half (the end values sit on the right),
    // the report's rate to the room right of its dot at 12 months.
    const right = narrow ? 56 : 70;
    const plotW = width - 44 - right;
    const curveLines = (curve: string) => wrapText(curveName(curve), plotW * 0.5, 12, true).join('\n');
    const reportedText = lang === 'zh' ? `报告：约每年${formatValue(annual, 'times', lang)}` : `report: about ${formatValue(annual, 'times', lang)} a year`;
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginTop: 16,
      marginLeft: 44,
      marginRight: right,
      marginBottom: 30,
      x: { domain: [0, HORIZON], ticks: [0, 6, 12, 18, 24], tickFormat: month, label: null },
      y: { type: 'log', domain: [0.1, 200], ticks: [0.125, 1, 10, 100], tickFormat: (f: number) => factorText(f, lang), grid: true, label: null },
      marks: [
        Plot.ruleY([1], { stroke: 'var(--chart-muted)' }),
        Plot.line(points, { x: 'month', y: 'factor', z: 'curve', stroke: (d: Point) => colour(d.curve), strokeWidth: 3 }),
        Plot.dot(reported, { x: 'month', y: 'factor', r: 4, fill: 'var(--chart-text)' }),
        Plot.text(reported, {
          x: 'month',
          y: 'factor',
          text: () => wrapText(reportedText, plotW / 2 + right - 12, 12).join('\n'),
          dx: 8,
          textAnchor: 'start',
          fill: 'var(--chart-text)',
        }),
        Plot.text(ends, {
          x: 'month',
          y: 'factor',
          text: (d: Point) => factorText(d.factor, lang),
          dx: 6,
          textAnchor: 'start',
          fontWeight: 700,
          fill: (d: Point) => colour(d.curve),
        }),
        Plot.text(['demand'], {
          x: 0.5,
          y: 150,
          text: curveLines,
          lineHeight: 14 / 12,
          textAnchor: 'start',
          lineAnchor: 'top',
          fontWeight: 600,
          fill: colour,
        }),
        Plot.text(['efficiency'], {
          x: 0.5,
          y: 0.12,
          text: curveLines,
          lineHeight: 14 / 12,
          textAnchor: 'start',
          lineAnchor: 'bottom',
          fontWeight: 600,
          fill: colour,
        }),
        interactive ? Plot.dot(points, Plot.pointer({ x: 'month', y: 'factor', r: 9, fill: 'none', stroke: 'var(--chart-text)' })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              points,
              Plot.pointer({
                x: 'month',
                y: 'factor',
                lineWidth: tipLineWidth(width),
                title: (d: Point) => `${name(d.curve)}\n${month(d.month)}: ${factorText(d.factor, lang)}\n“${row(d.curve).quote}”`,
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
