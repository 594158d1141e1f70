import * as Plot from '@observablehq/plot';
import { formatQualified, formatValue, type Lang } from '../format/number.ts';
import type { Qualifier } from '../format/units.ts';
import type { DataRow } from '../data/read-dataset.ts';
import { wrapText } from './lib/wrap-text.ts';
import type { ChartData, ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';

const DATASET = 'china-innovation-2020';

interface Bar {
  key: string;
  label: string;
  share: number;
  text: string;
  origin: 'cn' | 'foreign';
  row: DataRow;
  ours: boolean;
}

const hedged = (d: DataRow, lang: Lang) => formatQualified(num(d, 'value'), d.unit as 'percent', lang, d.qualifier as Qualifier[] | undefined);

/** China's two world shares, and the US patent share they imply (less than half of China's). */
function bars(data: ChartData, lang: Lang): Bar[] {
  const rows = data[DATASET];
  const patents = findRow(rows, { measure: 'patent-applications-world-share' });
  const vsUs = findRow(rows, { measure: 'patent-applications-vs-usa' });
  const companies = findRow(rows, { measure: 'world-ai-company-share' });
  const us = num(patents, 'value') / num(vsUs, 'value');
  const zh = lang === 'zh';
  return [
    {
      key: 'cn-patents',
      label: zh ? '我国人工智能专利申请量占全球的比重' : 'China’s share of the world’s AI patent applications',
      share: num(patents, 'value'),
      text: hedged(patents, lang),
      origin: 'cn',
      row: patents,
      ours: false,
    },
    {
      key: 'us-patents',
      label: zh ? `美国的专利申请量占全球比重（本站推算：不到我国的一半）` : 'US share of AI patent applications (our arithmetic: under half of China’s)',
      share: us,
      text: zh ? `不到${formatValue(us, 'percent', lang)}` : `less than ${formatValue(us, 'percent', lang)}`,
      origin: 'foreign',
      row: vsUs,
      ours: true,
    },
    {
      key: 'cn-companies',
      label: label(companies, 'label', lang),
      share: num(companies, 'value'),
      text: hedged(companies, lang),
      origin: 'cn',
      row: companies,
      ours: false,
    },
  ];
}

/** Shares of the world on one 0–100% scale: China in the Chinese colour, the US in the foreign one. */
const spec: ChartSpec = {
  id: 'china-ai-world-share',
  datasets: [DATASET],
  anchor: 'technology-levels',
  height: (width) => (width < 480 ? 260 : 210),
  text(data, lang) {
    const [patents, us, companies] = bars(data, lang);
    const count = findRow(data[DATASET], { measure: 'patent-applications' });
    const v = {
      p: patents.text,
      us: us.text,
      c: companies.text,
      n: hedged(count, lang).replace(/个$/, ''),
      x: formatValue(num(findRow(data[DATASET], { measure: 'patent-applications-vs-usa' }), 'value'), 'times', lang),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('报告称我国人工智能专利申请量占全球{p}，企业数量占{c}', v),
          subtitle: '占全球的比重，%；报告未注明来源和统计期间',
          alt: fillTemplate('报告称我国人工智能专利申请总量达{n}件，占全球{p}，是美国的{x}以上，因此美国的占比{us}；我国人工智能企业数量占全球{c}。', v),
        }
      : {
          title: fillTemplate('China has {p} of the world’s AI patent applications and {c} of its AI companies, the report says', v),
          subtitle: 'Share of the world total, %; the report gives no source or period',
          alt: fillTemplate(
            'The report says China has filed {n} AI patent applications, {p} of the world total and more than {x} the US figure, which puts the US share at {us}; China also has {c} of the world’s AI companies.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '美国的比重由本站按报告“占全球总量的39%，是美国的两倍以上”推算（39% ÷ 2），报告本身没有给出。专利申请量不等于授权量，也不反映专利质量。',
      en: 'The US share is our arithmetic from the report’s “39% of the world total, more than twice the US” (39% ÷ 2); the report does not give it. Applications are not grants and say nothing about patent quality.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = bars(data, lang);
    const colour = (d: Bar) => (d.origin === 'cn' ? 'var(--chart-cn)' : 'var(--chart-foreign)');
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginTop: 28,
      marginLeft: 14,
      marginRight: 20,
      marginBottom: 26,
      x: { domain: [0, 100], ticks: [0, 25, 50, 75, 100], tickFormat: (d: number) => `${d}%`, label: null },
      y: { domain: rows.map((d) => d.key), axis: null, padding: 0.55 },
      marks: [
        Plot.barX(rows, { x: 100, y: 'key', fill: 'var(--chart-grid)', fillOpacity: 0.45 }),
        Plot.barX(rows, { x: 'share', y: 'key', fill: colour, fillOpacity: (d: Bar) => (d.ours ? 0.45 : 1) }),
        Plot.text(rows, { x: 'share', y: 'key', text: 'text', textAnchor: 'start', dx: 6, fontWeight: 700, fill: 'var(--chart-text)' }),
        Plot.text(rows, {
          x: 0,
          y: 'key',
          // Pre-wrapped by measure: Plot's lineWidth breaks only at spaces, so Chinese would run on.
          text: (d: { label: string }) => wrapText(d.label, width - 34, 12).join('\n'),
          textAnchor: 'start',
          lineAnchor: 'bottom',
          dy: -15,
          fill: 'var(--chart-text)',
        }),
        Plot.ruleX([0], { stroke: 'var(--chart-text)' }),
        interactive ? Plot.barX(rows, Plot.pointerY({ x: 'share', y: 'key', fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              rows,
              Plot.pointerY({ x: 'share', y: 'key', lineWidth: tipLineWidth(width), title: (d: Bar) => `${d.label}\n${d.text}\n“${d.row.quote}”` }),
            )
          : null,
      ],
    };
  },
};

export default spec;
