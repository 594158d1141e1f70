import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatQualified, formatValue } from '../../src/format/number.ts';
import { formatCitation, type CitedPage, type CitedReport } from '../../src/format/citation.ts';

// Edges of the formatter that no article happens to exercise today: each rule is what a
// reader of that language expects, stated here independently of the code.
describe('formatNumber at the scale boundaries', () => {
  it('switches to 万 and 亿 exactly at 1万 and 1亿', () => {
    expect(formatNumber(9999, 'zh')).toBe('9999');
    expect(formatNumber(10000, 'zh')).toBe('1万');
    expect(formatNumber(1e8, 'zh')).toBe('1亿');
    expect(formatNumber(1e12, 'zh')).toBe('1万亿');
  });

  it('switches to million exactly at a million and groups below it', () => {
    expect(formatNumber(999999, 'en')).toBe('999,999');
    expect(formatNumber(1e6, 'en')).toBe('1 million');
    expect(formatNumber(1e9, 'en')).toBe('1 billion');
  });

  it('keeps every decimal the data has in English, even past three', () => {
    expect(formatNumber(0.12345, 'en')).toBe('0.12345');
    expect(formatNumber(1234.5678, 'en')).toBe('1,234.5678');
  });

  it('writes negative values with their sign before the scaled number', () => {
    expect(formatNumber(-23000, 'zh')).toBe('-2.3万');
    expect(formatNumber(-2_100_000, 'en')).toBe('-2.1 million');
    expect(formatValue(-5, 'percent', 'en')).toBe('-5%');
  });
});

describe('formatValue units', () => {
  it('writes years without thousands separators', () => {
    expect(formatValue(2020, 'year', 'en')).toBe('2020');
    expect(formatValue(2020, 'year', 'zh')).toBe('2020年');
  });

  it('spaces percentage points in English and closes them up in Chinese', () => {
    expect(formatValue(16, 'percentage-points', 'en')).toBe('16 percentage points');
    expect(formatValue(16, 'percentage-points', 'zh')).toBe('16个百分点');
  });
});

describe('formatQualified with two qualifiers', () => {
  it('keeps both hedges of a forecast that is also a lower bound', () => {
    expect(formatQualified(100, 'companies', 'zh', ['more-than', 'forecast'])).toBe('预计超过100家');
    expect(formatQualified(100, 'companies', 'en', ['more-than', 'forecast'])).toBe('more than 100 companies (forecast)');
  });
});

describe('formatDate', () => {
  it('keeps the day of a full Chinese date', () => {
    expect(formatDate('2023-05-30', 'zh')).toBe('2023年5月30日');
    expect(formatDate('2023-05', 'en')).toBe('May 2023');
  });
});

describe('MLA months', () => {
  const page: CitedPage = { lang: 'en', siteName: 'Site', title: 'T', url: 'https://x.test/', accessed: '2026-06-03' };
  const report = (date: string): CitedReport => ({ title: { zh: '题', en: 'Title' }, publisher: null, date, type: 'report' });

  it('does not abbreviate June and July, the four-letter months', () => {
    expect(formatCitation('mla', page, report('2021-06'))).toMatch(/June 2021\.$/);
    expect(formatCitation('mla', page, report('2021-07'))).toMatch(/July 2021\.$/);
    expect(formatCitation('mla', page, report('2021-06'))).toContain('Accessed 3 June 2026.');
  });

  it('abbreviates the longer months, September as Sept.', () => {
    expect(formatCitation('mla', page, report('2021-09'))).toMatch(/Sept\. 2021\.$/);
    expect(formatCitation('mla', page, report('2021-12'))).toMatch(/Dec\. 2021\.$/);
  });
});
