import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import { formatDate } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { label } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';

const DATASET = 'ai-chip-eras-2020';
/** The axis starts a few years before the first era's open start ("before 2007"). */
const FROM = 2003;
/** "To date" is the report's time of writing, December 2020: the bar runs to the end of 2020. */
const NOW = 2021;

const start = (d: DataRow) => (d.start == null ? FROM : Number(d.start));
// An era "2007 to 2010" covers all of 2010, so the bar ends where 2011 begins.
const end = (d: DataRow) => (d.end == null ? NOW : Number(d.end) + 1);

/** Timeline bands, one row per era so that the overlap the report prints (2015 in two eras) stays visible. */
const spec: ChartSpec = {
  id: 'ai-chip-eras-2020',
  datasets: [DATASET],
  anchor: 'chips-compute',
  height: (width) => (width < 480 ? 330 : 300),
  text(data, lang) {
    const rows = [...data[DATASET]].sort((a, b) => Number(a.order) - Number(b.order));
    const last = rows.at(-1)!;
    const p = rows.map((d) => label(d, 'period', lang));
    const v = {
      n: rows.length,
      since: formatDate(String(last.start), lang),
      gpu: formatDate(String(rows[1].start), lang),
      p1: p[0],
      p2: p[1],
      p3: p[2],
      p4: p[3],
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('报告把 AI 芯片的发展分为{n}个阶段：{gpu}起 GPU 突破，{since}起定制化芯片兴起', v),
          subtitle: '报告划分的 AI 芯片发展阶段及各阶段的主导芯片，按年份',
          alt: fillTemplate(
            '报告认为 AI 芯片经历了{n}个阶段：{p1}以 CPU 为主；{p2} GPU 快速突破；{p3}“CPU+GPU”混合运算随云计算普及；{p4} FPGA、ASIC 等定制化 AI 芯片兴起，目前处于市场成熟前期。',
            v,
          ),
        }
      : {
          title: fillTemplate('The report sees {n} eras of AI chips: GPUs broke through from {gpu}, custom chips took off from {since}', v),
          subtitle: 'The report’s stages of AI chip development and the kind of chip that led each, by year',
          alt: fillTemplate(
            'The report describes {n} eras: mainly CPUs ({p1}); GPUs ({p2}); CPU + GPU hybrid computing as cloud computing spread ({p3}); and custom AI chips such as FPGAs and ASICs ({p4}).',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '报告写第三阶段为“2011年到2015年”、第四阶段为“2015年至今”，2015年同属两个阶段，图中照此画出重叠。第一阶段没有起点，“至今”指报告写作时的2020年。',
      en: 'The report gives the third era as “2011 to 2015” and the fourth as “2015 to date”, so 2015 belongs to both; the chart shows the overlap as printed. The first era has no start, and “to date” means 2020, when the report was written.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = [...data[DATASET]].sort((a, b) => Number(a.order) - Number(b.order));
    const narrow = width < 480;
    const right = (d: DataRow) => start(d) >= 2010;
    const name = (d: DataRow) => label(d, 'chip', lang);
    const period = (d: DataRow) => label(d, 'period', lang);
    const y = (d: DataRow) => String(d.order);
    const text = { y, dy: -19, fontSize: 12.5, lineHeight: 1.15, fill: 'var(--chart-text)', lineAnchor: 'bottom' } as const;
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginLeft: 14,
      marginRight: 12,
      marginTop: 40,
      marginBottom: 26,
      x: {
        domain: [FROM, NOW],
        label: null,
        tickFormat: (t: number) => (lang === 'zh' ? `${t}年` : String(t)),
        ticks: narrow ? [2005, 2010, 2015, 2020] : [2007, 2011, 2015, 2020],
        grid: true,
      },
      y: { domain: rows.map(y), axis: null, paddingInner: 0.62, paddingOuter: 0.25 },
      marks: [
        Plot.barX(rows, {
          x1: start,
          x2: end,
          y,
          // The report gives the first era no start: it is drawn as an open outline fading in from the
          // axis edge, not as a solid bar that would claim a start year.
          fill: (d: DataRow) => (d.start == null ? 'none' : d.end == null ? 'var(--chart-highlight)' : 'var(--chart-muted)'),
          stroke: (d: DataRow) => (d.start == null ? 'var(--chart-muted)' : 'none'),
          strokeDasharray: '4 3',
          strokeWidth: 1.5,
          rx: 2,
        }),
        Plot.text(
          rows.filter((d) => !right(d)),
          { ...text, x: start, text: (d: DataRow) => `${period(d)}\n${name(d)}`, textAnchor: 'start', dx: 2 },
        ),
        Plot.text(rows.filter(right), { ...text, x: end, text: (d: DataRow) => `${period(d)}\n${name(d)}`, textAnchor: 'end', dx: -2 }),
        interactive
          ? Plot.barX(rows, Plot.pointerY({ maxRadius: height, x1: start, x2: end, y, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 }))
          : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              rows,
              Plot.pointerY({
                maxRadius: height,
                x: (d: DataRow) => (start(d) + end(d)) / 2,
                y,
                lineWidth: tipLineWidth(width),
                title: (d: DataRow) => `${period(d)} · ${name(d)}\n${label(d, 'driver', lang)}\n“${d.quote}”`,
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
