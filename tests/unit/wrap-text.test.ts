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

describe('wrapText, word by word', () => {
  it('breaks Chinese between words, never mid-word (覆盖/范围, not 覆盖范/围)', () => {
    // Three characters fit a line: by character this would be 数据覆 / 盖范围.
    expect(wrapText('数据覆盖范围', 36, 12)).toEqual(['数据', '覆盖', '范围']);
    expect(wrapText('数据质量', 36, 12)).toEqual(['数据', '质量']);
  });

  it('keeps "(forecast)" and "1,500" whole: Latin breaks only at spaces', () => {
    const lines = wrapText('nearly 1,500 (forecast)', 60, 12);
    expect(lines).toEqual(['nearly', '1,500', '(forecast)']);
  });

  it('measures Latin by its letters: a line of i fits more letters than a line of W', () => {
    expect(wrapText('iiii iiii iiii', 60, 12)).toHaveLength(1);
    expect(wrapText('WWWW WWWW WWWW', 60, 12).length).toBeGreaterThan(2);
  });
});

it('keeps words joined by a no-break space on one line (a map key: "SU Suzhou")', () => {
  const lines = wrapText('BJ\u00a0Beijing · SU\u00a0Suzhou · HZ\u00a0Hangzhou', 90, 12);
  expect(lines.every((l) => !/(BJ|SU|HZ)$/.test(l))).toBe(true);
});
