import * as Plot from '@observablehq/plot';
import type { Lang } from '../format/number.ts';
import type { DataRow } from '../data/read-dataset.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';
import { wrapText } from './lib/wrap-text.ts';

const DATASET = 'technology-levels';
const TOP = 8;
const BOTTOM = 8;

const strong = (d: DataRow) => d.china !== 'lacks-leadership';
const china = (d: DataRow, lang: Lang) => `${lang === 'zh' ? '中国：' : 'China: '}${label(d, 'china', lang)}`;

/** The report's four levels as stacked bands, hardest at the top, with China's position on each. */
const spec: ChartSpec = {
  id: 'technology-levels-china',
  datasets: [DATASET],
  anchor: 'technology-levels',
  height: (width) => (width < 480 ? 480 : 400),
  text(data, lang) {
    const rows = data[DATASET];
    const name = (level: string) => label(findRow(rows, { level }), 'name', lang);
    const lower = (t: string) => (lang === 'en' ? t.toLowerCase() : t);
    const v = {
      d: lower(name('disruptive')),
      s: lower(name('step-change')),
      i: lower(name('innovative-optimisation')),
      e: lower(name('engineering-implementation')),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('报告判断：我国强在“{i}”和“{e}”，在“{d}”和“{s}”技术上缺乏引领', v),
          subtitle: '报告按创新程度和突破难度把人工智能技术分为四级（从上到下由高到低），及其对我国位置的判断（图6）',
          alt: fillTemplate(
            '报告把人工智能技术按创新程度和突破难度由高到低分为{d}、{s}、{i}、{e}四级。它认为我国在{e}上全球领先、在{i}上有一定优势，但在{d}和{s}技术上缺乏引领能力。',
            v,
          ),
        }
      : {
          title: 'China is strong at engineering and refining AI but does not lead its breakthroughs, the report judges',
          subtitle:
            'The report’s four levels of AI technology, by degree of innovation and difficulty of breakthrough (highest at the top), and where it places China (Figure 6)',
          alt: fillTemplate(
            'The report ranks AI technology into four levels by innovation and difficulty: {d}, {s}, {i} and {e}. It judges China world-leading at {e} and with some advantage at {i}, but lacking leadership in {d} and {s} technology.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '分级和对我国位置的判断都是报告作者的观点，不是测量结果。报告的图6是图片，这里依据正文重绘。',
      en: 'The levels and China’s placement are the authors’ judgment, not a measurement. The report’s Figure 6 is an image; this is redrawn from its text.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = [...data[DATASET]].sort((a, b) => Number(a.order) - Number(b.order));
    const status = (d: DataRow) => wrapText(china(d, lang), width - 30, 12, true);
    const examples = (d: DataRow) => wrapText(label(d, 'examples', lang), width - 30, 12);
    // Each band holds its name, status and examples (measured lines): the chart grows when they wrap.
    const need = Math.max(...rows.map((d) => 10 + 22 + 4 + status(d).length * 16 + examples(d).length * 15.6 + 10));
    const band = Math.max((height - TOP - BOTTOM) / rows.length, need / 0.92);
    const y = 'level';
    const textTop = -band / 2 + 10;
    return {
      width,
      height: Math.ceil(TOP + BOTTOM + band * rows.length),
      style: { fontSize: '12px' },
      marginTop: TOP,
      marginBottom: BOTTOM,
      marginLeft: 0,
      marginRight: 0,
      x: { domain: [0, 1], axis: null },
      y: { domain: rows.map((d) => String(d.level)), axis: null, paddingInner: 0.08, paddingOuter: 0 },
      marks: [
        Plot.barX(rows, { x1: 0, x2: 1, y, fill: (d: DataRow) => (strong(d) ? 'var(--chart-cn)' : 'var(--chart-muted)'), fillOpacity: 0.1 }),
        Plot.barX(rows, { x1: 0, x2: 0.012, y, fill: (d: DataRow) => (strong(d) ? 'var(--chart-cn)' : 'var(--chart-muted)') }),
        Plot.text(rows, {
          x: 0,
          y,
          dx: 14,
          dy: textTop,
          text: (d: DataRow) => `${d.order} ${label(d, 'name', lang)}`,
          textAnchor: 'start',
          lineAnchor: 'top',
          fontSize: 15,
          fontWeight: 700,
          fill: 'var(--chart-text)',
        }),
        ...rows.flatMap((d) => {
          const lines = status(d);
          const colour = strong(d) ? 'var(--chart-cn)' : 'var(--chart-muted)';

          const at = { x: 0, y, dx: 14, textAnchor: 'start', lineAnchor: 'top', lineHeight: 1.3 } as const;
          return [
            Plot.text([d], { ...at, dy: textTop + 22, text: () => lines.join('\n'), fontWeight: 700, fill: colour }),
            Plot.text([d], { ...at, dy: textTop + 26 + lines.length * 16, text: () => examples(d).join('\n'), fill: 'var(--chart-text)' }),
          ];
        }),
        interactive ? Plot.barX(rows, Plot.pointerY({ x1: 0, x2: 1, y, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              rows,
              Plot.pointerY({ x: 0.5, y, lineWidth: tipLineWidth(width), title: (d: DataRow) => `${label(d, 'name', lang)}\n${china(d, lang)}\n“${d.quote}”` }),
            )
          : null,
      ],
    };
  },
};

export default spec;
