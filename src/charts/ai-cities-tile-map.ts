import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import type { Lang } from '../format/number.ts';
import type { ChartData, ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { CHINA_TILES, TILE_COLUMNS, TILE_ROWS, tileOf } from './lib/china-tiles.ts';
import { label } from './lib/rows.ts';
import { wrapText } from './lib/wrap-text.ts';
import { fittedTip, tipLineWidth, tipText } from './lib/tip.ts';

const DATASET = 'city-strengths';
/** Where a province holds two named cities, the second takes the empty square beside it. */
const MOVED: Record<string, [number, number]> = { shenzhen: [5, 6], nanjing: [7, 3] };
/** Codes for English tiles on a phone, where a whole name does not fit a square; a key under the map spells them out. */
const CODE: Record<string, string> = {
  beijing: 'BJ',
  shanghai: 'SH',
  shenzhen: 'SZ',
  guangzhou: 'GZ',
  suzhou: 'SU',
  nanjing: 'NJ',
  hangzhou: 'HZ',
  chongqing: 'CQ',
  wuhan: 'WH',
  hefei: 'HF',
  chengdu: 'CD',
  'hong-kong': 'HK',
};
const KEY_LINE = 15;
/** Kinds that every city shares or that the other charts show; the tooltip skips them. */
const SKIP = new Set(['tier', 'policy-documents', 'smart-city-ranking', 'industry-domain', 'research-direction', 'strength-field']);
const MAX_ITEMS = 5;
/** The tile grid leaves column 0 empty; dropping it gives every tile more room for a name. */
const COLUMNS = [...Array(TILE_COLUMNS).keys()].filter((c) => CHINA_TILES.some((t) => t.col === c));

interface City {
  id: string;
  name: string;
  col: number;
  row: number;
  first: boolean;
  items: string[];
}

function cities(data: ChartData, lang: Lang, maxItems = MAX_ITEMS): City[] {
  const rows = data[DATASET];
  const ids = [...new Set(rows.map((d) => String(d.city)))];
  return ids.map((id) => {
    const own = rows.filter((d) => d.city === id).sort((a, b) => Number(a.order) - Number(b.order));
    const tile = tileOf(String(own[0].province));
    const [col, row] = MOVED[id] ?? [tile.col, tile.row];
    const kept = own.filter((d) => !SKIP.has(String(d.kind)));
    const items = (kept.length ? kept : own).slice(0, maxItems).map((d: DataRow) => `· ${label(d, 'item', lang)}`);
    return { id, name: label(own[0], 'city', lang), col, row, first: own[0].tier === 'first-tier', items };
  });
}

const spec: ChartSpec = {
  id: 'ai-cities-tile-map',
  datasets: [DATASET],
  anchor: 'rising-cities',
  // Square tiles on a phone; on a wide screen flatter ones, so the map does not fill the whole screen.
  height: (width) => Math.min(Math.round(((width - 8) / COLUMNS.length) * TILE_ROWS) + 16, 500),
  text(data, lang) {
    const all = cities(data, lang);
    const sep = lang === 'zh' ? '、' : ', ';
    const v = {
      first: all
        .filter((c) => c.first)
        .map((c) => c.name)
        .join(sep),
      n: all.filter((c) => !c.first).length,
      others: all
        .filter((c) => !c.first)
        .map((c) => c.name)
        .join(sep),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('新京报把{first}列为人工智能第一梯队，另点名{n}座城市', v),
          subtitle: '文中点名的城市，按大致地理位置排列，一格一城；深色为第一梯队，浅色为其他被点名的城市，灰框为其余省份',
          alt: fillTemplate(
            '新京报把{first}列为人工智能第一梯队，并点名{others}等城市在人工智能或其基础设施方面各有所长。点按或悬停可查看文中提到的各城特色。',
            v,
          ),
        }
      : {
          title: fillTemplate('The newspaper’s first tier in AI is {first}; it names {n} other cities', v),
          subtitle:
            'Cities named in the feature, one square each, placed roughly where they lie; dark: first tier; light: other cities named; outlines: other provinces',
          alt: fillTemplate(
            'The Beijing News Think Tank puts {first} in the first tier of Chinese AI cities and credits {others} with particular strengths. Tap or hover over a city to see what the feature says about it.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '“第一梯队”是新京报梳理几份报告后的判断，官方没有划分。点按或悬停显示的是文中举的例子，不是系统评估：没被提到的设施不等于没有。',
      en: 'The “first tier” is the newspaper’s reading of several reports; there is no official classification. The tooltips give the article’s examples, not a systematic assessment: a city not credited with something may still have it.',
    },
    {
      zh: '方格只表示大致位置：深圳、南京各占一个额外的方格，以便放下同一省份的两座城市。',
      en: 'Squares show rough location only: Shenzhen and Nanjing take extra squares so that two cities of one province fit.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const narrow = width < 480;
    const all = cities(data, lang, narrow ? 3 : MAX_ITEMS);
    const taken = new Set(all.map((c) => `${c.col},${c.row}`));
    const outline = CHINA_TILES.filter((t) => !taken.has(`${t.col},${t.row}`));
    const coded = narrow && lang === 'en';
    const text = (c: City) => (coded ? CODE[c.id] : c.id === 'hong-kong' && lang === 'en' ? 'Hong\nKong' : c.name);
    const common = { x: 'col', y: 'row' } as const;
    const textStyle = { ...common, text, fontSize: 12, fontWeight: 600, lineHeight: 1.1 };
    const key = coded ? wrapText(all.map((c) => `${CODE[c.id]}\u00a0${c.name}`).join(' · '), width - 8, 12) : [];
    return {
      width,
      height: height + key.length * KEY_LINE,
      style: { fontSize: '12px' },
      margin: 4,
      marginBottom: 12 + key.length * KEY_LINE,
      x: { type: 'band', domain: COLUMNS, axis: null, padding: 0.06 },
      y: { type: 'band', domain: [...Array(TILE_ROWS).keys()], axis: null, padding: 0.06 },
      marks: [
        Plot.cell(outline, { ...common, fill: 'none', stroke: 'var(--chart-grid)', strokeWidth: 1.5 }),
        Plot.cell(all, {
          ...common,
          fill: (c: City) => (c.first ? 'var(--chart-highlight)' : 'var(--chart-accent)'),
          fillOpacity: (c: City) => (c.first ? 1 : 0.25),
        }),
        Plot.text(
          all.filter((c) => c.first),
          // The page background contrasts with the highlight in both themes; white on light orange does not.
          { ...textStyle, fill: 'var(--bg)' },
        ),
        Plot.text(
          all.filter((c) => !c.first),
          { ...textStyle, fill: 'var(--chart-text)' },
        ),
        key.length
          ? Plot.text([key.join('\n')], { frameAnchor: 'bottom-left', lineAnchor: 'top', dy: 10, lineHeight: KEY_LINE / 12, fill: 'var(--chart-text)' })
          : null,
        interactive ? Plot.cell(all, Plot.pointer({ ...common, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              all,
              Plot.pointer({
                ...common,
                // Every named city lies in the east half, so on a phone the tip opens to the left.
                anchor: narrow ? 'right' : undefined,
                lineWidth: tipLineWidth(width),
                title: (c: City) =>
                  tipText(
                    [`${c.name} · ${c.first ? (lang === 'zh' ? '第一梯队' : 'first tier') : lang === 'zh' ? '文中点名' : 'named in the feature'}`, ...c.items],
                    { width, height, lang },
                  ),
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
