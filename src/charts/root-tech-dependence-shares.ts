import * as Plot from '@observablehq/plot';
import { formatQualified, formatTick, formatValue } from '../format/number.ts';
import type { DataRow } from '../data/read-dataset.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth, tipText } from './lib/tip.ts';
import { wrapText } from './lib/wrap-text.ts';

const DATASET = 'dependence-shares';
const LINE = 15;
const BAR = 20;
const GAP = 18;
const TOP = 8;

/** Label lines per row: two on a phone, one when there is room. */
const linesFor = (width: number) => (width < 480 ? 2 : 1);
const rowHeight = (width: number) => linesFor(width) * LINE + 6 + BAR + GAP;

/**
 * Four shares of four different wholes. Each gets its own 0–100% track so no
 * reader adds them up; foreign holders in the site's "foreign" colour.
 */
const spec: ChartSpec = {
  id: 'root-tech-dependence-shares',
  datasets: [DATASET],
  anchor: 'dependence',
  height: (width) => TOP + 4 * rowHeight(width) + 22,
  notes: [
    {
      zh: '四个比例各自对应不同的整体（芯片市场、口径不明的框架“份额”、行业数据、算力），不能相加，也不是同一总量的组成部分。原文都没有注明年份和来源。',
      en: 'Each share is of a different whole (a chip market, an undefined framework “share”, industry data, computing power): they do not add up and are not parts of one total. The text gives no year or source for any of them.',
    },
    {
      zh: '中国信通院《人工智能基础设施发展态势报告（2021年）》引 IDC 数据称，百度飞桨在我国深度学习平台市场的综合份额居首：口径不同，但与这里框架的比例难以吻合。',
      en: 'CAICT’s AI Infrastructure Development Report (2021), citing IDC, ranks Baidu’s PaddlePaddle first in China’s deep-learning platform market by combined share: a different measure, but hard to square with the framework figure here.',
    },
  ],
  text(data, lang) {
    const rows = data[DATASET];
    const q = (id: string) => {
      const row = findRow(rows, { id });
      return formatQualified(num(row, 'share'), 'percent', lang, row.qualifier);
    };
    const lowest = [...rows].sort((a, b) => num(a, 'share') - num(b, 'share'))[0];
    const v = {
      chips: q('nvidia-high-end-chips'),
      fw: q('tensorflow-pytorch-frameworks'),
      data: q('government-held-industry-data'),
      compute: q('compute-internet-public-security'),
      min: formatValue(num(lowest, 'share'), 'percent', lang),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('原文的四个比例都不低于{min}：芯片、框架靠国外，数据多在政府部门，算力集中于两个行业', v),
          subtitle: '该政策建议给出的四个比例，各占不同的整体，%；原文未注明年份',
          alt: fillTemplate(
            '英伟达的高端人工智能芯片占我国高价值市场{chips}的份额；TensorFlow 和 PyTorch 占我国{fw}的“份额”（口径未说明）；政府公共部门掌握{data}的行业数据资源；{compute}的人工智能算力集中在互联网和公安行业。',
            v,
          ),
        }
      : {
          title: fillTemplate(
            'All four shares the proposal gives are {min} or more: foreign chips and frameworks, data with government, computing in two sectors',
            v,
          ),
          subtitle: 'The four shares the proposal gives, each of a different whole, %; undated',
          alt: fillTemplate(
            'Nvidia’s high-end AI chips hold {chips} of China’s high-value market; TensorFlow and PyTorch hold {fw} “share” in China (of what is not stated); public bodies hold {data} of China’s industry data; {compute} of AI computing power is in the internet and public-security sectors.',
            v,
          ),
        };
  },
  plot(data, { width, height, lang, interactive }) {
    const rows = [...data[DATASET]].sort((a, b) => num(b, 'share') - num(a, 'share'));
    const inner = width - 30;
    const top = (i: number) => TOP + i * rowHeight(width);
    const barY1 = (i: number) => top(i) + linesFor(width) * LINE + 6;
    const laid = rows.map((d, i) => ({ ...d, y1: barY1(i), y2: barY1(i) + BAR, labelY: top(i) }));
    const colour = (d: DataRow) => (d.origin === 'foreign' ? 'var(--chart-foreign)' : 'var(--chart-accent)');
    const value = (d: DataRow) => formatQualified(num(d, 'share'), 'percent', lang, d.qualifier);
    const text = (d: DataRow) =>
      wrapText(label(d, 'label', lang), inner, 12)
        .slice(0, linesFor(width))
        .join('\n');
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginLeft: 10,
      marginRight: 20,
      marginTop: 0,
      marginBottom: 22,
      x: { domain: [0, 100], tickFormat: formatTick('percent', lang), ticks: [0, 25, 50, 75, 100], label: null },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.rect(laid, { x1: 0, x2: 100, y1: 'y1', y2: 'y2', fill: 'var(--chart-grid)', fillOpacity: 0.6 }),
        Plot.rect(laid, { x1: 0, x2: 'share', y1: 'y1', y2: 'y2', fill: colour }),
        Plot.text(laid, { x: 0, y: 'labelY', text, textAnchor: 'start', lineAnchor: 'top', lineHeight: LINE / 12, fill: 'var(--chart-text)' }),
        Plot.text(laid, { x: 'share', y: (d) => d.y1 + BAR / 2, text: value, textAnchor: 'end', dx: -6, fill: 'var(--bg)', fontWeight: 600 }),
        interactive
          ? Plot.rect(laid, Plot.pointerY({ x1: 0, x2: 'share', y1: 'y1', y2: 'y2', fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 }))
          : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              laid,
              Plot.pointerY({
                x: 'share',
                y: (d) => d.y1 + BAR / 2,
                lineWidth: tipLineWidth(width),
                title: (d) => tipText([label(d, 'holder', lang), `${value(d)} · ${label(d, 'whole', lang)}`, `“${d.quote}”`], { width, height, lang }),
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
