import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';

/**
 * Keyboard and touch access to a hydrated chart's tooltips, for any spec,
 * with nothing to write in the spec: every mark that shows a tip (a
 * `Plot.tip(…, Plot.pointer(…))` mark or any mark with `tip: true`) becomes a
 * list of "stops", one per datum, placed with the chart's own scales.
 *
 * - Keyboard: the chart is one Tab stop; arrow keys move to the next or
 *   previous stop (Home, End: first, last; Escape hides). Each move sends
 *   Plot a pointer event at the stop, so the reader sees exactly what hover
 *   shows (tip, emphasis ring), and a polite live region reads the tip's text.
 * - Touch: a tap opens the nearest tip (Plot does this), a second tap on the
 *   same point or a tap anywhere else closes it, and so does the start of a
 *   scroll. Nothing cancels touch events, so scrolling is never blocked.
 *
 * Not covered: faceted charts (fx/fy) place stops without the facet offset.
 */

/** The parts of Plot's Mark class this module reads (public fields, not in the typings). */
interface MarkLike {
  tip?: unknown;
  fx?: unknown;
  fy?: unknown;
  initialize(
    facets?: unknown,
    facetChannels?: unknown,
    options?: PlotOptions,
  ): { data: unknown[] | null; channels: Record<string, { value: unknown[]; scale?: string }> };
}
type ScaleLike = { apply(value: unknown): number; bandwidth?: number; range?: number[] } | undefined;
type PlotFigure = Element & { scale(name: string): ScaleLike; value?: unknown };

export interface DrawnChart {
  /** The element Plot.plot returned (the <svg>, or a <figure> around it). */
  figure: PlotFigure;
  svg: SVGSVGElement;
  options: PlotOptions;
}

interface Stop {
  x: number;
  y: number;
}

const HINT = {
  zh: '按方向键逐个读取数值，按 Esc 关闭提示；完整数据见图下的数据表',
  en: 'Use the arrow keys to read each value, Escape to close; the data table below the chart has every value',
} as const;
const ROLE_NAME = { zh: '交互图表', en: 'interactive chart' } as const;

function tipMarks(marks: unknown): MarkLike[] {
  const all = (Array.isArray(marks) ? marks.flat(Infinity) : [marks]) as unknown[];
  return all.filter((m): m is MarkLike => typeof (m as MarkLike)?.initialize === 'function' && (m instanceof Plot.Tip || Boolean((m as MarkLike).tip)));
}

/** Pixel position along one axis, preferring the channels Plot's pointer prefers: p, the middle of 1 & 2, 1, then the plain channel. */
function axisPosition(channels: Record<string, { value: unknown[]; scale?: string }>, axis: 'x' | 'y', scale: ScaleLike, fallback: number) {
  const place = (v: unknown) => (scale ? scale.apply(v) + (scale.bandwidth ?? 0) / 2 : Number(v));
  const [p, one, two, plain] = [`p${axis}`, `${axis}1`, `${axis}2`, axis].map((name) => channels[name]?.value);
  return (i: number): number => {
    if (p) return place(p[i]);
    if (one && two) return (place(one[i]) + place(two[i])) / 2;
    if (one) return place(one[i]);
    if (plain) return place(plain[i]);
    return fallback;
  };
}

/**
 * A mark-level facet (`fy: 'metric'`) draws each facet translated by its band
 * minus the plot's margin, as Plot's facetTranslator does; the margin is where
 * the inner scale's range starts.
 */
function facetOffset(data: unknown[] | null, facet: unknown, outer: ScaleLike, inner: ScaleLike): (i: number) => number {
  if (facet == null || !outer || !data) return () => 0;
  const values = Plot.valueof(data, facet as string) as unknown[];
  const start = inner?.range ? Math.min(...inner.range) : 0;
  return (i) => outer.apply(values[i]) - start;
}

/**
 * Data that show the same tip are one stop for the reader (a box diagram spreads many pointer
 * targets over each box): the target nearest the middle of those that share the text.
 */
export function oneStopPerTip(at: Stop[], titles: unknown[] | undefined): Stop[] {
  if (!titles) return at;
  const groups = Map.groupBy(at.keys(), (i) => String(titles[i]));
  return [...groups.values()].map((indices) => {
    const mx = indices.reduce((sum, i) => sum + at[i].x, 0) / indices.length;
    const my = indices.reduce((sum, i) => sum + at[i].y, 0) / indices.length;
    return at[indices.reduce((best, i) => (Math.hypot(at[i].x - mx, at[i].y - my) < Math.hypot(at[best].x - mx, at[best].y - my) ? i : best))];
  });
}

/** Every tip-bearing datum's position in SVG coordinates, left to right, then top to bottom. */
export function chartStops({ figure, svg, options }: DrawnChart): Stop[] {
  const box = svg.viewBox.baseVal;
  const stops: Stop[] = [];
  for (const mark of tipMarks(options.marks)) {
    try {
      const { data, channels } = mark.initialize(undefined, undefined, options);
      const x = axisPosition(channels, 'x', figure.scale('x'), box.width / 2);
      const y = axisPosition(channels, 'y', figure.scale('y'), box.height / 2);
      const ox = facetOffset(data, mark.fx, figure.scale('fx'), figure.scale('x'));
      const oy = facetOffset(data, mark.fy, figure.scale('fy'), figure.scale('y'));
      const at = Array.from({ length: data?.length ?? 0 }, (_, i) => ({ x: x(i) + ox(i), y: y(i) + oy(i) }));
      stops.push(...oneStopPerTip(at, channels.title?.value));
    } catch {
      // A mark Plot cannot initialise out of context adds no stops; the data table still has every value.
    }
  }
  const finite = stops.filter((s) => Number.isFinite(s.x) && Number.isFinite(s.y)).sort((a, b) => a.x - b.x || a.y - b.y);
  return finite.filter((s, i) => i === 0 || Math.hypot(s.x - finite[i - 1].x, s.y - finite[i - 1].y) > 0.5);
}

