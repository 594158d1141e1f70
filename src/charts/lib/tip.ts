import * as Plot from '@observablehq/plot';
import type { DataRow } from '../../data/read-dataset.ts';
import type { Lang } from '../../format/number.ts';
import type { ChartLayout } from './types.ts';
import { wrapText } from './wrap-text.ts';

/** The tip's font size, set on the tip (it would otherwise inherit the chart's 12 px from the spec's style). */
const TIP_FONT = 12;
/**
 * What Plot's tip adds around its text: 8 px padding each side and a 12 px pointer. Plot puts the
 * tip beside the point only where text + this fits, so that is the budget on each side.
 */
const TIP_FRAME = 2 * 8 + 12;
/** Chinese lines need air between them; Latin reads fine tighter. */
const LINE_HEIGHT: Record<Lang, number> = { zh: 1.45, en: 1.25 };

/**
 * Tip width in ems for a chart this wide. Plot puts a tip beside the point, on whichever side
 * has room, so a tip no wider than half the chart always fits.
 */
export function tipLineWidth(width: number): number {
  return Math.max(8, Math.min(24, Math.floor((width / 2 - TIP_FRAME - 2) / TIP_FONT)));
}

/**
 * Tip text pre-wrapped to the tip's width (Plot wraps only at spaces, so a Chinese quote
 * would be cut off) and cut to the lines that fit in half the chart's height (Plot puts the
 * tip above or below the point, whichever has room). A short chart still gets four lines, or
 * as many as its whole height holds; keep-tips-inside.ts then shifts such a tip into the chart.
 * The data table has every quote whole.
 */
export function tipText(lines: string[], layout: Pick<ChartLayout, 'width' | 'height' | 'lang'>): string {
  const { width, height, lang } = layout;
  const px = tipLineWidth(width) * TIP_FONT;
  const wrapped = lines.flatMap((line) => wrapText(line, px, TIP_FONT));
  const line = TIP_FONT * LINE_HEIGHT[lang];
  const max = Math.max(Math.floor((height / 2 - TIP_FRAME) / line), Math.min(4, Math.floor((height - 2 * 8 - 4) / line)), 1);
  if (wrapped.length <= max) return wrapped.join('\n');
  const kept = wrapped.slice(0, max);
  kept[max - 1] = `${kept[max - 1].slice(0, -1)}…`;
  return kept.join('\n');
}

/**
 * The report's words for a tip. On English pages our English rendering (`quote_en`) when the
 * row has one, else the Chinese marked as the original; the original is in the data table.
 */
export function quoteLine(row: DataRow, lang: Lang): string {
  const english = typeof row.quote_en === 'string' ? row.quote_en.trim() : '';
  if (lang === 'zh') return `“${row.quote}”`;
  return english ? `“${english}” (our translation)` : `Original (Chinese): “${row.quote}”`;
}

type Channels = Record<string, unknown>;

/** Font size and line height for every tip; Plot's own wrapping gets slack so it never re-breaks our lines. */
function tipStyle(layout: Pick<ChartLayout, 'width' | 'lang'>) {
  return { fontSize: TIP_FONT, lineWidth: tipLineWidth(layout.width) + 4, lineHeight: LINE_HEIGHT[layout.lang] };
}

/**
 * The one tooltip of a chart: Plot's tip on the nearest datum (pointerY for rows of bars,
 * pointer for scatters), wrapped and sized for the chart. `lines` gives the tip's lines.
 */
export function chartTip<T>(
  rows: T[],
  channels: Channels,
  layout: ChartLayout,
  lines: (d: T) => string[],
  pointer: (o: Channels) => Channels = Plot.pointerY as never,
): Plot.Markish | null {
  if (!layout.interactive) return null;
  return Plot.tip(
    rows,
    pointer({
      ...channels,
      ...tipStyle(layout),
      title: (d: T) => tipText(lines(d), layout),
    }) as Plot.TipOptions,
  );
}

type TipOptions = Plot.TipOptions & { title?: unknown };

/**
 * Plot.tip with the house fitting, for specs that build their own pointer options: the title
 * (a function, or a field name) is re-wrapped and cut by `tipText`, width and line height set.
 */
export function fittedTip(layout: Pick<ChartLayout, 'width' | 'height' | 'lang'>, data: unknown, options: TipOptions): Plot.Tip {
  const { title } = options;
  const raw =
    typeof title === 'function'
      ? (d: unknown, i: number) => String((title as (d: unknown, i: number) => unknown)(d, i) ?? '')
      : typeof title === 'string'
        ? (d: unknown) => String((d as Record<string, unknown>)[title] ?? '')
        : null;
  const fitted = raw ? (d: unknown, i: number) => tipText(raw(d, i).split('\n'), layout) : title;
  return Plot.tip(data as Plot.Data, { ...options, title: fitted as never, ...tipStyle(layout) });
}
