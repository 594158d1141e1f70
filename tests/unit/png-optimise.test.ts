import { Resvg } from '@resvg/resvg-js';
import { Transformer } from '@napi-rs/image';
import { describe, expect, it } from 'vitest';
import { optimisePng } from '../../src/charts/lib/png-optimise.ts';
import { resvgFontOptions } from '../../src/charts/lib/fonts.ts';
import { renderStandaloneSvg } from '../../src/charts/render-standalone.ts';
import { readChartContext } from '../../src/data/chart-context.ts';

/** RGBA pixels as RGB, when every pixel is opaque (what the optimiser's colour-type reduction does). */
function opaqueRgb(rgba: Buffer): Buffer {
  const rgb = Buffer.alloc((rgba.length / 4) * 3);
  for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
    expect(rgba[i + 3]).toBe(255);
    rgba.copy(rgb, j, i, i + 3);
  }
  return rgb;
}

describe('PNG optimisation', () => {
  it('keeps every pixel of a chart image and saves at least a third of its bytes', () => {
    const ctx = readChartContext('compute-structure', 'zh');
    const svg = renderStandaloneSvg(ctx.spec, ctx.data, 'zh', { source: ctx.sourceText, credit: ctx.credit });
    const raw = new Resvg(svg, { font: resvgFontOptions() }).render().asPng();
    const optimised = optimisePng(raw);
    expect(optimised.length).toBeLessThan(raw.length * 0.67);
    // resvg writes RGBA; the optimiser drops the alpha channel of an opaque image.
    const before = opaqueRgb(new Transformer(raw).rawPixelsSync());
    const after = new Transformer(optimised).rawPixelsSync();
    expect(Buffer.compare(after, before)).toBe(0);
  });
});
