import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import { formatDate, type Lang } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { CHINA_TILES, TILE_COLUMNS, TILE_ROWS, type Tile } from './lib/china-tiles.ts';
import { PROVINCE_CODES } from './lib/china-tile-codes.ts';
import { wrapText } from './lib/wrap-text.ts';
import { findRow, label } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';

const DATASET = 'gov-open-data-province-launch';
const FIRST = 2015;
const LAST = 2021;

interface Cell extends Tile {
  year: number | null;
  row_: DataRow | null;
}

/** Every province's tile, with the year table 3 first lists its platform (null when it never does). */
function cells(rows: DataRow[]): Cell[] {
  return CHINA_TILES.map((tile) => {
    const row = rows.find((d) => d.province === tile.id) ?? null;
    return { ...tile, year: row ? Number(row.first_year) : null, row_: row };
  });
}

/**
 * Earlier launches are stronger in colour, in four steps far enough apart to tell at a glance
 * (a smooth ramp made 2018–2020 look alike). "Stronger", not "darker": over a dark page a
 * stronger orange is lighter.
 */
const STEPS: [number, number][] = [
  [2016, 1],
  [2018, 0.7],
  [2019, 0.45],
  [LAST, 0.22],
];
const opacity = (c: Cell) => (c.year === null ? 0 : STEPS.find(([until]) => c.year! <= until)![1]);
const KEY_LINE = 15;

function tileText(c: Cell, lang: Lang, narrow: boolean): string {
  const name = lang === 'zh' ? c.zh : narrow ? PROVINCE_CODES[c.id] : c.en.replace('Inner Mongolia', 'Inner Mong.');
  return c.year === null ? name : `${name}\n${lang === 'zh' || !narrow ? c.year : `’${String(c.year).slice(2)}`}`;
}

/** A tile-grid map of China: one square per province, coloured and labelled by the year its open-data platform first appears in table 3. */
const spec: ChartSpec = {
  id: 'gov-open-data-province-map',
  datasets: [DATASET],
  anchor: 'government-open-data',
  height: (width) => Math.round(((width - 8) / TILE_COLUMNS) * TILE_ROWS) + 16,
  text(data, lang) {
    const rows = data[DATASET];
    const v = {
      first: label(findRow(rows, { province: 'zhejiang' }), 'name', lang),
      n: rows.length,
      last: rows
        .filter((d) => d.first_year === '2021')
        .map((d) => label(d, 'name', lang))
        .join(lang === 'zh' ? '、' : ' and '),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('省级政府数据开放平台从{first}起步，由东南向中西部扩散，到2021年共{n}个省份上线', v),
          subtitle: '各省份政府数据开放平台首次列入报告表3的年份，2015—2021年；颜色越浓上线越早，灰框为未列入的省份',
          alt: fillTemplate(
            '报告表3显示，{first}在2015年最早上线省级政府数据开放平台，2016年贵州、广东、北京跟进，2018—2019年扩展到中西部和东部沿海，2021年{last}加入，共{n}个省份；东北三省、内蒙古、山西、甘肃、云南、西藏等未列入。',
            v,
          ),
        }
      : {
          title: fillTemplate('Provincial open-data platforms started in {first} and spread inland; {n} provinces had one by 2021', v),
          subtitle:
            'Year each province’s government open-data platform first appears in the report’s table 3, 2015–2021; stronger colour is earlier; outlined tiles are not listed',
          alt: fillTemplate(
            'According to table 3, {first} launched the first provincial open-data platform in 2015, followed by Guizhou, Guangdong and Beijing in 2016; platforms spread to the centre, west and coast in 2018–2019, and {last} joined in 2021, making {n}. The three north-eastern provinces, Inner Mongolia, Shanxi, Gansu, Yunnan and Tibet are not listed.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '“首次列入年份”是表3中该省第一次出现的年份，不一定是平台的确切上线日期。香港、澳门、台湾不在报告统计范围内。',
      en: 'The year is the first in which table 3 lists the province, not necessarily the exact launch date. Hong Kong, Macau and Taiwan are outside the report’s count.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const all = cells(data[DATASET]);
    const narrow = width < 480;
    const listed = all.filter((c) => c.year !== null);
    const dark = listed.filter((c) => opacity(c) === 1);
    const light = all.filter((c) => opacity(c) < 1);
    // English codes on a phone (two letters per tile) are spelled out in a key under the map.
    const key = narrow && lang === 'en' ? wrapText(all.map((c) => `${PROVINCE_CODES[c.id]}\u00a0${c.en}`).join(' · '), width - 8, 12) : [];
    const text = (c: Cell) => tileText(c, lang, narrow);
    const common = { x: 'col', y: 'row' } as const;
    return {
      width,
      height: height + key.length * KEY_LINE,
      style: { fontSize: '12px' },
      margin: 4,
      marginBottom: 12 + key.length * KEY_LINE,
      x: { type: 'band', domain: [...Array(TILE_COLUMNS).keys()], axis: null, padding: 0.08 },
      y: { type: 'band', domain: [...Array(TILE_ROWS).keys()], axis: null, padding: 0.08 },
      marks: [
        Plot.cell(
          all.filter((c) => c.year === null),
          { ...common, fill: 'none', stroke: 'var(--chart-grid)', strokeWidth: 1.5 },
        ),
        Plot.cell(listed, { ...common, fill: 'var(--chart-highlight)', fillOpacity: opacity }),
        Plot.text(dark, { ...common, text, fill: 'var(--bg)', fontSize: narrow ? 11 : 12, lineHeight: 1.2 }),
        Plot.text(light, {
          ...common,
          text,
          // The 70 % step is light orange over a dark page: dark text there in both themes.
          fill: (c: Cell) => (c.year === null ? 'var(--chart-muted)' : opacity(c) >= 0.7 ? 'var(--chart-ink)' : 'var(--chart-text)'),
          fontSize: narrow ? 11 : 12,
          lineHeight: 1.2,
        }),
        key.length
          ? Plot.text([key.join('\n')], { frameAnchor: 'bottom-left', lineAnchor: 'top', dy: 10, lineHeight: KEY_LINE / 12, fill: 'var(--chart-text)' })
          : null,
        interactive ? Plot.cell(listed, Plot.pointer({ ...common, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              listed,
              Plot.pointer({
                ...common,
                lineWidth: tipLineWidth(width),
                title: (c: Cell) =>
                  `${lang === 'zh' ? c.zh : c.en}\n${lang === 'zh' ? `首次列入：${formatDate(String(c.year), lang)}` : `First listed: ${c.year}`}\n“${c.row_!.quote}”`,
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
