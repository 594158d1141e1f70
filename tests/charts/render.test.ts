import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { renderChartSvg } from '../../src/charts/render-svg.ts';
import { readChartData } from '../../src/data/chart-data.ts';
import { readAllDatasets } from '../../src/data/catalog.ts';

/** Rounds long decimals in coordinates (attributes) so a snapshot does not change with floating-point noise; text keeps its digits. */
function normalise(svg: string): string {
  return svg.replace(/="[^"]*"/g, (attr) => attr.replace(/(\d+\.\d{2})\d+/g, '$1')).replace(/></g, '>\n<');
}

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn');
});
afterEach(() => {
  warn.mockRestore();
});

describe.each([...charts.keys()])('chart %s', (id) => {
  const spec = charts.get(id)!;
  const data = readChartData(spec);

  it.each(['zh', 'en'] as const)('renders in %s to the committed SVG snapshot', async (lang) => {
    const svg = renderChartSvg(spec, data, lang, 640);
    expect(warn, 'Plot warned while rendering').not.toHaveBeenCalled();
    await expect(normalise(svg)).toMatchFileSnapshot(`__snapshots__/${id}.${lang}.svg`);
  });

  it.each(['zh', 'en'] as const)('is one labelled image in %s', (lang) => {
    const svg = renderChartSvg(spec, data, lang, 360);
    const text = spec.text(data, lang);
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toContain(`<title id="${id}-${lang}-360-svg-title">${text.title.replace(/&/g, '&amp;')}</title>`);
    expect(text.alt.length).toBeGreaterThan(20);
    expect(svg.match(/aria-label=/g) ?? []).toHaveLength(0);
  });

  it('names datasets that exist and a section of its report', () => {
    const all = readAllDatasets();
    for (const ds of spec.datasets) expect(all.has(ds), ds).toBe(true);
    expect(spec.anchor).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
