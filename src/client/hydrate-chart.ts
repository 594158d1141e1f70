import * as Plot from '@observablehq/plot';
import { finishChartSvg } from '../charts/lib/finish-svg.ts';
import type { ChartData, ChartSpec } from '../charts/lib/types.ts';
import type { Lang } from '../format/number.ts';

// Lazy: each spec becomes its own chunk, loaded only for charts on the page.
const specs = import.meta.glob<{ default: ChartSpec }>(['../charts/*.ts', '!../charts/registry.ts', '!../charts/render-svg.ts']);

function draw(spec: ChartSpec, data: ChartData, lang: Lang, width: number, height: number): Element {
  const node = Plot.plot(spec.plot(data, { width, height, lang, interactive: true })) as Element;
  const svg = node.tagName.toLowerCase() === 'svg' ? node : node.querySelector('svg')!;
  return finishChartSvg(svg, spec.text(data, lang), `${spec.id}-live`);
}

/** The static drawing the reader sees now; the live chart takes exactly its box (no layout shift). */
function visibleStaticBox(el: HTMLElement): DOMRect | undefined {
  return [...el.querySelectorAll('.chart-static')].map((s) => s.getBoundingClientRect()).find((r) => r.height > 0);
}

export async function hydrateChart(el: HTMLElement): Promise<void> {
  const id = el.dataset.chart!;
  const lang = el.dataset.lang as Lang;
  const load = specs[`../charts/${id}.ts`];
  if (!load) return;
  const spec = (await load()).default;
  const data = JSON.parse(el.querySelector('script[type="application/json"]')!.textContent!) as ChartData;
  const box = visibleStaticBox(el);
  if (!box) return;
  const live = document.createElement('div');
  live.className = 'chart-live';
  live.append(draw(spec, data, lang, box.width, box.height));
  el.querySelectorAll('.chart-static').forEach((s) => s.remove());
  el.prepend(live);
  el.dataset.hydrated = 'true';
  let width = box.width;
  new ResizeObserver(([entry]) => {
    const next = entry.contentRect.width;
    if (next < 1 || Math.abs(next - width) < 1) return;
    width = next;
    live.replaceChildren(draw(spec, data, lang, next, spec.height(next)));
  }).observe(el);
}
