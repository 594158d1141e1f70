import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { renderChartSvg } from '../../src/charts/render-svg.ts';
import { readChartData } from '../../src/data/chart-data.ts';

// The HTML validator (vnu) rejects font-variant="tabular-nums" on SVG elements: the attribute's
// grammar is CSS 2's (normal | small-caps). Tabular figures must come from CSS font-variant-numeric.
describe.each([...charts.keys()])('chart %s', (id) => {
  it.each(['zh', 'en'] as const)('in %s asks for tabular figures in CSS, not with an SVG attribute vnu rejects', (lang) => {
    const spec = charts.get(id)!;
    const svg = renderChartSvg(spec, readChartData(spec), lang, 360);
    expect(svg).not.toMatch(/ font-variant="/);
  });
});

it('keeps the tabular figures Plot asked for', () => {
  const spec = charts.get('ai-chips-int8-tops')!;
  expect(renderChartSvg(spec, readChartData(spec), 'en', 360)).toContain('font-variant-numeric: tabular-nums');
});