function pointAt(svg: SVGSVGElement, stop: Stop): void {
  const point = new DOMPoint(stop.x, stop.y).matrixTransform(svg.getScreenCTM()!);
  svg.dispatchEvent(new PointerEvent('pointermove', { clientX: point.x, clientY: point.y, pointerType: 'mouse', bubbles: true }));
}

/** Plot hides a tip when a mouse pointer leaves the chart; touch and keyboard borrow that. */
function hideTip(svg: SVGSVGElement | null): void {
  svg?.dispatchEvent(new PointerEvent('pointerleave', { pointerType: 'mouse' }));
}

/** The text of the tip on screen, one line per tspan line. */
function tipText(svg: SVGSVGElement): string {
  // Plot relabels a tip it redraws; a faceted tip's label sits on the group hydrate-chart.ts marked.
  const text = svg.querySelector(':is([data-plot-tip], g[aria-label="tip"]) text');
  if (!text) return '';
  const lines = [...text.children].map((line) => (line.textContent ?? '').replace(/\u200b/g, '').trim());
  return lines.filter(Boolean).join('; ');
}

function startTouch(container: HTMLElement, current: () => DrawnChart | undefined): void {
  let lastTapped: unknown = null;
  container.addEventListener('pointerup', (event) => {
    if (event.pointerType === 'mouse') return;
    const chart = current();
    const value = chart?.figure.value ?? null;
    if (value !== null && value === lastTapped) {
      hideTip(chart!.svg);
      lastTapped = null;
    } else lastTapped = value;
  });
  container.addEventListener('pointercancel', () => ((lastTapped = null), hideTip(current()?.svg ?? null)));
  document.addEventListener('pointerdown', (event) => {
    if (event.pointerType === 'mouse' || container.contains(event.target as Node)) return;
    lastTapped = null;
    hideTip(current()?.svg ?? null);
  });
}

const KEYS: Partial<Record<string, (i: number, n: number) => number>> = {
  ArrowRight: (i, n) => Math.min(i + 1, n - 1),
  ArrowDown: (i, n) => Math.min(i + 1, n - 1),
  ArrowLeft: (i) => Math.max(i - 1, 0),
  ArrowUp: (i) => Math.max(i - 1, 0),
  Home: () => 0,
  End: (_, n) => n - 1,
};

function startKeyboard(container: HTMLElement, live: HTMLElement, current: () => DrawnChart | undefined): void {
  let index = -1;
  container.addEventListener('keydown', (event) => {
    const chart = current();
    if (!chart) return;
    if (event.key === 'Escape') return void ((index = -1), hideTip(chart.svg), (live.textContent = ''));
    const move = KEYS[event.key];
    const stops = move ? chartStops(chart) : [];
    if (!move || !stops.length) return;
    event.preventDefault();
    index = move(index < 0 && event.key.endsWith('Left') ? stops.length : index, stops.length);
    pointAt(chart.svg, stops[index]);
    // Faceted charts draw the tip on the next animation frame.
    requestAnimationFrame(() => (live.textContent = tipText(chart.svg)));
  });
  container.addEventListener('blur', () => ((index = -1), hideTip(current()?.svg ?? null)));
}

/**
 * Makes the live chart in `container` keyboard- and touch-friendly. `current`
 * returns the chart as drawn now (it is redrawn when its width changes).
 * Charts without tips stay as they are: an image with a data table.
 */
export function enableChartAccess(container: HTMLElement, lang: 'zh' | 'en', current: () => DrawnChart | undefined): void {
  startTouch(container, current);
  const chart = current();
  if (!chart || chartStops(chart).length === 0) return;
  container.tabIndex = 0;
  // A focusable group is not a widget: browse-mode screen readers may pass it by. An application
  // hands the arrow keys to the chart (NVDA and JAWS switch to focus mode, VoiceOver passes keys
  // through); its name is the chart title and its description says which keys to use.
  container.setAttribute('role', 'application');
  container.setAttribute('aria-roledescription', ROLE_NAME[lang]);
  const title = container.closest('figure')?.querySelector('.chart-title');
  if (title?.id) container.setAttribute('aria-labelledby', title.id);
  else container.setAttribute('aria-label', ROLE_NAME[lang]);
  const hint = document.createElement('p');
  hint.className = 'visually-hidden';
  hint.id = `${container.closest('figure')?.id ?? 'chart'}-keys`;
  hint.textContent = HINT[lang];
  container.setAttribute('aria-describedby', hint.id);
  container.after(hint);
  const live = document.createElement('p');
  live.className = 'visually-hidden chart-announcer';
  live.setAttribute('aria-live', 'polite');
  container.after(live);
  startKeyboard(container, live, current);
}
