import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import { formatDate, formatTick, formatValue, type Lang } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { monthDate, qualified } from './lib/qualified.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';

const DATASET = 'large-models-2021';

/** Where each name sits next to its dot, so that no two labels collide at phone width. */
const PLACE: Record<string, { side: 'left' | 'right'; dy: number }> = {
  'gpt-3': { side: 'right', dy: 0 },
  'switch-transformer': { side: 'left', dy: 0 },
  'pangu-nlp': { side: 'left', dy: 0 },
  'pangu-cv': { side: 'right', dy: 0 },
  'wudao-2': { side: 'right', dy: 10 },
  'yuan-1': { side: 'left', dy: 4 },
  'mt-nlg': { side: 'left', dy: -6 },
  m6: { side: 'left', dy: 0 },
  wenxin: { side: 'right', dy: 8 },
};

/** The short name on the chart: 文心（鹏城-百度·文心） → 文心, "ERNIE (Wenxin), PCL-Baidu" → ERNIE. */
const name = (d: DataRow, lang: Lang) =>
  label(d, 'name', lang)
    .split(/ \(|（|,/)[0]
    .replace(/ 大模型$| model$/, '');

/** Parameters on a log axis against release month: a scatter, Chinese and foreign models in the site's two origin colours. */
const spec: ChartSpec = {
  id: 'large-models-parameters-2021',
  datasets: [DATASET],
  anchor: 'large-models',
  height: (width) => (width < 480 ? 360 : 380),
  text(data, lang) {
    const rows = data[DATASET];
    const p = (model: string) => formatValue(num(findRow(rows, { model }), 'parameters'), 'parameters', lang);
    const v = { gpt: p('gpt-3'), m6: p('m6'), wudao: p('wudao-2'), n: rows.filter((d) => d.origin === 'cn').length };
    return lang === 'zh'
      ? {
          title: fillTemplate('2020—2021年，报告列出的大模型从 GPT-3 的{gpt}涨到 M6 的{m6}', v),
          subtitle: '2020—2021年发布的超大规模预训练模型的参数量（对数刻度），按发布月份；红色为中国模型，蓝色为外国模型',
          alt: fillTemplate(
            '报告表5列出的大模型参数量从2020年6月 GPT-3 的{gpt}，增至2021年6月悟道2.0的{wudao}和2021年11月阿里 M6 的{m6}。图中{n}个中国模型里有几个参数量超过同期外国模型。',
            v,
          ),
        }
      : {
          title: fillTemplate('In 2020–2021 the models in the report grew from GPT-3’s {gpt} to M6’s {m6}', v),
          subtitle: 'Parameters of very large pre-trained models released in 2020–2021 (log scale), by release month; red: Chinese, blue: foreign',
          alt: fillTemplate(
            'The models in the report’s table 5 grew from {gpt} (GPT-3, June 2020) to {wudao} (WuDao 2.0, June 2021) and {m6} (Alibaba’s M6, November 2021). Several of the {n} Chinese models are larger than the foreign ones of the same period.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '盘古 CV 不在表5中，取自正文。盘古 NLP 的“千亿参数”是量级，按1000亿画出。“全球最大”等说法是报告照录的，没有给出依据，几个模型各按不同口径称“最大”；参数多少也不代表能力高低（这是我们的提醒）。',
      en: 'PanGu CV is not in table 5; it comes from the text. PanGu NLP’s “hundred-billion parameters” is an order of magnitude, drawn at 100 billion. The report repeats “world’s largest” claims without evidence, several models being “largest” on different terms; and more parameters do not mean a better model (our caution).',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = data[DATASET];
    const narrow = width < 480;
    const x = (d: DataRow) => monthDate(String(d.release));
    const tip = (d: DataRow) =>
      `${name(d, lang)} · ${label(d, 'org', lang)}\n${formatDate(String(d.release), lang)} · ${qualified(d, 'parameters', 'parameters', lang)}${d[`claim_${lang}`] ? `\n${lang === 'zh' ? '报告称：' : 'Report: '}${label(d, 'claim', lang)}` : ''}`;
    // One text mark per model: dx and dy are constants in Plot, and each label has its own nudge.
    const labels = rows.map((row) => {
      const place = PLACE[String(row.model)];
      return Plot.text([row], {
        x,
        y: 'parameters',
        text: (d: DataRow) => name(d, lang),
        dx: place.side === 'right' ? 9 : -9,
        dy: place.dy,
        textAnchor: place.side === 'right' ? 'start' : 'end',
        fill: row.origin === 'cn' ? 'var(--chart-cn)' : 'var(--chart-foreign)',
        fontWeight: 600,
      });
    });
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginLeft: lang === 'en' ? 72 : 52,
      marginRight: narrow ? 34 : 40,
      marginTop: 16,
      marginBottom: 30,
      x: {
        type: 'utc',
        domain: [monthDate('2020-03'), monthDate('2022-02')],
        label: null,
        ticks: narrow ? 3 : 5,
        tickFormat: (t: Date) => formatDate(`${t.getUTCFullYear()}-${String(t.getUTCMonth() + 1).padStart(2, '0')}`, lang),
      },
      y: { type: 'log', domain: [1e9, 3e13], label: null, ticks: [1e9, 1e10, 1e11, 1e12, 1e13], tickFormat: formatTick('parameters', lang), grid: true },
      marks: [
        Plot.dot(rows, {
          x,
          y: 'parameters',
          r: 6,
          fill: (d: DataRow) => (d.origin === 'cn' ? 'var(--chart-cn)' : 'var(--chart-foreign)'),
        }),
        ...labels,
        interactive ? Plot.dot(rows, Plot.pointer({ x, y: 'parameters', r: 10, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              rows,
              Plot.pointer({ x, y: 'parameters', lineWidth: tipLineWidth(width), title: (d: DataRow) => `${tip(d)}\n“${d.quote}”` }),
            )
          : null,
      ],
    };
  },
};

export default spec;
