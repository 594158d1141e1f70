import * as Plot from '@observablehq/plot';
import { scaleLog } from 'd3';
import { formatNumber, formatQualified, formatTick, formatValue, type Lang } from '../format/number.ts';
import type { DataRow } from '../data/read-dataset.ts';
import type { ChartData, ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth, tipText } from './lib/tip.ts';
import { wrapText } from './lib/wrap-text.ts';

const DATASET = 'data-gap-imagenet';
const SIDES = ['industrial-inspection', 'internet'] as const;

/** The two datasets with the accuracy each use needs, joined by side. */
function points(data: ChartData) {
  const rows = data[DATASET];
  return SIDES.map((side) => ({
    ...findRow(rows, { side, metric: 'images' }),
    required: num(findRow(rows, { side, metric: 'required-accuracy' }), 'value'),
  }));
}

/** ImageNet's size over the inspection dataset's: our calculation, kept as its own data row (约1.4万倍 / about 14,000×). */
function ratioText(data: ChartData, lang: Lang): string {
  return formatNumber(num(findRow(data[DATASET], { side: 'comparison', metric: 'ratio' }), 'value'), lang);
}

/** An image count to three significant digits; "about" is added when the rounding drops digits. */
const count = (d: DataRow, lang: Lang) => {
  const value = num(d, 'value');
  const shown = Number(value.toPrecision(3));
  const hedges = shown === value || d.qualifier.includes('approx') ? d.qualifier : [...d.qualifier, 'approx' as const];
  return formatQualified(shown, 'images', lang, hedges);
};
/** The accuracy the row's use requires, joined in by points(). */
const accuracy = (d: DataRow, lang: Lang) => formatValue(num(d, 'required'), 'percent', lang);

/** A number line on a log scale: the gap between the two dots is the ratio. */
const spec: ChartSpec = {
  id: 'imagenet-industrial-data-gap',
  datasets: [DATASET],
  anchor: 'data-gap',
  height: () => 190,
  notes: [
    {
      zh: '倍数是本站按原文两个数字算出的，取两位有效数字；工业质检数据集“通常”的规模是概括说法，两个准确率要求原文都没有注明来源。',
      en: 'The ratio is our calculation from the text’s two figures, to two significant digits. The size of an inspection dataset is what is “usual”, a generalisation, and neither accuracy requirement is sourced.',
    },
    {
      zh: 'ImageNet 的数字是全库图片数；训练模型时常用的是其中小得多的子集，按子集算倍数会小得多（这一点是本站补充的，原文没有提到）。',
      en: 'The ImageNet figure is the whole database; models are usually trained on a much smaller subset of it, which would make the ratio much smaller (our addition, not in the text).',
    },
  ],
  text(data, lang) {
    const [inspection, imagenet] = points(data);
    const v = {
      ratio: ratioText(data, lang),
      big: count(imagenet, lang),
      small: count(inspection, lang),
      acc: accuracy(inspection, lang),
      web: accuracy(imagenet, lang),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('ImageNet 的图片数约为工业质检数据集的{ratio}倍，而质检要求{acc}的准确率', v),
          subtitle: '数据集图片数（对数刻度）及各自应用要求的准确率，原文数字',
          alt: fillTemplate(
            '互联网图片识别常用的 ImageNet 有{big}，典型工业质检数据集只有{small}，相差约{ratio}倍；工业质检要求{acc}的准确率，互联网应用一般为{web}。',
            v,
          ),
        }
      : {
          title: fillTemplate('ImageNet has about {ratio} times the images of an inspection dataset, which must be {acc} accurate', v),
          subtitle: 'Images in each dataset (log scale) and the accuracy each use requires, as the text gives them',
          alt: fillTemplate(
            'ImageNet, common in internet image recognition, has {big}, about {ratio} times as many as a typical industrial-inspection dataset ({small}). Inspection needs {acc} accuracy; internet uses usually {web}.',
            v,
          ),
        };
  },
  plot(data, { width, height, lang, interactive }) {
    const pts = points(data);
    const narrow = width < 480;
    const lineY = 92;
    const name = (d: DataRow) => `${label(d, 'dataset', lang)}\n${count(d, lang)}`;
    const need = (d: DataRow) => (lang === 'zh' ? `要求准确率 ${accuracy(d, lang)}` : `needs ${accuracy(d, lang)} accuracy`);
    const [inspection, imagenet] = pts;
    const mid = Math.sqrt(num(inspection, 'value') * num(imagenet, 'value'));
    // Each label wrapped (measured) to the room on its side of its dot.
    const at = scaleLog([100, 1e8], [16, width - (narrow ? 40 : 36)]);
    const fit = (text: string, room: number, bold = false) =>
      text
        .split('\n')
        .flatMap((l) => wrapText(l, room, 12, bold))
        .join('\n');
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginLeft: 16,
      marginRight: narrow ? 40 : 36,
      marginBottom: 26,
      x: {
        type: 'log',
        domain: [100, 1e8],
        ticks: narrow ? [1e2, 1e4, 1e6, 1e8] : [1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8],
        tickFormat: formatTick('images', lang),
        label: null,
      },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.gridX({ ticks: narrow ? [1e2, 1e4, 1e6, 1e8] : [1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8], stroke: 'var(--chart-grid)', strokeOpacity: 1 }),
        Plot.ruleY([lineY], { x1: num(inspection, 'value'), x2: num(imagenet, 'value'), stroke: 'var(--chart-highlight)', strokeWidth: 3 }),
        Plot.dot(pts, { x: 'value', y: lineY, r: 7, fill: (d) => (d.side === 'internet' ? 'var(--chart-muted)' : 'var(--chart-highlight)') }),
        Plot.text([imagenet], {
          x: 'value',
          y: lineY - 26,
          text: (d) => fit(`${name(d)}\n${need(d)}`, at(num(d, 'value')) - 4),
          textAnchor: 'end',
          lineAnchor: 'bottom',
          lineHeight: 1.25,
          fill: 'var(--chart-text)',
        }),
        Plot.text([inspection], {
          x: 'value',
          y: lineY + 14,
          text: (d) => fit(`${name(d)}\n${need(d)}`, width - at(num(d, 'value')) + 8 - 4, true),
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: 1.25,
          dx: -8,
          fill: 'var(--chart-text)',
          fontWeight: 600,
        }),
        Plot.text([mid], {
          x: (d) => d,
          y: lineY,
          text: () => (lang === 'zh' ? `约${ratioText(data, lang)}倍` : `≈${ratioText(data, lang)}×`),
          fill: 'var(--chart-highlight)',
          stroke: 'var(--bg)',
          strokeWidth: 5,
          fontWeight: 700,
          fontSize: 13,
          dy: -10,
        }),
        interactive ? Plot.dot(pts, Plot.pointerX({ x: 'value', y: lineY, r: 11, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              pts,
              Plot.pointerX({
                x: 'value',
                y: lineY,
                lineWidth: tipLineWidth(width),
                title: (d) =>
                  tipText(
                    [
                      `${label(d, 'side', lang)} · ${label(d, 'dataset', lang)}`,
                      formatQualified(num(d, 'value'), 'images', lang, d.qualifier),
                      need(d),
                      `“${d.quote}”`,
                    ],
                    { width, height, lang },
                  ),
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
