import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import { formatValue } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';

const DATASET = 'gov-open-data-platforms';
const LEVELS = ['city', 'provincial', 'municipality'];
/** Short axis labels; the data table keeps the full level names. */
const SHORT: Record<string, { zh: string; en: string }> = {
  city: { zh: '城市', en: 'Cities' },
  provincial: { zh: '省、自治区', en: 'Provinces' },
  municipality: { zh: '直辖市', en: 'Municipalities' },
};

interface Segment {
  level: string;
  name: string;
  full: string;
  part: 'earlier' | 'new';
  value: number;
  total: number;
  added: number;
  quote: string;
}

/** Each level's platforms split into those online by late 2020 and those added since (the report's "+33"). */
function segments(rows: DataRow[], lang: 'zh' | 'en'): Segment[] {
  return LEVELS.flatMap((level) => {
    const total = findRow(rows, { level, measure: 'platforms' });
    const addedRow = rows.find((d) => d.level === level && d.measure === 'new-since-2020h2');
    const added = addedRow ? num(addedRow, 'value') : 0;
    const base = { level, name: SHORT[level][lang], full: label(total, 'level', lang), total: num(total, 'value'), added, quote: total.quote };
    return [
      { ...base, part: 'earlier' as const, value: base.total - added },
      { ...base, part: 'new' as const, value: added },
    ];
  });
}

/** A stacked horizontal bar per level of government: zero baseline, new platforms highlighted. */
const spec: ChartSpec = {
  id: 'gov-open-data-platforms-2021',
  datasets: [DATASET],
  anchor: 'government-open-data',
  height: (width) => (width < 480 ? 200 : 180),
  text(data, lang) {
    const rows = data[DATASET];
    const v = {
      total: formatValue(num(findRow(rows, { level: 'total', measure: 'platforms' }), 'value'), 'count', lang),
      added: formatValue(num(findRow(rows, { level: 'total', measure: 'new-since-2020h2' }), 'value'), 'count', lang),
      city: formatValue(num(findRow(rows, { level: 'city', measure: 'platforms' }), 'value'), 'count', lang),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('截至2021年底，{total}个地方政府上线了数据开放平台，比2020年下半年多{added}个', v),
          subtitle: '我国地方政府数据开放平台数量，按层级，截至2021年底；橙色为2020年下半年以来新增',
          alt: fillTemplate(
            '截至2021年底，全国共有{total}个地方政府数据开放平台，其中城市平台{city}个；与2020年下半年相比新增{added}个，绝大多数是城市平台。',
            v,
          ),
        }
      : {
          title: fillTemplate('{total} local governments ran open-data platforms at the end of 2021, {added} more than in late 2020', v),
          subtitle: 'Chinese local-government open-data platforms by level, end of 2021; orange: added since the second half of 2020',
          alt: fillTemplate(
            'By the end of 2021 China had {total} local-government open-data platforms, {city} of them run by cities; {added} were added after the second half of 2020, almost all of them city platforms.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '“2020年下半年以来”之前的部分是我们用总数减去新增数得到的；直辖市没有新增数，按0画出。',
      en: 'The part online before the second half of 2020 is our subtraction (total minus new); the report gives no new platforms for the municipalities, drawn as none.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const segs = segments(data[DATASET], lang);
    const narrow = width < 480;
    const names = [...new Set(segs.map((d) => d.name))];
    const totals = segs.filter((d) => d.part === 'new');
    const totalText = (d: Segment) => (d.added ? (lang === 'zh' ? `${d.total}（新增${d.added}）` : `${d.total} (${d.added} new)`) : String(d.total));
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginLeft: lang === 'en' ? 96 : 72,
      marginRight: 96,
      marginTop: 8,
      marginBottom: 28,
      x: { label: null, ticks: narrow ? 3 : 6, grid: true },
      y: { domain: names, label: null, tickSize: 0, padding: 0.3 },
      color: { domain: ['earlier', 'new'], range: ['var(--chart-muted)', 'var(--chart-highlight)'] },
      marks: [
        Plot.barX(segs, { x: 'value', y: 'name', fill: 'part' }),
        Plot.ruleX([0], { stroke: 'var(--chart-text)' }),
        Plot.text(totals, { x: 'total', y: 'name', text: totalText, textAnchor: 'start', dx: 6, fill: 'var(--chart-text)' }),
        interactive ? Plot.barX(totals, Plot.pointerY({ x: 'total', y: 'name', fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              totals,
              Plot.pointerY({ x: 'total', y: 'name', lineWidth: tipLineWidth(width), title: (d: Segment) => `${d.full}\n${totalText(d)}\n“${d.quote}”` }),
            )
          : null,
      ],
    };
  },
};

export default spec;
