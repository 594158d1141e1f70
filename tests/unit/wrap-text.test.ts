import { describe, expect, it } from 'vitest';
import { wrapText } from '../../src/charts/lib/wrap-text.ts';

describe('wrapText', () => {
  it('breaks Latin text at spaces within the width', () => {
    const lines = wrapText('Intelligent computing grew from 3% to 41% of the total', 120, 12);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line).not.toMatch(/^\s|\s$/);
    expect(lines.join(' ')).toBe('Intelligent computing grew from 3% to 41% of the total');
  });

  it('never starts a Chinese line with closing punctuation: it hangs on the line before', () => {
    // Ten characters fit; the comma falls on the eleventh place.
    const lines = wrapText('一二三四五六七八九十，十一十二', 120, 12);
    expect(lines[0]).toBe('一二三四五六七八九十，');
    expect(lines.every((l) => !/^[，。、）》”]/.test(l))).toBe(true);
  });

  it('never ends a line with opening punctuation: it moves to the next line with its word', () => {
    const lines = wrapText('一二三四五六七八九《十一》', 120, 12);
    expect(lines[0]).toBe('一二三四五六七八九');
    expect(lines[1]).toBe('《十一》');
  });
});
