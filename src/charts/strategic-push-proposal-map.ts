import * as Plot from '@observablehq/plot';
import { formatValue, type Lang } from '../format/number.ts';
import type { Unit } from '../format/units.ts';
import type { DataRow } from '../data/read-dataset.ts';
import type { ChartData, ChartSpec } from './lib/types.ts';
import { fill } from './lib/finish-svg.ts';
import { label, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth, tipText } from './lib/tip.ts';

const DIRECTIONS = 'proposal-directions';
const MEASURES = 'proposal-measures';
const TARGETS = 'proposal-targets';
const CHALLENGES = 'proposal-challenges';
/** Lines (measure titles + targets) under each direction; plot() checks the data still agrees. */
const LINES = [5, 4, 6, 3];
const LINE = 18;
const HEAD = 44;
const GAP = 16;

const twoColumns = (width: number) => width >= 560;
const blockHeight = (lines: number) => HEAD + lines * LINE + GAP;

function chipText(t: DataRow, lang: Lang): string {
  const v = typeof t.value === 'number' ? formatValue(t.value, t.unit as Unit, lang) : '';
  return fill(String(t[`chip_${lang}`]), { v });
}

interface Item {
  kind: 'head' | 'sub' | 'measure' | 'target';
  x: number;
  y: number;
  text: string;
  tip?: string;
}

/** Places every direction block: one column on a phone, two on a wide screen. */
function layout(data: ChartData, width: number, lang: Lang): Item[] {
  const targets = data[TARGETS];
  const items: Item[] = [];
  const col = twoColumns(width) ? (width - 20) / 2 : width;
  const tops = LINES.map((_, i) =>
    twoColumns(width) ? (i < 2 ? 0 : Math.max(blockHeight(LINES[0]), blockHeight(LINES[1]))) : LINES.slice(0, i).reduce((s, n) => s + blockHeight(n), 0),
  );
  [...data[DIRECTIONS]]
    .sort((a, b) => num(a, 'order') - num(b, 'order'))
    .forEach((dir, i) => {
      const x = twoColumns(width) ? (i % 2) * (col + 20) : 0;
      let y = tops[i];
      const challenge = data[CHALLENGES].find((c) => c.direction_id === dir.id);
      items.push({ kind: 'head', x: x + 10, y, text: `${num(dir, 'order')}  ${label(dir, 'label', lang)}`, tip: label(dir, 'title', lang) });
      items.push({ kind: 'sub', x: x + 22, y: y + 20, text: (lang === 'zh' ? '应对：' : 'answers: ') + (challenge ? label(challenge, 'label', lang) : '') });
      y += HEAD;
      const measures = data[MEASURES].filter((m) => m.direction_id === dir.id).sort((a, b) => num(a, 'measure') - num(b, 'measure'));
      for (const m of measures) {
        items.push({
          kind: 'measure',
          x: x + 22,
          y,
          text: `${num(m, 'measure')}. ${label(m, 'label', lang)}`,
          tip: `${label(m, 'title', lang)}\n${label(m, 'summary', lang)}`,
        });
        y += LINE;
        for (const t of targets.filter((t) => t.measure_id === m.id)) {
          items.push({ kind: 'target', x: x + 40, y, text: `▸ ${chipText(t, lang)}`, tip: `${label(t, 'label', lang)}\n“${t.quote}”` });
          y += LINE;
        }
      }
      if (y - tops[i] - HEAD !== LINES[i] * LINE)
        throw new Error(`strategic-push-proposal-map: direction ${dir.id} no longer has ${LINES[i]} lines; update LINES`);
    });
  return items;
}

const STYLE = {
  head: { fill: 'var(--chart-accent)', fontWeight: 700, fontSize: 14 },
  sub: { fill: 'var(--chart-muted)', fontWeight: 400, fontSize: 12 },
  measure: { fill: 'var(--chart-text)', fontWeight: 400, fontSize: 13 },
  target: { fill: 'var(--chart-highlight)', fontWeight: 600, fontSize: 12 },
} as const;

