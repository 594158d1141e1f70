import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { drawnHeight, renderChartSvg } from '../../src/charts/render-svg.ts';
import { readChartContext } from '../../src/data/chart-context.ts';
import { oembedFor } from '../../src/data/oembed.ts';

// The embed iframe starts at the chart's height plus its text; a self-sizing chart (the house bar
// chart sets its height from its rows) must not get the spec's nominal height instead.
describe('the height embeds start from', () => {
  it.each([...charts.keys()])('%s: the height the SVG is drawn at', (id) => {
    const { spec, data } = readChartContext(id, 'en');
    const svg = renderChartSvg(spec, data, 'en', 720);
    const drawn = Number(svg.match(/viewBox="0 0 [\d.]+ ([\d.]+)"/)![1]);
    expect(drawnHeight(spec, data, 'en', 720)).toBe(drawn);
  });

  it('oEmbed uses it', () => {
    const id = 'ai-companies-by-city-2020';
    const ctx = readChartContext(id, 'en');
    expect(oembedFor(id, 'en', ctx, new URL('https://example.org/')).height).toBe(drawnHeight(ctx.spec, ctx.data, 'en', 720) + 180);
  });
});
