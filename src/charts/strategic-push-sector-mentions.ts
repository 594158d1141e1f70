import * as Plot from '@observablehq/plot';
import type { Lang } from '../format/number.ts';
import type { DataRow } from '../data/read-dataset.ts';
import type { ChartData, ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { formatQualified } from '../format/number.ts';
import { fittedTip, tipLineWidth, tipText } from './lib/tip.ts';
import { widestLine, wrapText } from './lib/wrap-text.ts';

const DATASET = 'sector-mentions';
const STANCES = ['strength', 'gap', 'data-holder', 'proposal'] as const;
const HEADERS: Record<(typeof STANCES)[number], Record<Lang, string>> = {
  strength: { zh: '应用领先\n算力集中', en: 'Leads, has the compute' },
  gap: { zh: '未深度\n应用', en: 'Not deeply applied' },
  'data-holder': { zh: '掌握\n行业数据', en: 'Holds the data' },
  proposal: { zh: '措施\n点名', en: 'Named in a measure' },
};
/** English headers for a phone, where a column is about four words wide. */
const SHORT_EN: Record<(typeof STANCES)[number], string> = { strength: 'Leads', gap: 'Lags', 'data-holder': 'Holds\ndata', proposal: 'In a\nmeasure' };
const COLOURS = { strength: 'var(--chart-highlight)', gap: 'var(--chart-muted)', 'data-holder': 'var(--chart-muted)', proposal: 'var(--chart-accent)' };

interface Cell {
  sector: string;
  name: string;
  stance: (typeof STANCES)[number];
  rows: DataRow[];
}

/** Sectors in the order the text first names them, each with its mentions per stance. */
function cells(data: ChartData, lang: Lang): { sectors: string[]; cells: Cell[] } {
  const rows = data[DATASET];
  const order = [...STANCES].flatMap((s) => rows.filter((r) => r.stance === s));
  const sectors = [...new Map(order.map((r) => [r.sector as string, label(r, 'sector', lang)])).values()];
  const out: Cell[] = [];
  for (const stance of STANCES) {
    const byName = new Map<string, DataRow[]>();
    for (const r of rows.filter((r) => r.stance === stance)) byName.set(label(r, 'sector', lang), [...(byName.get(label(r, 'sector', lang)) ?? []), r]);
    for (const [name, rs] of byName) out.push({ sector: rs[0].sector as string, name, stance, rows: rs });
  }
  return { sectors, cells: out };
}

function overlap(data: ChartData): { gap: number; reappear: number } {
  const rows = data[DATASET];
  const gap = new Set(rows.filter((r) => r.stance === 'gap').map((r) => r.sector));
  const proposed = new Set(rows.filter((r) => r.stance === 'proposal').map((r) => r.sector));
  return { gap: gap.size, reappear: [...gap].filter((s) => proposed.has(s)).length };
}

/** A dot matrix: which sectors the text names as strong, lagging, data-rich or targeted. */
const spec: ChartSpec = {
  id: 'strategic-push-sector-mentions',
  datasets: [DATASET, 'dependence-shares'],
  anchor: 'compute',
  height: (width) => (width < 480 ? 520 : 470),
  notes: [
    {
      zh: '原文的行业列举多以“等”结尾，不是完整清单；空白只表示原文在该处没有点名，不表示该行业不符合。',
      en: 'The text’s lists mostly end in “etc.”, so they are not complete: an empty cell means only that the text does not name the sector there.',
    },
  ],
  text(data, lang) {
    const compute = findRow(data['dependence-shares'], { id: 'compute-internet-public-security' });
    const v = { ...overlap(data), share: formatQualified(num(compute, 'share'), 'percent', lang, compute.qualifier) };
    return lang === 'zh'
      ? {
          title: fillTemplate('{gap}个“未深度应用”的行业中有{reappear}个出现在建议措施里', v),
          subtitle: '该政策建议在不同语境中点名的行业；圆点越大，点名的措施越多',
          alt: fillTemplate(
            '原文说{share}的人工智能算力集中在互联网和公安行业，另列出{gap}个尚未深度应用人工智能的行业，其中{reappear}个（如交通、能源、制造）又被建议中的措施点名为重点行业。',
            v,
          ),
        }
      : {
          title: fillTemplate('{reappear} of the {gap} sectors the text calls lagging in AI reappear in its measures', v),
          subtitle: 'Sectors the proposal names in each context; larger dots: named by more measures',
          alt: fillTemplate(
            'The text puts {share} of AI computing power in the internet and public-security sectors and lists {gap} sectors where AI is not deeply applied; {reappear} of them (such as transport, energy and manufacturing) come back as key sectors in its proposed measures.',
            v,
          ),
        };
  },
  plot(data, { width, height, lang, interactive }) {
    const { sectors, cells: all } = cells(data, lang);
    const narrow = width < 480;
    const header = (s: (typeof STANCES)[number]) => HEADERS[s][lang];
    // Sector names wrapped to at most 30 % of the width set the left margin; the four columns share the rest,
    // and each header is wrapped (measured) to its column so neighbours never touch.
    const names = new Map(sectors.map((n) => [n, wrapText(n, width * 0.3, 12)]));
    const left = Math.ceil(widestLine([...names.values()].flat(), 12)) + 10;
    const column = (width - left - 8) / STANCES.length;
    const heads = new Map(
      STANCES.map((s) => [s, (narrow && lang === 'en' ? SHORT_EN[s] : header(s)).split('\n').flatMap((l) => wrapText(l, column - 6, 12, true))]),
    );
    const axisHeader = (s: (typeof STANCES)[number]) => heads.get(s)!.join('\n');
    const top = Math.max(...[...heads.values()].map((l) => l.length)) * 14 + 12;
    // Rows far enough apart for the longest wrapped sector name (the point scale leaves 0.6 of a step at each end).
    const step = Math.max((height - top - 4) / (sectors.length + 0.2), Math.max(...[...names.values()].map((l) => l.length)) * 14 + 4);
    const drawn = Math.ceil(top + 4 + step * (sectors.length + 0.2));
    const tip = (d: Cell) =>
      tipText(
        [`${d.name} · ${header(d.stance).replace('\n', '')}`, ...d.rows.map((r) => `${label(r, 'context', lang)}${lang === 'zh' ? '：' : ': '}“${r.quote}”`)],
        { width, height: drawn, lang },
      );
    return {
      width,
      height: drawn,
      style: { fontSize: '12px' },
      marginLeft: left,
      marginTop: top,
      marginRight: 8,
      marginBottom: 4,
      x: { type: 'point', domain: STANCES, axis: null, padding: 0.5 },
      y: { type: 'point', domain: sectors, axis: null, padding: 0.6 },
      r: { domain: [0, 3], range: [0, 8] },
      marks: [
        Plot.axisX({ anchor: 'top', tickFormat: axisHeader, tickSize: 0, lineHeight: 14 / 12, textAnchor: 'middle', fontWeight: 600, label: null }),
        Plot.axisY({ tickSize: 0, tickFormat: (n: string) => names.get(n)!.join('\n'), lineHeight: 14 / 12, label: null }),
        Plot.gridY({ stroke: 'var(--chart-grid)', strokeOpacity: 0.6 }),
        Plot.dot(all, { x: 'stance', y: 'name', r: (d: Cell) => d.rows.length, fill: (d: Cell) => COLOURS[d.stance] }),
        interactive ? Plot.dot(all, Plot.pointer({ x: 'stance', y: 'name', r: 13, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip({ width, height: drawn, lang }, all, Plot.pointer({ x: 'stance', y: 'name', lineWidth: tipLineWidth(width), title: tip }))
          : null,
      ],
    };
  },
};

export default spec;