/** The proposal as a tree: direction → the challenge it answers → numbered measures → targets in the text. */
const spec: ChartSpec = {
  id: 'strategic-push-proposal-map',
  datasets: [MEASURES, DIRECTIONS, TARGETS, CHALLENGES],
  anchor: 'proposals',
  height: (width) =>
    (twoColumns(width)
      ? Math.max(blockHeight(LINES[0]), blockHeight(LINES[1])) + Math.max(blockHeight(LINES[2]), blockHeight(LINES[3]))
      : LINES.reduce((s, n) => s + blockHeight(n), 0)) + 4,
  notes: [
    {
      zh: '“应对”一栏把每个方向与原文第一部分的四项挑战对应起来，这一对应是本站归纳的，原文没有明说。',
      en: 'The “answers” line matches each direction to one of the four challenges in the first part of the text; the matching is ours, not the text’s.',
    },
    {
      zh: '最低应用比率的“如30%”是原文举的例子，不是确定的数值；原文没有写明各项“三年”从何时起算。',
      en: 'The “e.g. 30%” minimum share is the text’s example, not a fixed figure; the text does not say when any of the “three years” start.',
    },
  ],
  text(data, lang) {
    const v = { directions: data[DIRECTIONS].length, measures: data[MEASURES].length, targets: data[TARGETS].length };
    return lang === 'zh'
      ? {
          title: fill('{directions}个方向、{measures}项措施，只有少数写明了数量目标', v),
          subtitle: '该政策建议第二部分的结构：方向、所应对的挑战、编号措施及原文写明的目标',
          alt: fill(
            '建议分为{directions}个方向（自主根技术、算力与数据、行业应用、人才），共{measures}项措施；原文写明的{targets}项目标集中在根技术专项、计算中心和保障国产根技术应用三项措施上，包括三年期限和“如30%”的最低应用比率。',
            v,
          ),
        }
      : {
          title: fill('{directions} directions, {measures} measures, and few numeric targets', v),
          subtitle: 'How the proposal’s second part is built: directions, the challenge each answers, numbered measures and the targets the text names',
          alt: fill(
            'The proposal has {directions} directions (own root technologies, computing and data, industry adoption, talent) with {measures} measures; its {targets} stated targets sit in three measures (the root-technology programme, computing centres and guaranteed domestic adoption), including three-year deadlines and a minimum adoption share of “e.g. 30%”.',
            v,
          ),
        };
  },
  plot(data, { width, height, lang, interactive }) {
    const items = layout(data, width, lang);
    const pointable = items.filter((d) => d.tip).map((d) => ({ ...d, tip: tipText(String(d.tip).split('\n'), { width, height, lang }) }));
    const textMark = (kind: Item['kind']) =>
      Plot.text(
        items.filter((d) => d.kind === kind),
        { x: 'x', y: 'y', text: 'text', textAnchor: 'start', lineAnchor: 'top', ...STYLE[kind] },
      );
    return {
      width,
      height,
      style: { fontSize: '12px' },
      margin: 0,
      marginTop: 8,
      x: { type: 'identity', axis: null },
      y: { type: 'identity', axis: null },
      marks: [
        Plot.rect(
          items.filter((d) => d.kind === 'head'),
          // The rule sits in the gutter left of the heading (x is where its number starts), not over the number.
          { x1: (d: Item) => d.x - 9, x2: (d: Item) => d.x - 6, y1: 'y', y2: (d: Item) => d.y + 36, fill: 'var(--chart-accent)' },
        ),
        (['head', 'sub', 'measure', 'target'] as const).map(textMark),
        interactive
          ? fittedTip(
              { width, height, lang },
              pointable,
              Plot.pointer({ x: (d: Item) => d.x + 20, y: (d: Item) => d.y + 8, lineWidth: tipLineWidth(width), title: 'tip', maxRadius: 60 }),
            )
          : null,
      ],
    };
  },
};

export default spec;
