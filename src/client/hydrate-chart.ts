import * as Plot from '@observablehq/plot';
import { finishChartSvg } from '../charts/lib/finish-svg.ts';
import type { ChartData, ChartSpec } from '../charts/lib/types.ts';
import type { Lang } from '../format/number.ts';
import { enableChartAccess, type DrawnChart } from './chart-access.ts';
import { keepTipsInside } from './keep-tips-inside.ts';

// Lazy: each spec becomes its own chunk, loaded only for charts on the page.
const specs = import.meta.glob<{ default: ChartSpec }>(['../charts/*.ts', '!../charts/registry.ts', '!../charts/render-*.ts']);

function draw(spec: ChartSpec, data: ChartData, lang: Lang, width: number, height: number): DrawnChart {
  const options = spec.plot(data, { width, height, lang, interactive: true });
  const figure = Plot.plot(options) as unknown as DrawnChart['figure'];
  const svg = (figure.tagName.toLowerCase() === 'svg' ? figure : figure.querySelector('svg')!) as SVGSVGElement;
  // finishChartSvg strips Plot's aria-labels; keep a mark on tip groups so chart-access.ts can find tips.
  svg.querySelectorAll('[aria-label="tip"]').forEach((g) => g.setAttribute('data-plot-tip', ''));
  finishChartSvg(svg, spec.text(data, lang), `${spec.id}-live`);
  keepTipsInside(svg);
  return { figure, svg, options };
}

/**
 * The static drawing the reader sees now: its on-screen width and the size it was drawn at.
 * The live chart is drawn at that same size and scaled like it, so hydrating shifts nothing
 * (specs that fit their height to the width would otherwise grow or shrink the page under a
 * reader who is scrolling or jumping to a section).
 */
function visibleStatic(el: HTMLElement): { shown: number; width: number } | undefined {
  const svg = [...el.querySelectorAll<SVGSVGElement>('.chart-static svg')].find((s) => s.getBoundingClientRect().height > 0);
  if (!svg) return undefined;
  return { shown: svg.getBoundingClientRect().width, width: svg.viewBox.baseVal.width };
}

export async function hydrateChart(el: HTMLElement): Promise<void> {
  const id = el.dataset.chart!;
  const lang = el.dataset.lang as Lang;
  const load = specs[`../charts/${id}.ts`];
  if (!load) return;
  const spec = (await load()).default;
  const data = JSON.parse(el.querySelector('script[type="application/json"]')!.textContent!) as ChartData;
  const box = visibleStatic(el);
  if (!box) return;
  const live = document.createElement('div');
  live.className = 'chart-live';
  let chart = draw(spec, data, lang, box.width, spec.height(box.width));
  live.append(chart.svg);
  el.querySelectorAll('.chart-static').forEach((s) => s.remove());
  el.prepend(live);
  enableChartAccess(live, lang, () => chart);
  el.dataset.hydrated = 'true';
  let width = box.shown;
  new ResizeObserver(([entry]) => {
    const next = entry.contentRect.width;
    if (next < 1 || Math.abs(next - width) < 1) return;
    width = next;
    chart = draw(spec, data, lang, next, spec.height(next));
    live.replaceChildren(chart.svg);
  }).observe(el);
}
