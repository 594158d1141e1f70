import { describe, expect, it } from 'vitest';
import { proseValue } from '../../src/format/number-style.ts';

// One test per house rule in docs/writing.md ("Numbers in running text").
describe('English newsroom style', () => {
  it('spells out one to nine for counts and durations', () => {
    expect(proseValue(3, 'companies', 'en')).toBe('three companies');
    expect(proseValue(8, 'years', 'en')).toBe('eight years');
    expect(proseValue(1, 'years', 'en')).toBe('one year');
    expect(proseValue(6, 'count', 'en')).toBe('six');
  });
  it('keeps numerals from 10 up', () => {
    expect(proseValue(11, 'count', 'en')).toBe('11');
    expect(proseValue(100, 'companies', 'en')).toBe('100 companies');
  });
  it('keeps numerals with measurement units, money and percentages', () => {
    expect(proseValue(3, 'percent', 'en')).toBe('3%');
    expect(proseValue(3, 'EFLOPS', 'en')).toBe('3 EFLOPS');
  });
  it('writes multiples in words, not ×', () => {
    expect(proseValue(2, 'times', 'en')).toBe('twice');
    expect(proseValue(6, 'times', 'en')).toBe('six times');
    expect(proseValue(14000, 'times', 'en')).toBe('14,000 times');
  });
  it('writes small ranks as ordinals', () => {
    expect(proseValue(2, 'rank', 'en')).toBe('second');
  });
  it('gives the bare number for the first half of a range: five to eight years', () => {
    expect(`${proseValue(5, 'years', 'en', { bare: true })} to ${proseValue(8, 'years', 'en')}`).toBe('five to eight years');
  });
});

describe('Chinese per GB/T 15835-2011', () => {
  it('writes ordinals in Chinese numerals: 第二', () => {
    expect(proseValue(2, 'rank', 'zh')).toBe('第二');
    expect(proseValue(10, 'rank', 'zh')).toBe('第十');
    expect(proseValue(12, 'rank', 'zh')).toBe('第12');
  });
  it('writes small counts in Chinese numerals, 两 before a measure word: 两项, 六届', () => {
    expect(proseValue(2, 'count', 'zh')).toBe('两');
    expect(proseValue(6, 'count', 'zh')).toBe('六');
    expect(proseValue(2, 'items', 'zh')).toBe('两个');
    expect(proseValue(2, 'count', 'zh', { bare: true })).toBe('二');
  });
  it('keeps Arabic numerals from 10 up and for measured quantities, money and percentages', () => {
    expect(proseValue(11, 'count', 'zh')).toBe('11');
    expect(proseValue(23000, 'count', 'zh')).toBe('2.3万');
    expect(proseValue(3, 'percent', 'zh')).toBe('3%');
    expect(proseValue(3, 'years', 'zh')).toBe('3年');
  });
  it('writes small multiples as 两倍, 三倍, and large ones with 万 like any large number', () => {
    expect(proseValue(2, 'times', 'zh')).toBe('两倍');
    expect(proseValue(14000, 'times', 'zh')).toBe('1.4万倍');
  });
});
