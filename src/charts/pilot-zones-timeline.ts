import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import { formatDate } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { label } from './lib/rows.ts';
import { monthDate } from './lib/qualified.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';

const DATASET = 'pilot-zones';

/** A dot timeline: one row per zone in the order of its first document, one dot per document (Guangzhou has two). */
const spec: ChartSpec = {
  id: 'pilot-zones-timeline',
  datasets: [DATASET],
  anchor: 'pilot-zones',
  height: (width) => (width < 480 ? 330 : 300),
  text(data, lang) {
    const rows = [...data[DATASET]].sort((a, b) => String(a.date).localeCompare(String(b.date)));
    const v = {
      first: formatDate(String(rows[0].date), lang),
      firstZone: label(rows[0], 'zone', lang),
      last: formatDate(String(rows.at(-1)!.date), lang),
      n: rows.length,
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('八大先导区的人工智能政策文件集中发布于{first}至{last}', v),
          subtitle: '报告表1所列八个人工智能先导区的政策文件，按发布月份',
          alt: fillTemplate(
            '报告表1列出八个先导区的{n}份政策文件，最早是{first}的{firstZone}，最晚是{last}；广州有两份。北京一份的年份可能印错，空心点表示日期存疑。',
            v,
          ),
        }
      : {
          title: fillTemplate('The eight pilot zones published their AI plans between {first} and {last}', v),
          subtitle: 'Policy documents of the eight AI pilot zones in the report’s table 1, by month issued',
          alt: fillTemplate(
            'Table 1 lists {n} documents for eight pilot zones, the earliest from {firstZone} in {first} and the latest in {last}; Guangzhou has two. Beijing’s year is probably misprinted; hollow dots mark doubtful dates.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '空心点为日期存疑：北京方案的期限从2020年开始，报告却印作2021年6月，年份可能有误；成都一行的日期在提取文本中有两种（2021年5月和3月），我们取5月。杭州的文件名说的是“国家新一代人工智能创新发展试验区”，与“人工智能创新应用先导区”不是同一名称，报告仍把它列入表1。',
      en: 'Hollow dots mark doubtful dates: Beijing’s plan covers 2020–2022, yet the report prints June 2021, so the year may be wrong; Chengdu’s row reads both May and March 2021 in the extracted text, and we use May. Hangzhou’s document names a “national new-generation AI innovation and development pilot zone”, not an “AI innovative application pilot zone”, though the report lists it in table 1.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = data[DATASET];
    const narrow = width < 480;
    // Short names on the axis (天津（滨海新区） → 天津); the tooltip and data table give the full ones.
    const zone = (d: DataRow) => label(d, 'zone', lang).split(/ \(|（/)[0];
    const first = new Map<string, string>();
    for (const d of rows) if (!first.has(zone(d)) || String(d.date) < first.get(zone(d))!) first.set(zone(d), String(d.date));
    const order = [...first.entries()].sort((a, b) => a[1].localeCompare(b[1]) || a[0].localeCompare(b[0])).map(([z]) => z);
    const x = (d: DataRow) => monthDate(String(d.date));
    const doubtful = (d: DataRow) => d.zone === 'beijing' || d.zone === 'chengdu';
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginLeft: lang === 'en' ? 104 : 64,
      marginRight: narrow ? 20 : 30,
      marginTop: 8,
      marginBottom: 30,
      x: {
        type: 'utc',
        domain: [monthDate('2019-01'), monthDate('2021-10')],
        label: null,
        ticks: 'year',
        tickFormat: (t: Date) => formatDate(String(t.getUTCFullYear()), lang),
        grid: true,
      },
      y: { domain: order, label: null, tickSize: 0 },
      marks: [
        Plot.dot(
          rows.filter((d) => !doubtful(d)),
          { x, y: zone, r: 6, fill: 'var(--chart-highlight)' },
        ),
        Plot.dot(rows.filter(doubtful), { x, y: zone, r: 5, fill: 'none', stroke: 'var(--chart-highlight)', strokeWidth: 2 }),
        // Month labels only where there is room; on a phone the axis, tooltip and table carry them.
        narrow
          ? null
          : Plot.text(rows, { x, y: zone, text: (d: DataRow) => formatDate(String(d.date), lang), dy: -11, fill: 'var(--chart-muted)', fontSize: 11 }),
        interactive ? Plot.dot(rows, Plot.pointer({ x, y: zone, r: 10, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              rows,
              Plot.pointer({
                x,
                y: zone,
                lineWidth: tipLineWidth(width),
                title: (d: DataRow) => `${label(d, 'zone', lang)} · ${formatDate(String(d.date), lang)}\n${label(d, 'policy', lang)}\n“${d.quote}”`,
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
