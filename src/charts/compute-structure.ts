import * as Plot from '@observablehq/plot';
import { formatValue } from '../format/number.ts';
import { widestLine, wrapText } from './lib/wrap-text.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';

const DATASET = 'compute-structure';

/** A slope chart: two shares, two years, the change is the story. */
const spec: ChartSpec = {
  id: 'compute-structure',
  datasets: [DATASET],
  anchor: 'computing-power',
  height: (width) => (width < 480 ? 300 : 320),
  text(data, lang) {
    const rows = data[DATASET];
    const pct = (year: string, kind: string) => formatValue(num(findRow(rows, { year, kind }), 'share'), 'percent', lang);
    const v = { ai16: pct('2016', 'intelligent'), ai20: pct('2020', 'intelligent'), b16: pct('2016', 'basic'), b20: pct('2020', 'basic') };
    return lang === 'zh'
      ? {
          title: fillTemplate('智能算力占我国算力的比重从{ai16}升至{ai20}', v),
          subtitle: '基础算力和智能算力占我国算力总规模的比重，%，2016年与2020年',
          alt: fillTemplate('2016年到2020年，智能算力占我国算力总规模的比重从{ai16}升至{ai20}，基础算力的比重从{b16}降至{b20}。', v),
        }
      : {
          title: fillTemplate('AI computing grew from {ai16} to {ai20} of China’s computing power', v),
          subtitle: 'Share of China’s total computing power, basic vs AI computing, %, 2016 and 2020',
          alt: fillTemplate(
            'Between 2016 and 2020 AI (intelligent) computing rose from {ai16} to {ai20} of China’s total computing power, while basic computing fell from {b16} to {b20}.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '数字引自信通院2021年的《中国算力发展指数白皮书》，不是本报告的新测算。两类占比相加不到全部，其余部分报告没有说明；报告也没有说明算力按哪种计算精度统计。',
      en: 'The figures come from CAICT’s 2021 China Computing Power Development Index White Paper, not from new estimates in this report. The two shares do not add up to the whole, and the report does not say what the rest is, nor at what precision computing power is counted.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = data[DATASET];
    const narrow = width < 480;
    const share = (d: (typeof rows)[number]) => formatValue(num(d, 'share'), 'percent', lang);
    const name = (d: (typeof rows)[number]) => label(d, 'label', lang);
    // The 2020 labels set the right margin (measured), wrapped when they would take over 40 % of the width.
    const end = (d: (typeof rows)[number]) => wrapText(`${share(d)} ${name(d)}`, width * 0.4, 13, true);
    const right = Math.ceil(Math.max(...rows.map((d) => widestLine(end(d), 13, true)))) + 16;
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginTop: 24,
      marginBottom: 28,
      marginLeft: narrow ? 44 : 60,
      marginRight: right,
      x: { type: 'point', domain: ['2016', '2020'], label: null, tickFormat: (y: string) => (lang === 'zh' ? `${y}年` : y) },
      y: { domain: [0, 100], axis: null },
      color: { domain: ['basic', 'intelligent'], range: ['var(--chart-muted)', 'var(--chart-highlight)'] },
      marks: [
        Plot.ruleY([0], { stroke: 'var(--chart-grid)' }),
        Plot.line(rows, { x: 'year', y: 'share', z: 'kind', stroke: 'kind', strokeWidth: 3 }),
        Plot.dot(rows, { x: 'year', y: 'share', fill: 'kind', r: 5 }),
        Plot.text(
          rows.filter((d) => d.year === '2016'),
          { x: 'year', y: 'share', text: share, textAnchor: 'end', dx: -10, fontSize: 13, fill: 'var(--chart-text)' },
        ),
        Plot.text(
          rows.filter((d) => d.year === '2020'),
          { x: 'year', y: 'share', text: (d) => end(d).join('\n'), textAnchor: 'start', dx: 10, fontSize: 13, lineHeight: 1.15, fontWeight: 600, fill: 'kind' },
        ),
        // Hover emphasis: a ring around the point the reader is on.
        interactive ? Plot.dot(rows, Plot.pointer({ x: 'year', y: 'share', r: 9, stroke: 'kind', strokeWidth: 2, fill: 'none' })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              rows,
              Plot.pointer({ x: 'year', y: 'share', lineWidth: tipLineWidth(width), title: (d) => `${name(d)} · ${d.year}\n${share(d)}\n“${d.quote}”` }),
            )
          : null,
      ],
    };
  },
};

export default spec;
