import * as Plot from '@observablehq/plot';
import { scaleLinear, scaleLog } from 'd3';
import type { DataRow } from '../../data/read-dataset.ts';
import { textWidth } from './text-width.ts';
import { chartTip } from './tip.ts';
import type { ChartLayout } from './types.ts';
import { widestLine, wrapText } from './wrap-text.ts';

const FONT = 12;
const LINE = 14;
const GAP = 6;

export interface HBarOptions<T = DataRow> {
  rows: T[];
  value: (d: T) => number;
  /** The row label (the category); wrapped onto more lines when the chart is narrow. */
  label: (d: T) => string;
  /** The value label at the bar end (or inside the bar when there is no room past it). */
  text: (d: T) => string;
  fill?: (d: T) => string;
  /** Tip lines; no tip when left out. */
  tip?: (d: T) => string[];
  /** Rows stay in the given order instead of largest first (ranks, time). */
  keepOrder?: boolean;
  /** The value axis; `nice: false` ends it at the largest value (when the scale's maximum is unknown). */
  x: { tickFormat: (v: number) => string; domain?: [number, number]; type?: 'linear' | 'log'; nice?: boolean; ticks?: number };
  /** Marks drawn under the value labels (reference lines, notes). */
  marks?: Plot.Markish[];
  /** Room above the bars, for a reference line's label. */
  top?: number;
  fillOpacity?: (d: T) => number;
  /** Rows listed under the bars with a text instead of a bar (a value on another scale). */
  rest?: { rows: T[]; text: (d: T) => string };
}

/** Label lines of each row: at most 38 % of a phone-wide chart (30 % of a wide one). */
function rowLabels<T>(o: HBarOptions<T>, width: number): Map<string, string[]> {
  const max = width * (width < 480 ? 0.38 : 0.3);
  return new Map([...o.rows, ...(o.rest?.rows ?? [])].map((d) => [o.label(d), wrapText(o.label(d), max, FONT)]));
}

function valueScale<T>(o: HBarOptions<T>, range: [number, number]) {
  const max = Math.max(...o.rows.map(o.value));
  const domain = o.x.domain ?? [o.x.type === 'log' ? Math.min(...o.rows.map(o.value)) / 2 : 0, max];
  const scale = o.x.type === 'log' ? scaleLog(domain, range) : scaleLinear(domain, range);
  return o.x.nice === false || o.x.domain ? scale : scale.nice(o.x.ticks);
}

type Ticks = (x: ReturnType<typeof valueScale>) => number[];

/** The right margin that holds every row's value label past its bar end, and the last tick label. */
function outsideMargin<T>(o: HBarOptions<T>, rows: T[], width: number, left: number, right: number, ticks: Ticks): number {
  const plotW = width - left - right;
  const x = valueScale(o, [0, plotW]);
  const last = ticks(x).at(-1)!;
  const tick = textWidth(o.x.tickFormat(last), 11) / 2 - (plotW - x(last));
  const label = (d: T) => widestLine(o.text(d).split('\n'), FONT, true);
  return Math.ceil(Math.max(8, tick + 2, ...rows.map((d) => x(o.value(d)) + GAP + label(d) - plotW + 2)));
}

/**
 * Where each value label goes and how much right margin the chart needs: past the bar end when
 * it fits, inside the bar when the bar is long enough, otherwise the margin grows to hold it.
 * The last tick label, centred on its tick, must fit too.
 */
