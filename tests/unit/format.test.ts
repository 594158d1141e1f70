import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatQualified, formatValue } from '../../src/format/number.ts';

describe('formatNumber', () => {
  it('uses 万, 亿 and 万亿 for large numbers in Chinese', () => {
    expect(formatNumber(1.75e12, 'zh')).toBe('1.75万亿');
    expect(formatNumber(5.59e9, 'zh')).toBe('55.9亿');
    expect(formatNumber(23000, 'zh')).toBe('2.3万');
    expect(formatNumber(9999, 'zh')).toBe('9999');
  });

  it('uses million, billion and trillion in English and groups thousands', () => {
    expect(formatNumber(1.75e12, 'en')).toBe('1.75 trillion');
    expect(formatNumber(5.59e9, 'en')).toBe('5.59 billion');
    expect(formatNumber(23000, 'en')).toBe('23,000');
    expect(formatNumber(2_100_000, 'en')).toBe('2.1 million');
  });

  it('keeps the digits the data has and drops floating-point noise', () => {
    expect(formatNumber(0.1 + 0.2, 'en')).toBe('0.3');
    expect(formatNumber(88.72, 'zh')).toBe('88.72');
  });

  it('takes the largest scale that prints the digits as reports do, without long decimals', () => {
    expect(formatNumber(6.716182e12, 'zh')).toBe('67161.82亿');
    expect(formatNumber(6.716182e12, 'en')).toBe('6,716.182 billion');
    expect(formatNumber(10198, 'zh')).toBe('10198');
    expect(formatNumber(444332, 'zh')).toBe('444332');
    expect(formatNumber(14197122, 'en')).toBe('14,197,122');
    expect(formatNumber(4.06e6, 'zh')).toBe('406万');
  });

  it('leaves numbers unscaled when the unit is not scaled', () => {
    expect(formatNumber(640000, 'zh', false)).toBe('640000');
  });
});

describe('formatValue', () => {
  it('closes Chinese units up to the number and spaces Latin units', () => {
    expect(formatValue(2e11, 'CNY', 'zh')).toBe('2000亿元');
    expect(formatValue(135, 'EFLOPS', 'zh')).toBe('135 EFLOPS');
    expect(formatValue(640, 'TOPS', 'en')).toBe('640 TOPS');
    expect(formatValue(16, 'percentage-points', 'zh')).toBe('16个百分点');
  });

  it('writes currencies the English way with a symbol before the number', () => {
    expect(formatValue(5.59e9, 'USD', 'en')).toBe('US$5.59 billion');
    expect(formatValue(5.59e9, 'USD', 'zh')).toBe('55.9亿美元');
    expect(formatValue(2e11, 'CNY', 'en')).toBe('200 billion yuan');
  });

  it('formats percentages, ranks and years', () => {
    expect(formatValue(41, 'percent', 'en')).toBe('41%');
    expect(formatValue(1, 'rank', 'zh')).toBe('第1');
    expect(formatValue(1, 'rank', 'en')).toBe('No. 1');
    expect(formatValue(2020, 'year', 'zh')).toBe('2020年');
  });
});

describe('formatQualified', () => {
  it('keeps the report hedges in both languages', () => {
    expect(formatQualified(31, 'percent', 'zh', ['approx'])).toBe('约31%');
    expect(formatQualified(31, 'percent', 'en', ['approx'])).toBe('about 31%');
    expect(formatQualified(2.3e4, 'count', 'en', ['more-than'])).toBe('more than 23,000');
  });

  it('marks forecasts so they cannot be read as measurements', () => {
    expect(formatQualified(2.51e10, 'USD', 'zh', ['forecast'])).toBe('预计251亿美元');
    expect(formatQualified(2.51e10, 'USD', 'en', ['forecast'])).toBe('US$25.1 billion (forecast)');
  });
});

describe('formatDate', () => {
  it('writes dates only as precisely as stored', () => {
    expect(formatDate('2020', 'zh')).toBe('2020年');
    expect(formatDate('2021-12', 'zh')).toBe('2021年12月');
    expect(formatDate('2023-05-30', 'en')).toBe('30 May 2023');
    expect(formatDate('2021-12', 'en')).toBe('Dec 2021');
  });
});
