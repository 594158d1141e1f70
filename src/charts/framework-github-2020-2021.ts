import * as Plot from '@observablehq/plot';
import { widestLine } from './lib/wrap-text.ts';
import { formatDate, formatValue, type Lang } from '../format/number.ts';
import type { ChartData, ChartSpec } from './lib/types.ts';
import type { DataRow } from '../data/read-dataset.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';

const THEN = 'frameworks-github-2020';
const NOW = 'frameworks-github-2021';
const FRAMEWORKS = ['tensorflow', 'pytorch', 'paddlepaddle'];
const METRICS = ['stars', 'commits', 'contributors'];

interface Pair {
  framework: string;
  metric: string;
  name: string;
  origin: string;
  then: DataRow;
  now: DataRow;
  growth: number;
}

/** One pair per framework and measure that both tables list (Table 1 here, Table 4 in report 001). */
function pairs(data: ChartData): Pair[] {
  return FRAMEWORKS.flatMap((framework) =>
    METRICS.map((metric) => {
      const then = findRow(data[THEN], { framework, metric });
      const now = findRow(data[NOW], { framework, metric });
      const growth = Math.round((num(now, 'value') / num(then, 'value') - 1) * 100);
      return { framework, metric, name: String(now.name_en), origin: String(then.origin), then, now, growth };
    }),
  );
}

const plus = (d: DataRow, lang: Lang) => `${formatValue(num(d, 'value'), 'count', lang)}${d.qualifier?.includes('more-than') ? '+' : ''}`;
const pct = (n: number, lang: Lang) => `+${formatValue(n, 'percent', lang)}`;

/** A dumbbell per framework and measure: every framework starts at its November 2020 value, the bar is its growth. */
const spec: ChartSpec = {
  id: 'framework-github-2020-2021',
  datasets: [THEN, NOW],
  anchor: 'framework-landscape',
  height: (width) => (width < 480 ? 470 : 430),
  text(data, lang) {
    const p = pairs(data);
    const g = (framework: string, metric: string) => formatValue(p.find((d) => d.framework === framework && d.metric === metric)!.growth, 'percent', lang);
    const v = {
      pps: g('paddlepaddle', 'stars'),
      tfs: g('tensorflow', 'stars'),
      pts: g('pytorch', 'stars'),
      ppc: g('paddlepaddle', 'contributors'),
      date: formatDate(String(data[THEN][0].as_of), lang),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('到信通院下一份报告，飞桨的星标数增长了{pps}，快于 TensorFlow（{tfs}）和 PyTorch（{pts}）', v),
          subtitle: fillTemplate('GitHub 星标、提交和贡献者数的增长：空心点为本报告表1（截至{date}），实心点为信通院2022年1月报告表4（未注明日期）', v),
          alt: fillTemplate(
            '两份信通院报告的同一组框架数字相比：飞桨星标数增长{pps}，TensorFlow 增长{tfs}，PyTorch 增长{pts}；飞桨贡献者数增长{ppc}。TensorFlow 在三项指标上仍遥遥领先。',
            v,
          ),
        }
      : {
          title: fillTemplate('By CAICT’s next count, PaddlePaddle’s stars had grown {pps}, faster than TensorFlow’s ({tfs}) and PyTorch’s ({pts})', v),
          subtitle: fillTemplate(
            'Growth in GitHub stars, commits and contributors: hollow dot = this report’s Table 1 (as of {date}), filled dot = Table 4 of CAICT’s January 2022 report (undated)',
            v,
          ),
          alt: fillTemplate(
            'Comparing the same frameworks in two CAICT reports, PaddlePaddle’s stars grew {pps}, TensorFlow’s {tfs} and PyTorch’s {pts}; PaddlePaddle’s contributors grew {ppc}. TensorFlow still led on all three measures by far.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '两张表用同样的列名（关注度、活跃度、贡献人数），但只有本报告说明了定义：截至2020年11月15日的 GitHub Star、Commit、Contributor 数。信通院2022年1月的报告没有说明平台和统计日期，两表的间隔未必正好一年。',
      en: 'Both tables use the same column names (关注度 “attention”, 活跃度 “activity”, 贡献人数 “contributors”), but only this report defines them: GitHub stars, commits and contributors as of 15 November 2020. CAICT’s January 2022 report names neither platform nor date, so the gap between the tables is not necessarily a year.',
    },
    {
      zh: '增长率为本站按两表数字计算。提交数在两表中都印作“以上”。',
      en: 'Growth rates are our arithmetic from the two tables. Commits are printed as minimums (“+”) in both.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = pairs(data).map((d) => ({ ...d, name: label(d.now, 'name', lang) }));
    const narrow = width < 480;
    const panel = (m: string) => label(findRow(data[THEN], { framework: 'tensorflow', metric: m }), 'metric', lang);
    const colour = (d: Pair) => (d.origin === 'cn' ? 'var(--chart-cn)' : 'var(--chart-foreign)');
    const end = (d: Pair) => 100 + d.growth;
    const xy = { y: 'name', fy: 'metric' } as const;
    // On a phone the growth goes on a second line, and the margins are measured from the labels.
    const change = (d: Pair) => `${plus(d.then, lang)} → ${plus(d.now, lang)}${narrow ? '\n' : ' '}(${pct(d.growth, lang)})`;
    const right =
      widestLine(
        rows.flatMap((d) => change(d).split('\n')),
        12,
      ) + 14;
    const left =
      widestLine(
        rows.map((d) => d.name),
        12,
      ) + 12;
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginTop: 24,
      marginLeft: left,
      marginRight: right,
      x: {
        domain: [100, 150],
        ticks: narrow ? [100, 150] : [100, 125, 150],
        tickFormat: (d: number) => (d === 100 ? '0' : `+${d - 100}%`),
        grid: true,
        label: null,
      },
      y: { domain: FRAMEWORKS.map((f) => rows.find((d) => d.framework === f)!.name), label: null, tickSize: 0 },
      fy: { domain: METRICS, axis: null, paddingInner: 0.3, paddingOuter: 0.12 },
      marks: [
        Plot.text(METRICS, {
          fy: (m) => m,
          frameAnchor: 'top-left',
          dx: 4 - left,
          dy: -16,
          text: panel,
          fontWeight: 700,
          fill: 'var(--chart-text)',
        }),
        Plot.link(rows, { ...xy, x1: 100, x2: end, stroke: colour, strokeWidth: 2 }),
        Plot.dot(rows, { ...xy, x: 100, r: 4, stroke: colour, strokeWidth: 1.5, fill: 'var(--bg)' }),
        Plot.dot(rows, { ...xy, x: end, r: 4.5, fill: colour }),
        Plot.text(rows, { ...xy, x: end, text: change, textAnchor: 'start', dx: 8, lineHeight: 1.1, fill: 'var(--chart-text)' }),
        interactive ? Plot.dot(rows, Plot.pointerY({ ...xy, x: end, r: 9, fill: 'none', stroke: 'var(--chart-text)' })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              rows,
              Plot.pointerY({
                ...xy,
                x: end,
                lineWidth: tipLineWidth(width),
                title: (d: Pair) => `${d.name} · ${panel(d.metric)}\n${change(d)}\n“${d.then.quote}”\n“${d.now.quote}”`,
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
