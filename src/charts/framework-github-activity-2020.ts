import * as Plot from '@observablehq/plot';
import { formatValue } from '../format/number.ts';
import type { DataRow } from '../data/read-dataset.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';

const DATASET = 'frameworks-github-2020';
const METRICS = ['stars', 'commits', 'contributors'];

/** The value as printed, with the table's "+" where the report has one. */
function printed(d: DataRow, lang: 'zh' | 'en'): string {
  const text = formatValue(num(d, 'value'), 'count', lang);
  return d.qualifier?.includes('more-than') ? `${text}+` : text;
}

/** Bars as a share of the panel's largest value: each measure is read on its own scale. */
function scaled(rows: DataRow[]): (DataRow & { share: number })[] {
  const max = new Map(METRICS.map((m) => [m, Math.max(...rows.filter((d) => d.metric === m).map((d) => num(d, 'value')))]));
  return rows.map((d) => ({ ...d, share: (num(d, 'value') / max.get(String(d.metric))!) * 100 }));
}

/** Table 1 as three panels of bars, one per measure, frameworks in the table's order. */
const spec: ChartSpec = {
  id: 'framework-github-activity-2020',
  datasets: [DATASET],
  anchor: 'framework-landscape',
  height: (width) => (width < 480 ? 560 : 520),
  text(data, lang) {
    const rows = data[DATASET];
    const get = (framework: string, metric: string) => printed(findRow(rows, { framework, metric }), lang);
    const rank = (framework: string, metric: string) => {
      const sorted = rows.filter((d) => d.metric === metric).sort((a, b) => num(b, 'value') - num(a, 'value'));
      return sorted.findIndex((d) => d.framework === framework) + 1;
    };
    const ratio =
      num(findRow(rows, { framework: 'tensorflow', metric: 'stars' }), 'value') / num(findRow(rows, { framework: 'pytorch', metric: 'stars' }), 'value');
    const v = {
      ratio: formatValue(Math.round(ratio * 10) / 10, 'times', lang),
      ppr: formatValue(rank('paddlepaddle', 'stars'), 'rank', lang),
      ppcr: formatValue(rank('paddlepaddle', 'commits'), 'rank', lang),
      tf: get('tensorflow', 'stars'),
      pt: get('pytorch', 'stars'),
      pp: get('paddlepaddle', 'stars'),
      ppc: get('paddlepaddle', 'commits'),
      tfc: get('tensorflow', 'commits'),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('TensorFlow 的 GitHub 星标数达{tf}，是 PyTorch 的{ratio}；飞桨排{ppr}', v),
          subtitle: '八个开源深度学习框架在 GitHub 上的 Star、Commit 和 Contributor 数，截至2020年11月15日；每组条形按该组最大值绘制',
          alt: fillTemplate(
            '2020年11月，TensorFlow 有{tf}个 GitHub 星标、{tfc}次提交，遥遥领先；PyTorch 有{pt}个星标。唯一的国产框架飞桨有{pp}个星标，排{ppr}；提交数{ppc}，排{ppcr}。',
            v,
          ),
        }
      : {
          title: fillTemplate('TensorFlow had {tf} GitHub stars, {ratio} PyTorch’s; PaddlePaddle ranked {ppr}', v),
          subtitle:
            'GitHub stars, commits and contributors of eight open-source deep-learning frameworks, 15 Nov 2020; each panel is scaled to its own largest value',
          alt: fillTemplate(
            'In November 2020 TensorFlow led with {tf} GitHub stars and {tfc} commits; PyTorch had {pt} stars. PaddlePaddle, the only Chinese framework in the table, ranked {ppr} with {pp} stars and {ppcr} by commits ({ppc}).',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '三组条形各用自己的刻度（以该组最大值为满格），组与组之间不能比较长度。带“+”的数字为报告所印的“以上”；DL4J 的提交数和贡献者数明显偏低，本站无法核实，按原文照录。',
      en: 'Each panel has its own scale (its largest value fills the row), so bar lengths cannot be compared across panels. A “+” is printed in the report’s table. DL4J’s commits and contributors look implausibly low; we cannot check them and keep them as printed.',
    },
    {
      zh: '标题中的倍数为本站按表中数字计算；报告正文的说法是“超过第二名 3 倍以上”。',
      en: 'The multiple in the title is our arithmetic from the table; the report’s text says “more than three times the second”.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = scaled(data[DATASET]);
    const narrow = width < 480;
    const name = (d: DataRow) => (d.status === 'exited' ? `${d.name}${lang === 'zh' ? '（已退出）' : ' (exited)'}` : String(d.name));
    const panel = (m: string) => label(findRow(data[DATASET], { framework: 'tensorflow', metric: m }), 'metric', lang);
    const order = data[DATASET].filter((d) => d.metric === 'stars').map(name);
    const colour = (d: DataRow) => (d.origin === 'cn' ? 'var(--chart-cn)' : 'var(--chart-foreign)');
    const xy = { x: 'share', y: name, fy: 'metric' } as const;
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginTop: 8,
      marginLeft: narrow ? 128 : 150,
      marginRight: narrow ? 64 : 80,
      x: { domain: [0, 100], axis: null },
      y: { domain: order, label: null, tickSize: 0 },
      fy: { domain: METRICS, axis: null, paddingInner: 0.22, paddingOuter: 0.12 },
      marks: [
        Plot.text(METRICS, {
          fy: (m) => m,
          frameAnchor: 'top-left',
          dx: narrow ? -124 : -146,
          dy: -18,
          text: panel,
          fontWeight: 700,
          fill: 'var(--chart-text)',
        }),
        Plot.barX(rows, { ...xy, fill: colour, fillOpacity: (d: DataRow) => (d.status === 'exited' ? 0.45 : 1) }),
        Plot.text(rows, { ...xy, text: (d: DataRow) => printed(d, lang), textAnchor: 'start', dx: 4, fill: 'var(--chart-text)' }),
        Plot.ruleX([0], { stroke: 'var(--chart-grid)' }),
        interactive ? Plot.barX(rows, Plot.pointerY({ ...xy, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              rows,
              Plot.pointerY({
                ...xy,
                lineWidth: tipLineWidth(width),
                title: (d: DataRow) =>
                  `${d.name} · ${label(d, 'metric', lang)}\n${printed(d, lang)}\n“${d.quote}”${d[`note_${lang}`] ? `\n${d[`note_${lang}`]}` : ''}`,
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
