import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { finishChartSvg } from './lib/finish-svg.ts';
import type { ChartData, ChartSpec, ChartText } from './lib/types.ts';
import type { Lang } from '../format/number.ts';

/** The widths the static SVG is drawn at: CHARTS.md designs at 360 px and lets it breathe at 720 px. */
export const STATIC_WIDTHS = [360, 720] as const;

/** Renders Plot options to one accessible SVG string on the server: no tips, no script. */
export function renderPlotSvg(build: (document: Document) => Plot.PlotOptions, text: ChartText, id: string): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const doc = document as unknown as Document;
  const node = Plot.plot({ ...build(doc), document: doc }) as unknown as Element;
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg');
  if (!svg) throw new Error(`chart ${id}: Plot returned no <svg>`);
  finishChartSvg(svg, text, id);
  return svg.outerHTML;
}

/** Renders a chart to an SVG string on the server (build, tests): no tips, no script. */
export function renderChartSvg(spec: ChartSpec, data: ChartData, lang: Lang, width: number): string {
  const build = (document: Document) => spec.plot(data, { width, height: spec.height(width), lang, document, interactive: false });
  return renderPlotSvg(build, spec.text(data, lang), `${spec.id}-${lang}-${width}`);
}

/**
 * The height a chart is drawn at for `width`. Specs that size themselves from their labels (the
 * house bar chart, wrapped rows) return their own height, which wins over `spec.height`.
 */
export function drawnHeight(spec: ChartSpec, data: ChartData, lang: Lang, width: number): number {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const options = spec.plot(data, { width, height: spec.height(width), lang, document: document as unknown as Document, interactive: false });
  return options.height ?? spec.height(width);
}
