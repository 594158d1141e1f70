import { describe, expect, it } from 'vitest';
import { tipLineWidth, tipText } from '../../src/charts/lib/tip.ts';
import { textWidth } from '../../src/charts/lib/text-width.ts';
import { shiftInside } from '../../src/client/keep-tips-inside.ts';

// Plot keeps a tip beside its point only where its text plus 28 px (padding and pointer) fits.
const FRAME = 28;
const quote =
  'The report names the city among the first national pilot zones for new-generation artificial intelligence innovation and development, citing its computing centres and its industrial base.';

describe('tip text fits where Plot can place it', () => {
  it.each([288, 343, 688])('at %i px every line fits in half the chart with the frame', (width) => {
    const lines = tipText([quote], { width, height: 400, lang: 'en' }).split('\n');
    for (const line of lines) expect(textWidth(line, 12) + FRAME).toBeLessThan(width / 2);
    expect(tipLineWidth(width) * 12 + FRAME).toBeLessThan(width / 2);
  });

  it('cuts to the lines half the chart height holds, and a short chart still gets some', () => {
    const tall = tipText([quote, quote], { width: 288, height: 400, lang: 'en' }).split('\n');
    expect(tall.length * 12 * 1.25 + FRAME).toBeLessThan(200);
    expect(tall.at(-1)).toMatch(/…$/);
    const short = tipText([quote], { width: 288, height: 114, lang: 'en' }).split('\n');
    expect(short.length).toBe(4);
    expect(short.length * 12 * 1.25 + 16).toBeLessThan(114);
  });
});

describe('shiftInside', () => {
  it('moves an interval that sticks out back in, and leaves one inside alone', () => {
    expect(shiftInside(-30, 100, 288)).toBe(30);
    expect(shiftInside(200, 300, 288)).toBe(-12);
    expect(shiftInside(10, 100, 288)).toBe(0);
    // Wider than the frame: the start stays in view.
    expect(shiftInside(20, 400, 288)).toBe(-20);
  });
});
