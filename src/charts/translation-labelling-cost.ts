import * as Plot from '@observablehq/plot';
import { formatQualified, formatTick, type Lang } from '../format/number.ts';
import type { Qualifier } from '../format/units.ts';
import type { DataRow } from '../data/read-dataset.ts';
import type { ChartData, ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';
import { wrapText } from './lib/wrap-text.ts';
import { textWidth } from './lib/text-width.ts';

const DATASET = 'translation-labelling-cost';

interface Step {
  key: string;
  kind: 'cost' | 'factor';
  value: number;
  text: string;
  name: string;
  row?: DataRow;
  ours?: boolean;
}

const step = (rows: DataRow[], s: string) => findRow(rows, { step: s });
const hedged = (d: DataRow, lang: Lang) => formatQualified(num(d, 'value'), d.unit as 'USD', lang, d.qualifier as Qualifier[] | undefined);

/** The report's chain of multiplications, one row per cost and one per multiplier between them; our steps are marked. */
function steps(data: ChartData, lang: Lang): Step[] {
  const rows = data[DATASET];
  const price = step(rows, 'price-per-word');
  const words = step(rows, 'words-per-sentence');
  const sentence = step(rows, 'price-per-sentence');
  const sentences = step(rows, 'sentences');
  const product = step(rows, 'inputs-product');
  const one = step(rows, 'cost-one-language-pair');
  const pairs = step(rows, 'language-pairs');
  const ourAll = step(rows, 'cost-all-pairs');
  const all = step(rows, 'cost-all-languages');
  const zh = lang === 'zh';
  const times = (d: DataRow) => `× ${label(d, 'label', lang)}${zh ? '：' : ': '}${hedged(d, lang)}`;
  const oneName = zh
    ? `${label(one, 'label', lang)}；输入相乘为${hedged(product, lang)}（本站计算）`
    : `10 million sentences (the inputs multiply to ${hedged(product, lang)})`;
  const allName = zh
    ? `${label(all, 'label', lang)}；按${hedged(pairs, lang)}对语言推算为${hedged(ourAll, lang)}（本站）`
    : `A hundred-plus languages (our estimate for ${hedged(pairs, lang)} pairs: ${hedged(ourAll, lang)})`;
  return [
    { key: 'price', kind: 'cost', value: num(price, 'value'), text: hedged(price, lang), name: label(price, 'label', lang), row: price },
    { key: 'x-words', kind: 'factor', value: 0, text: times(words), name: '', row: words },
    {
      key: 'sentence',
      kind: 'cost',
      value: num(sentence, 'value'),
      text: hedged(sentence, lang),
      name: label(sentence, 'label', lang),
      row: sentence,
      ours: true,
    },
    { key: 'x-sentences', kind: 'factor', value: 0, text: times(sentences), name: '', row: sentences },
    { key: 'one', kind: 'cost', value: num(one, 'value'), text: hedged(one, lang), name: oneName, row: one },
    { key: 'x-pairs', kind: 'factor', value: 0, text: times(pairs), name: '', row: pairs, ours: true },
    { key: 'all', kind: 'cost', value: num(all, 'value'), text: hedged(all, lang), name: allName, row: all },
  ];
}

/** A staircase on a log scale: each multiplication moves the cost several orders of magnitude right. */
const spec: ChartSpec = {
  id: 'translation-labelling-cost',
  datasets: [DATASET],
  anchor: 'learning-paradigms',
  height: (width) => (width < 480 ? 460 : 360),
  text(data, lang) {
    const rows = data[DATASET];
    const v = {
      price: hedged(step(rows, 'price-per-word'), lang),
      one: hedged(step(rows, 'cost-one-language-pair'), lang),
      all: hedged(step(rows, 'cost-all-languages'), lang),
      product: hedged(step(rows, 'inputs-product'), lang),
      ours: hedged(step(rows, 'cost-all-pairs'), lang),
      pairs: hedged(step(rows, 'language-pairs'), lang),
      words: hedged(step(rows, 'words-per-sentence'), lang),
      sentences: hedged(step(rows, 'sentences'), lang),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('从每个单词{price}到{all}：报告估算的人工标注翻译训练数据的成本', v),
          subtitle: '报告的计算步骤，灰色为本站补算的步骤；美元，对数刻度',
          alt: fillTemplate(
            '报告以机器翻译为例：人工翻译每个单词{price}，每句{words}个单词，{sentences}个句子的标注成本{one}（这些数字相乘为{product}）；若支持上百种语言互译，成本将{all}。报告没有写出最后一步：按{pairs}对语言计，本站推算为{ours}。',
            v,
          ),
        }
      : {
          title: fillTemplate('From {price} a word to {all}: the report’s bill for human-labelled translation data', v),
          subtitle: 'The report’s steps, with the ones we filled in in grey; US dollars, log scale',
          alt: fillTemplate(
            'The report’s machine-translation example: human translation at {price} a word, {words} words a sentence and {sentences} sentences cost {one} (its inputs multiply to {product}); translating among a hundred-plus languages would cost {all}. The report does not show that last step: at {pairs} language pairs we get {ours}.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '灰色的每句价格和语言对数是本站按报告的输入补算的。报告写1000万个句子的成本“约为2200万美元”，比输入的乘积略低；它也没有写出从一对语言到上百种语言的算法。按100种语言两两配对推算，结果与报告的“上千亿美元”相符。',
      en: 'The grey price per sentence and number of language pairs are our arithmetic from the report’s inputs. The report’s “about US$22 million” for 10 million sentences is a little below the product of its inputs, and it does not show how it gets from one language pair to a hundred-plus languages; pairing 100 languages, as we do, gives a total consistent with its “over a hundred billion”.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = steps(data, lang);
    const narrow = width < 480;
    const costs = rows.filter((d) => d.kind === 'cost');
    const colour = (d: Step) => (d.key === 'all' ? 'var(--chart-highlight)' : d.ours ? 'var(--chart-muted)' : 'var(--chart-text)');
    const right = (d: Step) => d.value > 1e6;
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginTop: 22,
      marginLeft: 16,
      // Half the last tick label (measured) hangs past the axis end.
      marginRight: Math.ceil(textWidth(formatTick('USD', lang)(1e12), 12) / 2) + 4,
      marginBottom: 28,
      x: {
        type: 'log',
        domain: [0.01, 1e12],
        ticks: narrow ? [0.01, 1, 1e4, 1e8, 1e12] : [0.01, 1, 100, 1e4, 1e6, 1e8, 1e10, 1e12],
        tickFormat: formatTick('USD', lang),
        grid: true,
        label: null,
      },
      y: { domain: rows.map((d) => d.key), axis: null },
      marks: [
        Plot.text(costs, {
          x: 0.01,
          y: 'key',
          text: (d: Step) => wrapText(d.name, width - 40, 12).join('\n'),
          dy: -9,
          lineAnchor: 'bottom',
          textAnchor: 'start',
          fill: 'var(--chart-muted)',
        }),
        Plot.dot(costs, { x: 'value', y: 'key', r: 6, fill: colour, stroke: colour }),
        Plot.text(
          costs.filter((d) => !right(d)),
          { x: 'value', y: 'key', text: 'text', dx: 10, textAnchor: 'start', fontWeight: 700, fill: colour },
        ),
        Plot.text(costs.filter(right), { x: 'value', y: 'key', text: 'text', dx: -10, textAnchor: 'end', fontWeight: 700, fill: colour }),
        Plot.text(
          rows.filter((d) => d.kind === 'factor'),
          {
            x: 0.01,
            y: 'key',
            text: (d: Step) => wrapText(`↓ ${d.text}`, width - 40, 12).join('\n'),
            textAnchor: 'start',
            dx: 4,
            fill: (d: Step) => (d.ours ? 'var(--chart-muted)' : 'var(--chart-accent)'),
          },
        ),
        interactive ? Plot.dot(costs, Plot.pointerY({ x: 'value', y: 'key', r: 10, fill: 'none', stroke: 'var(--chart-text)' })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              costs,
              Plot.pointerY({
                x: 'value',
                y: 'key',
                lineWidth: tipLineWidth(width),
                title: (d: Step) => `${d.name}\n${d.text}${d.row ? `\n“${d.row.quote}”` : ''}${d.row?.[`note_${lang}`] ? `\n${d.row[`note_${lang}`]}` : ''}`,
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
