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

/** As many ticks as fit with their labels apart (measured), at most the spec's count or 5. */
function fittingTicks<T>(o: HBarOptions<T>, x: ReturnType<typeof valueScale>): number[] {
  const plotW = Math.abs(x.range()[1] - x.range()[0]);
  for (let n = o.x.ticks ?? 5; n > 1; n--) {
    const t = x.ticks(n);
    if (t.length * (Math.max(...t.map((v) => textWidth(o.x.tickFormat(v), 11))) + 12) <= plotW + 20) return t;
  }
  return x.ticks(1);
}

/**
 * Where each value label goes, decided at the plot width the chart is drawn at: past the bar
 * end when it fits there, else inside the bar when the bar holds it, else wrapped onto more
 * lines past the bar end. The right margin is what the labels need past the bars, at most a
 * fifth of the width; the last tick label, centred on its tick, must fit in it too.
 */
function placeLabels<T>(o: HBarOptions<T>, width: number, left: number) {
  const lines = (d: T) => o.text(d).split('\n');
  const needed = (right: number) => {
    const plotW = width - left - right;
    const x = valueScale(o, [0, plotW]);
    const last = fittingTicks(o, x).at(-1)!;
    const tick = textWidth(o.x.tickFormat(last), 11) / 2 - (plotW - x(last));
    return Math.ceil(Math.max(8, tick + 2, ...o.rows.map((d) => x(o.value(d)) + GAP + widestLine(lines(d), FONT, true) - plotW + 2)));
  };
  let right = 8;
  for (let pass = 0; pass < 4; pass++) right = Math.min(needed(right), Math.ceil(width * 0.2));
  const plotW = width - left - right;
  const x = valueScale(o, [0, plotW]);
  const inside = new Set<T>();
  const texts = new Map<T, string[]>();
  for (const d of o.rows) {
    const room = plotW + right - x(o.value(d)) - GAP - 2;
    if (widestLine(lines(d), FONT, true) <= room) texts.set(d, lines(d));
    else if (widestLine(lines(d), FONT, true) + 2 * GAP <= x(o.value(d))) (inside.add(d), texts.set(d, lines(d)));
    else
      texts.set(
        d,
        lines(d).flatMap((l) => wrapText(l, Math.max(room, x(o.value(d)) - 2 * GAP), FONT, true)),
      );
    // Too long for either side on one line: wrapped to the wider side.
    if (!inside.has(d) && widestLine(texts.get(d)!, FONT, true) > room) inside.add(d);
  }
  return { right, inside, texts, domain: x.domain(), ticks: fittingTicks(o, x) };
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
  const { right, inside, texts, domain, ticks } = placeLabels<T>(opts, width, left);
  const text = (d: T) => texts.get(d)!.join('\n');
  // A row listed without a bar: its text wrapped (measured) to the plot's width.
  const restLines = (d: T) =>
    o
      .rest!.text(d)
      .split('\n')
      .flatMap((l) => wrapText(l, width - left - GAP - 4, FONT));
  const lineCount = Math.max(
    ...[...labels.values()].map((l) => l.length),
    ...rows.map((d) => texts.get(d)!.length),
    ...(o.rest?.rows ?? []).map((d) => restLines(d).length),
  );
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
            text: (d: T) => restLines(d).join('\n'),
            textAnchor: 'start',
            dx: GAP,
            lineHeight: LINE / FONT,
            fill: 'var(--chart-muted)',
            fontStyle: 'italic',
          })
        : null,
      Plot.text(
        rows.filter((d) => !inside.has(d)),
        { ...common, text, textAnchor: 'start', dx: GAP, fontWeight: 600, lineHeight: LINE / FONT, fill: 'var(--chart-text)' },
      ),
      // Inside a bar: the page's background colour, which contrasts with every bar colour in both themes.
      Plot.text(
        rows.filter((d) => inside.has(d)),
        { ...common, text, textAnchor: 'end', dx: -GAP, fontWeight: 600, lineHeight: LINE / FONT, fill: 'var(--bg)' },
      ),
      layout.interactive
        ? Plot.barX(rows, Plot.pointerY({ ...common, x1: domain[0], x2: o.value, x: undefined, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 }))
        : null,
      o.tip ? chartTip<T>([...rows, ...rest], { x: (d: T) => (rest.includes(d) ? domain[0] : o.value(d)), y: o.label }, { ...layout, height }, o.tip) : null,
    ],
  };
}
