import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import { formatQualified, formatTick, type Lang } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';

const DATASET = 'key-figures-strategy-2020';

interface Part {
  bar: string;
  part: 'focus' | 'rest';
  x1: number;
  x2: number;
  text: string;
  row: DataRow;
}

/** Two 100% bars: universities' share of the best datasets, then US universities' share of those. */
function parts(rows: DataRow[], lang: Lang): Part[] {
  const uni = findRow(rows, { measure: 'best-datasets-university-share' });
  const us = findRow(rows, { measure: 'best-datasets-us-university-share' });
  const n = formatQualified(num(findRow(rows, { measure: 'best-datasets-surveyed' }), 'value'), 'items', lang);
  const zh = lang === 'zh';
  const bars = [zh ? `被统计的${n}数据集` : `The ${n} datasets surveyed`, zh ? '其中的高校数据集' : 'Of which, from universities'];
  const q = (row: DataRow) => formatQualified(num(row, 'value'), 'percent', lang, row.qualifier);
  return [
    { bar: bars[0], part: 'focus', x1: 0, x2: num(uni, 'value'), text: zh ? `${q(uni)}高校` : `${q(uni)} universities`, row: uni },
    { bar: bars[0], part: 'rest', x1: num(uni, 'value'), x2: 100, text: zh ? '其他发布者' : 'others', row: uni },
    { bar: bars[1], part: 'focus', x1: 0, x2: num(us, 'value'), text: zh ? `${q(us)}美国高校` : `${q(us)} US universities`, row: us },
    { bar: bars[1], part: 'rest', x1: num(us, 'value'), x2: 100, text: '', row: us },
  ];
}

const spec: ChartSpec = {
  id: 'best-datasets-university-share-2020',
  datasets: [DATASET],
  anchor: 'open-datasets',
  // The figures sit in the report's key-figures dataset, which spans every topic.
  topics: ['data'],
  height: (width) => (width < 480 ? 200 : 180),
  text(data, lang) {
    const rows = data[DATASET];
    const get = (measure: string) => findRow(rows, { measure });
    const q = (measure: string, unit: 'percent' | 'items') => formatQualified(num(get(measure), 'value'), unit, lang, get(measure).qualifier);
    const v = {
      n: q('best-datasets-surveyed', 'items'),
      uni: q('best-datasets-university-share', 'percent'),
      us: q('best-datasets-us-university-share', 'percent'),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('最好用的 AI 开放数据集中高校占{uni}，其中{us}来自美国高校', v),
          subtitle: '报告转引的“Python 开发者社区调查”：用户反映最好用的 AI 开放数据集中高校的占比，以及这些高校数据集中美国高校的占比，%',
          alt: fillTemplate(
            '据报告转引的一项 Python 开发者社区调查，在{n}用户反映最好用的 AI 开放数据集中，高校发布的占{uni}；这些高校数据集中{us}来自美国高校。',
            v,
          ),
        }
      : {
          title: fillTemplate('Universities published {uni} of the best-rated open AI datasets, and US universities {us} of those', v),
          subtitle:
            'Universities’ share of the open AI datasets users rate best, and US universities’ share of those, %, from a “Python developer community survey” the report cites',
          alt: fillTemplate(
            'According to a Python developer community survey cited by the report, universities published {uni} of the {n} open AI datasets users rate best, and US universities {us} of those university datasets.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '报告没有说明这项调查的名称、年份和方法。两个百分比的基数不同：上面一条是全部被统计数据集中的占比，下面一条只是其中高校数据集里的占比。',
      en: 'The report names neither the survey nor its year or method. The two shares have different bases: the top bar is a share of all the datasets surveyed, the bottom bar a share of the university datasets among them only.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const ps = parts(data[DATASET], lang);
    const bars = [...new Set(ps.map((p) => p.bar))];
    const colour = (p: Part) => (p.part === 'focus' ? 'var(--chart-highlight)' : 'var(--chart-grid)');
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginLeft: 12,
      marginRight: 22,
      marginTop: 6,
      marginBottom: 26,
      x: { domain: [0, 100], label: null, ticks: [0, 25, 50, 75, 100], tickFormat: formatTick('percent', lang) },
      y: { domain: bars, axis: null, paddingInner: 0.75, paddingOuter: 0.5 },
      marks: [
        Plot.barX(ps, { x1: 'x1', x2: 'x2', y: 'bar', fill: colour }),
        Plot.text(bars, { x: 0, y: (b: string) => b, text: (b: string) => b, textAnchor: 'start', dy: -22, fontWeight: 700, fill: 'var(--chart-text)' }),
        Plot.text(
          ps.filter((p) => p.part === 'focus'),
          { x: 'x1', y: 'bar', text: 'text', textAnchor: 'start', dx: 5, fill: 'var(--bg)', fontWeight: 600, fontSize: 11.5 },
        ),
        // "Others" sits at the far end of its bar, clear of the highlighted label.
        Plot.text(
          ps.filter((p) => p.part === 'rest' && p.text),
          { x: 'x2', y: 'bar', text: 'text', textAnchor: 'end', dx: -6, fill: 'var(--chart-text)' },
        ),
        Plot.ruleX([0], { stroke: 'var(--chart-text)' }),
        interactive ? Plot.barX(ps, Plot.pointer({ x1: 'x1', x2: 'x2', y: 'bar', fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              ps,
              Plot.pointer({ x: (p: Part) => (p.x1 + p.x2) / 2, y: 'bar', lineWidth: tipLineWidth(width), title: (p: Part) => `${p.bar}\n“${p.row.quote}”` }),
            )
          : null,
      ],
    };
  },
};

export default spec;
