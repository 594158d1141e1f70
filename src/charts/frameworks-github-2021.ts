import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import { formatNumber } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';

const DATASET = 'frameworks-github-2021';
const METRICS = ['stars', 'commits', 'contributors'];

/** What the table's Chinese headers count, in our reading (see the dataset note). */
const ZH_GLOSS: Record<string, string> = { stars: '（星标数）', commits: '（提交数）' };

const colour = (d: DataRow) => (d.origin === 'cn' ? 'var(--chart-cn)' : 'var(--chart-foreign)');

/** Three dot plots stacked (stars, commits, contributors) on one log axis, so PaddlePaddle and Jittor are readable next to TensorFlow. */
const spec: ChartSpec = {
  id: 'frameworks-github-2021',
  datasets: [DATASET],
  anchor: 'frameworks',
  height: (width) => (width < 480 ? 560 : 520),
  text(data, lang) {
    const rows = data[DATASET];
    const v = (framework: string, metric: string) => num(findRow(rows, { framework, metric }), 'value');
    const t = {
      tf: formatNumber(v('tensorflow', 'stars'), lang),
      pd: formatNumber(v('paddlepaddle', 'stars'), lang),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('TensorFlow 的关注度为{tf}，国产框架中最高的飞桨只有{pd}', t),
          subtitle: '全球主要深度学习框架的关注度（星标）、活跃度（提交）和贡献人数（对数刻度）；红色为中国框架，蓝色为美国框架',
          alt: fillTemplate(
            '报告表4中，TensorFlow 的关注度为{tf}，远高于国产框架中最高的飞桨（{pd}）；PyTorch 次之。在提交数上，飞桨和昇思与 PyTorch 差距较小；旷视天元、计图的贡献人数只有二三十人。',
            t,
          ),
        }
      : {
          title: fillTemplate('TensorFlow has {tf} stars; PaddlePaddle, the top Chinese framework, has {pd}', t),
          subtitle: 'Major deep-learning frameworks: stars (“attention”), commits (“activity”) and contributors, log scale; red: Chinese, blue: American',
          alt: fillTemplate(
            'In the report’s table 4, TensorFlow has {tf} stars, far more than PaddlePaddle’s {pd}, the most of any Chinese framework; PyTorch is second. On commits PaddlePaddle and MindSpore come closer to PyTorch; MegEngine and Jittor have only twenty-odd contributors each.',
            t,
          ),
        };
  },
  notes: [
    {
      zh: '对数刻度：每一格是上一格的10倍。表4只写“关注度”“活跃度”，没有说明平台；我们按数值量级理解为 GitHub 星标数和提交数。表4没有注明统计日期；信通院2021年4月的另一份报告有截至2020年11月15日的同类数字。',
      en: 'Log scale: each gridline is ten times the one before. Table 4 says only “attention” and “activity”, naming no platform; from their size we read them as GitHub stars and commits. It gives no date; an earlier CAICT report (April 2021) has similar figures as of 15 November 2020.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = data[DATASET];
    const narrow = width < 480;
    const order = rows
      .filter((d) => d.metric === 'stars')
      .sort((a, b) => num(b, 'value') - num(a, 'value'))
      .map((d) => label(d, 'name', lang));
    const titles = METRICS.map((metric) => rows.find((d) => d.metric === metric)!);
    const name = (d: DataRow) => label(d, 'name', lang);
    // One format in the whole chart: whole numbers, as the report prints them (32650+, 34019),
    // never 3.265万 beside 34019; the axis too.
    const whole = (v: number) => formatNumber(v, lang, false);
    const more = (d: DataRow) => d.qualifier.includes('more-than');
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginLeft: narrow ? 92 : 100,
      marginRight: narrow ? 72 : 76,
      marginTop: 28,
      marginBottom: 28,
      x: {
        type: 'log',
        domain: [10, 200000],
        label: null,
        ticks: narrow ? [10, 1000, 100000] : [10, 100, 1000, 10000, 100000],
        tickFormat: whole,
        grid: true,
      },
      y: { domain: order, label: null, tickSize: 0 },
      fy: { domain: METRICS, label: null, axis: null, padding: 0.22 },
      marks: [
        Plot.text(titles, {
          fy: 'metric',
          frameAnchor: 'top-left',
          dx: narrow ? -88 : -96,
          dy: -20,
          text: (d: DataRow) => label(d, 'metric', lang) + (lang === 'zh' ? (ZH_GLOSS[String(d.metric)] ?? '') : ''),
          fontWeight: 600,
          fontSize: 13,
        }),
        Plot.ruleY(rows, { fy: 'metric', y: name, x1: 10, x2: 'value', stroke: 'var(--chart-grid)' }),
        Plot.dot(rows, { fy: 'metric', y: name, x: 'value', r: 5, fill: colour }),
        Plot.text(rows, {
          fy: 'metric',
          y: name,
          x: 'value',
          text: (d: DataRow) => `${whole(num(d, 'value'))}${more(d) ? '+' : ''}`,
          dx: 8,
          textAnchor: 'start',
          fill: 'var(--chart-text)',
        }),
        interactive
          ? Plot.dot(rows, Plot.pointer({ fy: 'metric', y: name, x: 'value', r: 9, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 }))
          : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              rows,
              Plot.pointer({
                fy: 'metric',
                y: name,
                x: 'value',
                lineWidth: tipLineWidth(width),
                title: (d: DataRow) =>
                  `${name(d)} · ${label(d, 'org', lang)}\n${label(d, 'metric', lang)}: ${more(d) ? (lang === 'zh' ? '超过' : 'more than ') : ''}${whole(num(d, 'value'))}\n“${d.quote}”`,
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
