import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import { formatNumber, formatValue } from '../format/number.ts';
import { textWidth } from './lib/text-width.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, num } from './lib/rows.ts';
import { qualified, rounded } from './lib/qualified.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';

const DATASET = 'case-study-figures';

interface Part {
  who: string;
  part: 'it' | 'overhead';
  value: number;
  row: DataRow;
}

/** PUE = total energy / IT energy: a stacked bar whose first segment (IT, always 1) is common ground and whose second is the overhead the 76% is about. */
const spec: ChartSpec = {
  id: 'baidu-data-centre-pue',
  datasets: [DATASET],
  anchor: 'baidu-brain',
  height: (width) => (width < 480 ? 170 : 150),
  text(data, lang) {
    const rows = data[DATASET];
    const baidu = findRow(rows, { subject: 'baidu-data-centres', measure: 'pue' });
    const avg = findRow(rows, { subject: 'industry-average', measure: 'pue' });
    const cut = findRow(rows, { measure: 'infrastructure-energy-reduction' });
    const v = {
      baidu: qualified(baidu, 'value', 'ratio', lang),
      avg: formatNumber(num(avg, 'value'), lang),
      cut: formatValue(num(cut, 'value'), 'percent', lang),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('百度称其数据中心 PUE {baidu}，比行业平均{avg}少用{cut}的配套能耗', v),
          subtitle: '电源使用效率（PUE）：数据中心总能耗与 IT 设备能耗之比；1以上的部分是制冷、供电等配套设施的能耗',
          alt: fillTemplate('百度自建数据中心的年均 PUE {baidu}，行业平均为{avg}。两者的 IT 能耗部分相同（1），配套能耗分别约0.14和0.59，百度少{cut}。', v),
        }
      : {
          title: fillTemplate('Baidu says its data centres run at a PUE of {baidu}, using {cut} less overhead energy than the industry’s {avg}', v),
          subtitle:
            'Power usage effectiveness (PUE): a data centre’s total energy divided by its IT equipment’s; the part above 1 is overhead such as cooling and power supply',
          alt: fillTemplate(
            'Baidu’s own data centres have an annual average PUE of {baidu}, against an industry average of {avg}. The IT part is the same (1); the overhead is about 0.14 against 0.59, {cut} less.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '这是百度提供的数字，报告转引；报告未说明“行业平均”PUE 的来源和年份。76%是配套能耗的降幅，不是总能耗的降幅：总能耗约低28%（1.14对1.59，我们计算）。',
      en: 'These are Baidu’s figures as the report gives them; it does not say where the industry average comes from or for which year. The 76% is a cut in overhead energy, not in total energy, which is about 28% lower (1.14 against 1.59, our calculation).',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = data[DATASET];
    const names = { baidu: lang === 'zh' ? '百度' : 'Baidu', avg: lang === 'zh' ? '行业平均' : 'Industry average' };
    const baidu = findRow(rows, { subject: 'baidu-data-centres', measure: 'pue' });
    const avg = findRow(rows, { subject: 'industry-average', measure: 'pue' });
    const parts: Part[] = [
      [names.baidu, baidu],
      [names.avg, avg],
    ].flatMap(([who, row]) => [
      { who: who as string, part: 'it' as const, value: 1, row: row as DataRow },
      { who: who as string, part: 'overhead' as const, value: rounded(num(row as DataRow, 'value') - 1), row: row as DataRow },
    ]);
    const ends = parts.filter((p) => p.part === 'overhead');
    const legend = lang === 'zh' ? ['IT 设备能耗 = 1', '配套能耗'] : ['IT energy = 1', 'overhead'];
    const left = lang === 'zh' ? 64 : 112;
    const endText = (p: Part) => `PUE ${qualified(p.row, 'value', 'ratio', lang)}`;
    // The right margin holds each PUE label past its bar end (measured; the axis runs on to 1.7).
    let right = 8;
    for (let pass = 0; pass < 3; pass++)
      right = Math.ceil(Math.max(8, ...ends.map((p) => 8 + textWidth(endText(p), 12, true) - ((1.7 - num(p.row, 'value')) / 1.7) * (width - left - right))));
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginLeft: left,
      marginRight: right,
      marginTop: 24,
      marginBottom: 26,
      x: { domain: [0, 1.7], label: null, ticks: [0, 0.5, 1, 1.5], grid: true },
      y: { domain: [names.baidu, names.avg], label: null, tickSize: 0, padding: 0.3 },
      marks: [
        Plot.barX(parts, {
          x: 'value',
          y: 'who',
          fill: (p: Part) => (p.part === 'it' ? 'var(--chart-muted)' : p.row === baidu ? 'var(--chart-highlight)' : 'var(--chart-accent)'),
        }),
        Plot.ruleX([0], { stroke: 'var(--chart-text)' }),
        Plot.text([legend[0]], { x: 0.97, frameAnchor: 'top', dy: -16, textAnchor: 'end', text: (d: string) => d, fill: 'var(--chart-muted)' }),
        Plot.text([legend[1]], { x: 1.03, frameAnchor: 'top', dy: -16, textAnchor: 'start', text: (d: string) => d, fill: 'var(--chart-muted)' }),
        Plot.text(ends, {
          x: (p: Part) => num(p.row, 'value'),
          y: 'who',
          text: endText,
          textAnchor: 'start',
          dx: 6,
          fill: 'var(--chart-text)',
          fontWeight: 600,
        }),
        interactive
          ? Plot.barX(ends, Plot.pointerY({ x1: 0, x2: (p: Part) => num(p.row, 'value'), y: 'who', fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 }))
          : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              ends,
              Plot.pointerY({
                x: (p: Part) => num(p.row, 'value'),
                y: 'who',
                lineWidth: tipLineWidth(width),
                title: (p: Part) => `${p.who}\nPUE ${qualified(p.row, 'value', 'ratio', lang)}\n“${p.row.quote}”`,
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
