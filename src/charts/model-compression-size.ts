import * as Plot from '@observablehq/plot';
import { formatValue, type Lang } from '../format/number.ts';
import type { DataRow } from '../data/read-dataset.ts';
import type { ChartData, ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';
import { wrapText } from './lib/wrap-text.ts';

const DATASET = 'model-compression';

interface Model {
  name: string;
  base: string;
  share: number;
  row: DataRow;
  extra: string;
}

/** Size after compression as a share of the original: Bort is printed as a share, Lite Transformer as a reduction. */
function models(data: ChartData, lang: Lang): Model[] {
  const rows = data[DATASET];
  const bort = findRow(rows, { model: 'bort', measure: 'size-share-of-base' });
  const speed = findRow(rows, { model: 'bort', measure: 'inference-speedup' });
  const lite = findRow(rows, { model: 'lite-transformer', measure: 'size-reduction' });
  const by = (d: DataRow) => `${label(d, 'organisation', lang)} · ${label(d, 'technique', lang)}`;
  const faster =
    lang === 'zh' ? `推理速度提升${formatValue(num(speed, 'value'), 'times', lang)}` : `inference ${formatValue(num(speed, 'value'), 'times', lang)} faster`;
  return [
    { name: String(bort.name), base: String(bort.base_model), share: num(bort, 'value'), row: bort, extra: `${by(bort)}; ${faster}` },
    { name: String(lite.name), base: String(lite.base_model), share: 100 - num(lite, 'value'), row: lite, extra: by(lite) },
  ];
}

/** Each compressed model over a ghost bar of the model it came from (= 100%). */
const spec: ChartSpec = {
  id: 'model-compression-size',
  datasets: [DATASET],
  anchor: 'model-compression',
  height: (width) => (width < 480 ? 250 : 200),
  text(data, lang) {
    const [bort, lite] = models(data, lang);
    const v = {
      bort: formatValue(bort.share, 'percent', lang),
      lite: formatValue(lite.share, 'percent', lang),
      speed: formatValue(num(findRow(data[DATASET], { model: 'bort', measure: 'inference-speedup' }), 'value'), 'times', lang),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('压缩后的模型只有原模型的{lite}到{bort}大小', v),
          subtitle: '压缩后模型大小占原模型的比例，%（原模型＝100%）',
          alt: fillTemplate(
            '亚马逊的 Bort 只有 BERT-Large 的{bort}大小，推理速度提升{speed}；麻省理工学院与上海交大的 Lite Transformer 把 Transformer 压缩到约{lite}。',
            v,
          ),
        }
      : {
          title: fillTemplate('Compressed models kept only {lite} to {bort} of the original’s size', v),
          subtitle: 'Size of the compressed model as a share of the original, % (original = 100%)',
          alt: fillTemplate(
            'Amazon’s Bort is {bort} the size of BERT-Large and runs inference {speed} faster; MIT and Shanghai Jiao Tong University’s Lite Transformer shrinks a Transformer to about {lite}.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: 'Lite Transformer 的比例由报告的“压缩 95%”换算（100% − 95%）。两组数字的原模型不同（BERT-Large 与 Transformer），不能相互比较大小。',
      en: 'Lite Transformer’s share is derived from the report’s “compressed by 95%” (100% − 95%). The two originals differ (BERT-Large and a Transformer), so the bars are not sizes on one scale.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = models(data, lang);
    const narrow = width < 480;
    const y = 'name';
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginTop: 28,
      marginLeft: narrow ? 14 : 120,
      marginRight: 20,
      marginBottom: 28,
      x: { domain: [0, 100], ticks: [0, 25, 50, 75, 100], tickFormat: (d: number) => `${d}%`, label: null },
      y: { domain: rows.map((d) => d.name), axis: narrow ? null : 'left', label: null, tickSize: 0, padding: 0.6 },
      marks: [
        Plot.barX(rows, { x: 100, y, fill: 'var(--chart-grid)', fillOpacity: 0.4 }),
        Plot.text(rows, { x: 100, y, text: (d: Model) => `${d.base} = 100%`, textAnchor: 'end', dx: -6, fill: 'var(--chart-muted)' }),
        Plot.barX(rows, { x: 'share', y, fill: 'var(--chart-foreign)' }),
        Plot.text(rows, {
          x: 'share',
          y,
          text: (d: Model) => formatValue(d.share, 'percent', lang),
          textAnchor: 'start',
          dx: 6,
          fontWeight: 700,
          fill: 'var(--chart-text)',
        }),
        Plot.text(rows, {
          x: 0,
          y,
          // Wrapped by measure to the row's width (Plot's lineWidth guesses glyph widths).
          text: (d: Model) => wrapText(narrow ? `${d.name} · ${d.extra}` : d.extra, width - (narrow ? 14 : 120) - 24, 12).join('\n'),
          frameAnchor: 'left',
          textAnchor: 'start',
          lineAnchor: 'bottom',
          lineHeight: 14 / 12,
          dy: -16,
          fill: 'var(--chart-muted)',
        }),
        interactive ? Plot.barX(rows, Plot.pointerY({ x: 'share', y, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              rows,
              Plot.pointerY({
                x: 'share',
                y,
                lineWidth: tipLineWidth(width),
                title: (d: Model) => `${d.name} · ${formatValue(d.share, 'percent', lang)}\n${d.extra}\n“${d.row.quote}”`,
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
