import * as Plot from '@observablehq/plot';
import { formatNumber, formatQualified, formatTick, formatValue, type Lang } from '../format/number.ts';
import type { ChartData, ChartSpec } from './lib/types.ts';
import { wrapText } from './lib/wrap-text.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth, tipText } from './lib/tip.ts';

const DATASET = 'ai2000-talent';
const BAR = 22;

interface Bar {
  country: 'usa' | 'chn';
  value: number;
  implied: boolean;
  quote: string;
  label: string;
  valueText: string;
}

/** China's count as printed; the US count implied by "about 1/6" (our arithmetic, its own data row, drawn as an outline). */
function bars(data: ChartData, lang: Lang): { bars: Bar[]; total: number } {
  const rows = data[DATASET];
  const count = findRow(rows, { measure: 'count' });
  const share = findRow(rows, { measure: 'share' });
  const usa = findRow(rows, { measure: 'usa-implied-count' });
  const rank = findRow(rows, { measure: 'rank' });
  const zh = lang === 'zh';
  return {
    total: Math.round(num(count, 'value') / (num(share, 'value') / 100)),
    bars: [
      {
        country: 'usa',
        value: num(usa, 'value'),
        implied: true,
        quote: usa.quote,
        label: zh ? '美国（本站按原文比例推算）' : 'United States (our estimate from the text’s ratio)',
        valueText: formatQualified(num(usa, 'value'), 'people', lang, usa.qualifier),
      },
      {
        country: 'chn',
        value: num(count, 'value'),
        implied: false,
        quote: count.quote,
        label: zh ? `中国（全球${formatValue(num(rank, 'value'), 'rank', lang)}）` : `China (${formatValue(num(rank, 'value'), 'rank', lang)} in the world)`,
        valueText: zh
          ? `${formatValue(num(count, 'value'), 'people', lang)} · 占${formatValue(num(share, 'value'), 'percent', lang)}`
          : `${formatValue(num(count, 'value'), 'people', lang)} · ${formatValue(num(share, 'value'), 'percent', lang)} of the list`,
      },
    ],
  };
}

/** Two bars on the list's full length, so count, share and the US gap read at once. */
const spec: ChartSpec = {
  id: 'ai2000-china-scholars',
  datasets: [DATASET],
  anchor: 'talent',
  height: () => 150,
  notes: [
    {
      zh: '美国的柱子是本站推算的：原文只说我国“约为美国高层次学者数量的1/6”，没有给出美国人数，所以用我国人数乘以6，并以虚线表示。',
      en: 'The US bar is our arithmetic: the text says only that China has “about 1/6” of the US number of high-level scholars, so we multiply China’s count by six and draw the result as an outline.',
    },
    {
      zh: '原文没有说明用的是哪一年的榜单，数字照录原文，未与榜单本身核对。',
      en: 'The text does not say which year’s list it uses; the figures are as printed and have not been checked against the list itself.',
    },
  ],
  text(data, lang) {
    const rows = data[DATASET];
    const v = {
      count: formatValue(num(findRow(rows, { measure: 'count' }), 'value'), 'people', lang),
      rank: formatValue(num(findRow(rows, { measure: 'rank' }), 'value'), 'rank', lang),
      share: formatValue(num(findRow(rows, { measure: 'share' }), 'value'), 'percent', lang),
      ratio: String(findRow(rows, { measure: 'ratio-to-usa' }).printed),
      n: formatNumber(num(findRow(rows, { measure: 'count' }), 'value'), lang),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('我国入选 AI2000 榜单{count}，居全球{rank}，但只占{share}，约为美国的{ratio}', v),
          subtitle: '清华大学 AMiner“AI2000人工智能全球最具影响力学者榜单”入选人数，原文未注明榜单年份',
          alt: fillTemplate('据该政策建议，我国入选 AI2000 榜单的学者有{count}，排名全球{rank}，占全部入选者的{share}，约为美国的{ratio}。', v),
        }
      : {
          title: fillTemplate('China had {n} scholars on the AI2000 list: {rank} in the world, yet only {share}, about {ratio} of the US', v),
          subtitle: 'Scholars on Tsinghua University’s AMiner “AI2000” list of the most influential AI researchers; list year not stated',
          alt: fillTemplate(
            'According to the proposal, {n} Chinese scholars made the AI2000 list, ranking China {rank} worldwide with {share} of the list and about {ratio} as many as the US.',
            v,
          ),
        };
  },
  plot(data, { width, height, lang, interactive }) {
    const { bars: laid, total } = bars(data, lang);
    // Each bar's label above it, wrapped (measured) to the width; the rows make room for its lines.
    const lines = laid.map((d) => wrapText(d.label, width - 20, 12, true));
    const head = 12 + Math.max(...lines.map((l) => l.length)) * 14;
    const rows = laid.map((d, i) => ({ ...d, label: lines[i].join('\n'), y1: head + i * (head + BAR + 8), y2: head + i * (head + BAR + 8) + BAR }));
    const colour = (d: Bar) => (d.country === 'chn' ? 'var(--chart-cn)' : 'var(--chart-foreign)');
    const step = total / 4;
    return {
      width,
      height: Math.max(height, rows.at(-1)!.y2 + 30),
      style: { fontSize: '12px' },
      marginLeft: 10,
      marginRight: 24,
      marginTop: 0,
      marginBottom: 22,
      x: { domain: [0, total], ticks: [0, step, 2 * step, 3 * step, total], tickFormat: formatTick('people', lang), label: null },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.rect(rows, { x1: 0, x2: total, y1: 'y1', y2: 'y2', fill: 'var(--chart-grid)', fillOpacity: 0.6 }),
        // The printed count solid; the US count we derive from "1/6" as a dashed outline.
        Plot.rect(
          rows.filter((d) => !d.implied),
          { x1: 0, x2: 'value', y1: 'y1', y2: 'y2', fill: colour },
        ),
        Plot.rect(
          rows.filter((d) => d.implied),
          { x1: 0, x2: 'value', y1: 'y1', y2: 'y2', fill: colour, fillOpacity: 0.25, stroke: colour, strokeDasharray: '4,3', strokeWidth: 1.5 },
        ),
        Plot.text(rows, {
          x: 0,
          y: (d) => d.y1 - 5,
          text: 'label',
          textAnchor: 'start',
          lineAnchor: 'bottom',
          lineHeight: 14 / 12,
          fill: 'var(--chart-text)',
          fontWeight: 600,
        }),
        Plot.text(rows, { x: 'value', y: (d) => d.y1 + BAR / 2, text: 'valueText', textAnchor: 'start', dx: 6, fill: 'var(--chart-text)' }),
        interactive
          ? Plot.rect(rows, Plot.pointerY({ x1: 0, x2: 'value', y1: 'y1', y2: 'y2', fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 }))
          : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              rows,
              Plot.pointerY({
                x: 'value',
                y: (d) => d.y1 + BAR / 2,
                lineWidth: tipLineWidth(width),
                title: (d) => tipText([d.label, d.valueText, `“${d.quote}”`], { width, height, lang }),
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