function placeLabels<T>(o: HBarOptions<T>, width: number, left: number) {
  // As many ticks as fit with their labels apart (measured), at most the spec's count or 5.
  const ticks = (x: ReturnType<typeof valueScale>) => {
    const plotW = Math.abs(x.range()[1] - x.range()[0]);
    for (let n = o.x.ticks ?? 5; n > 1; n--) {
      const t = x.ticks(n);
      if (t.length * (Math.max(...t.map((v) => textWidth(o.x.tickFormat(v), 11))) + 12) <= plotW + 20) return t;
    }
    return x.ticks(1);
  };
  const label = (d: T) => widestLine(o.text(d).split('\n'), FONT, true);
  // Labels past the bar end read best: keep them all outside if that costs at most a fifth of the width.
  let right = 8;
  for (let pass = 0; pass < 4; pass++) right = outsideMargin(o, o.rows, width, left, right, ticks);
  let inside = new Set<T>();
  if (right > width * 0.2) {
    const plotW = width - left - Math.ceil(width * 0.2);
    const x = valueScale(o, [0, plotW]);
    inside = new Set(o.rows.filter((d) => label(d) + 2 * GAP <= x(o.value(d))));
    // The labels still outside set the margin, however wide they are: never cut a label off.
    const outside = o.rows.filter((d) => !inside.has(d));
    right = 8;
    for (let pass = 0; pass < 4; pass++) right = outsideMargin(o, outside, width, left, right, ticks);
  }
  const x = valueScale(o, [0, width - left - right]);
  return { right, inside, domain: x.domain(), ticks: ticks(x) };
}

/**
 * A sorted horizontal bar chart with direct labels: the house form for rank and magnitude.
 * Sizes itself: the row labels set the left margin (wrapped, measured), the value labels the
 * right margin, the number of label lines the row height.
 */
export function hbarPlot<T>(layout: ChartLayout, o: HBarOptions<T>): Plot.PlotOptions {
  const { width } = layout;
  const rows = o.keepOrder ? o.rows : [...o.rows].sort((a, b) => o.value(b) - o.value(a));
  const opts = { ...o, rows };
  const labels = rowLabels(opts, width);
  const left = Math.ceil(widestLine([...labels.values()].flat(), FONT)) + 10;
  const { right, inside, domain, ticks } = placeLabels<T>(opts, width, left);
  const lineCount = Math.max(...[...labels.values()].map((l) => l.length), ...rows.map((d) => o.text(d).split('\n').length));
  const step = Math.max(26, lineCount * LINE + 10);
  const rest = o.rest?.rows ?? [];
  const height = (o.top ?? 8) + 28 + (rows.length + rest.length) * step;
  const common = { x: o.value, y: o.label } as const;
  const fill = o.fill ?? ((): string => 'var(--chart-highlight)');
  return {
    width,
    height,
    style: { fontSize: `${FONT}px` },
    marginLeft: left,
    marginRight: right,
    marginTop: o.top ?? 8,
    marginBottom: 28,
    x: { type: o.x.type ?? 'linear', domain, ticks, tickFormat: o.x.tickFormat, label: null, grid: true },
    y: { domain: [...rows, ...rest].map(o.label), axis: null, padding: 0.3 },
    marks: [
      Plot.axisY({ tickSize: 0, tickFormat: (l: string) => labels.get(l)!.join('\n'), lineHeight: LINE / FONT, fill: 'var(--chart-text)' }),
      Plot.barX(rows, { ...common, x1: o.x.type === 'log' ? domain[0] : 0, x2: o.value, x: undefined, fill, fillOpacity: o.fillOpacity }),
      Plot.ruleX([domain[0]], { stroke: 'var(--chart-text)' }),
      ...(o.marks ?? []),
      o.rest
        ? Plot.text(rest, {
            x: domain[0],
            y: o.label,
            text: o.rest.text,
            textAnchor: 'start',
            dx: GAP,
            lineHeight: LINE / FONT,
            fill: 'var(--chart-muted)',
            fontStyle: 'italic',
          })
        : null,
      Plot.text(
        rows.filter((d) => !inside.has(d)),
        { ...common, text: o.text, textAnchor: 'start', dx: GAP, fontWeight: 600, fill: 'var(--chart-text)' },
      ),
      // Inside a bar: the page's background colour, which contrasts with every bar colour in both themes.
      Plot.text(
        rows.filter((d) => inside.has(d)),
        { ...common, text: o.text, textAnchor: 'end', dx: -GAP, fontWeight: 600, fill: 'var(--bg)' },
      ),
      layout.interactive
        ? Plot.barX(rows, Plot.pointerY({ ...common, x1: domain[0], x2: o.value, x: undefined, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 }))
        : null,
      o.tip ? chartTip<T>([...rows, ...rest], { x: (d: T) => (rest.includes(d) ? domain[0] : o.value(d)), y: o.label }, { ...layout, height }, o.tip) : null,
    ],
  };
}
