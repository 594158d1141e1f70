import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import { formatValue } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fill } from './lib/finish-svg.ts';
import { findRow, label, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';

const CENTRES = 'computing-centres';
const COUNTS = 'computing-centre-counts';
const STATUSES = ['built', 'planned-or-under-construction'];

interface Slot {
  status: string;
  index: number;
  name: string;
  row: DataRow | null;
}

/** One slot per centre the report counts: named cities first, then the centres it counts without naming a city. */
function slots(centres: DataRow[], counts: DataRow[], lang: 'zh' | 'en'): Slot[] {
  return STATUSES.flatMap((status) => {
    const named = centres.filter((d) => d.status === status).sort((a, b) => num(a, 'order') - num(b, 'order'));
    const total = num(findRow(counts, { status }), 'centres');
    return Array.from({ length: total }, (_, index) => {
      const row = named[index] ?? null;
      return { status, index, row, name: row ? label(row, 'city', lang) : lang === 'zh' ? '（未点名）' : '(not named)' };
    });
  });
}

/** A unit chart: a dot per centre in two columns, built and under construction or planned; hollow dots are centres the report does not place. */
const spec: ChartSpec = {
  id: 'computing-centres-2021',
  datasets: [CENTRES, COUNTS],
  anchor: 'computing-centres',
  height: () => 310,
  text(data, lang) {
    const counts = data[COUNTS];
    const v = {
      built: formatValue(num(findRow(counts, { status: 'built' }), 'centres'), 'count', lang),
      planned: formatValue(num(findRow(counts, { status: 'planned-or-under-construction' }), 'centres'), 'count', lang),
      named: formatValue(num(findRow(counts, { status: 'planned-or-under-construction' }), 'cities_named'), 'count', lang),
    };
    return lang === 'zh'
      ? {
          title: fill('报告统计已建成智能计算中心{built}个，在建和计划建设{planned}个', v),
          subtitle: '我国人工智能计算中心的数量，按状态和所在城市，截至报告写作时（报告2022年1月发布）；空心点为报告未写出城市的中心',
          alt: fill(
            '据报告整理的公开资料，已建成的人工智能计算中心有{built}个，分布在深圳、横琴、武汉、南京、西安、许昌和晋城；在建和计划建设的有{planned}个，报告只点名了其中{named}个城市：上海、成都、大连、沈阳和佛山。',
            v,
          ),
        }
      : {
          title: fill('The report counts {built} AI computing centres built and {planned} under construction or planned', v),
          subtitle:
            'Number of China’s AI (intelligent) computing centres by status and city, as of writing (the report was published in January 2022); hollow dots: centres whose city the report does not name',
          alt: fill(
            'From public sources, the report counts {built} AI computing centres built — in Shenzhen, Hengqin, Wuhan, Nanjing, Xi’an, Xuchang and Jincheng — and {planned} under construction or planned, naming {named} cities: Shanghai, Chengdu, Dalian, Shenyang and Foshan.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '报告说这些数字“据公开资料整理”。在建和计划建设的中心，报告只点名了部分城市（“等地”），其余画成空心点；一座城市也可能不止一个中心。',
      en: 'The report says the counts are compiled from public information. For the centres under construction or planned it names only some cities (“and elsewhere”); the rest are hollow dots, and a city may have more than one centre.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const all = slots(data[CENTRES], data[COUNTS], lang);
    const heads = data[COUNTS].map((d) => ({
      status: String(d.status),
      text: `${label(d, 'label', lang).replace(' or ', '\nor ')} · ${formatValue(num(d, 'centres'), 'count', lang)}`,
    }));
    const named = all.filter((s) => s.row);
    const x = (s: { status: string }) => STATUSES.indexOf(s.status);
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginLeft: 4,
      marginRight: 12,
      marginTop: 44,
      marginBottom: 6,
      x: { domain: [0, 2], axis: null },
      y: { domain: [...Array(10).keys()], axis: null },
      marks: [
        Plot.text(heads, { x, frameAnchor: 'top', dy: -34, lineHeight: 1.2, textAnchor: 'start', text: 'text', fontWeight: 600, fontSize: 13 }),
        Plot.dot(named, { x, y: 'index', r: 6, dx: 6, fill: (s: Slot) => (s.status === 'built' ? 'var(--chart-highlight)' : 'var(--chart-accent)') }),
        Plot.dot(
          all.filter((s) => !s.row),
          { x, y: 'index', r: 5, dx: 6, fill: 'none', stroke: 'var(--chart-accent)', strokeWidth: 1.5 },
        ),
        Plot.text(all, { x, y: 'index', dx: 18, textAnchor: 'start', text: 'name', fill: (s: Slot) => (s.row ? 'var(--chart-text)' : 'var(--chart-muted)') }),
        interactive ? Plot.dot(named, Plot.pointer({ x, y: 'index', dx: 6, r: 10, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              named,
              Plot.pointer({
                x,
                y: 'index',
                dx: 6,
                lineWidth: tipLineWidth(width),
                title: (s: Slot) => `${label(s.row!, 'city', lang)}\n${label(findRow(data[COUNTS], { status: s.status }), 'label', lang)}\n“${s.row!.quote}”`,
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
