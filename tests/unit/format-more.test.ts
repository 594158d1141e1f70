import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatQualified, formatValue } from '../../src/format/number.ts';
import { formatCitation, type CitedPage, type CitedReport } from '../../src/format/citation.ts';
import { readingMinutes } from '../../src/format/reading-time.ts';

describe('readingMinutes', () => {
  const zh = (chars: number) => '字'.repeat(chars);
  const words = (n: number) => Array.from({ length: n }, () => 'word').join(' ');

  it('counts 400 Chinese characters a minute and ignores Latin letters in Chinese', () => {
    expect(readingMinutes(zh(2000), 'zh')).toBe(5);
    expect(readingMinutes(`${zh(2000)} ${words(2000)}`, 'zh')).toBe(5);
  });

  it('counts 220 English words a minute, not marks or punctuation alone', () => {
    expect(readingMinutes(words(1100), 'en')).toBe(5);
    expect(readingMinutes(`${words(1100)} ${'— '.repeat(500)}`, 'en')).toBe(5);
  });

  it('adds half a minute per chart and reads quoted report words', () => {
    expect(readingMinutes(`${words(1100)}\n<Chart id="a" />\n<Chart id="b" />`, 'en')).toBe(6);
    expect(readingMinutes(`<Quote text="${zh(1200)}" />`, 'zh')).toBe(3);
    expect(readingMinutes(`<Quote text='${zh(1200)}' />`, 'zh')).toBe(3);
  });

  it('skips the frontmatter and the markup, and never says zero minutes', () => {
    expect(readingMinutes(`---\ntitle: ${zh(4000)}\n---\n${zh(400)}`, 'zh')).toBe(1);
    expect(readingMinutes(`<Value of="${words(1000)}" />`, 'en')).toBe(1);
    expect(readingMinutes('', 'en')).toBe(1);
  });
});

describe('formatValue labels', () => {
  it('writes a bare count with no label, and spaces English word units', () => {
    expect(formatValue(11, 'count', 'en')).toBe('11');
    expect(formatValue(11, 'items', 'en')).toBe('11');
    expect(formatValue(11, 'items', 'zh')).toBe('11个');
    expect(formatValue(3, 'times', 'en')).toBe('3×');
    expect(formatValue(120, 'companies', 'en')).toBe('120 companies');
  });

  it('leaves zero unsigned', () => {
    expect(formatNumber(0, 'en')).toBe('0');
  });
});

describe('formatQualified', () => {
  it('marks estimates and targets, joining several tags', () => {
    expect(formatQualified(10, 'percent', 'en', ['estimate'])).toBe('10% (estimated)');
    expect(formatQualified(10, 'percent', 'zh', ['estimate'])).toBe('估计10%');
    expect(formatQualified(10, 'percent', 'en', ['target', 'estimate'])).toBe('10% (target, estimated)');
    expect(formatQualified(10, 'percent', 'zh', ['target', 'estimate'])).toBe('目标估计10%');
  });

  it('joins two hedges with a space in English and closes them up in Chinese', () => {
    expect(formatQualified(10, 'percent', 'en', ['nearly', 'up-to'])).toBe('nearly up to 10%');
    expect(formatQualified(10, 'percent', 'zh', ['nearly', 'up-to'])).toBe('近最高10%');
  });
});

describe('formatDate', () => {
  it('writes a year alone in English', () => {
    expect(formatDate('2021', 'en')).toBe('2021');
  });
});

describe('citations', () => {
  const report: CitedReport = { title: { zh: '题', en: 'Title' }, publisher: { zh: '出版者', en: 'Publisher' }, date: '2021-11', type: 'report' };
  const page: CitedPage = { lang: 'en', siteName: 'Site', title: 'Part', container: 'Whole', url: 'https://x.test/', accessed: '2026-11-03' };

  it('names the original report in English on an English GB/T 7714 citation', () => {
    expect(formatCitation('gbt7714', page, report)).toBe(
      'Site. Part[EB/OL]//Whole. [2026-11-03]. https://x.test/. Original report: Publisher. 题 [Title][R]. 2021-11.',
    );
  });

  it('names the container in APA and MLA', () => {
    expect(formatCitation('apa', page, report)).toBe(
      'Site. (n.d.). Part. In Whole. Retrieved November 3, 2026, from https://x.test/ Original report: Publisher. (2021, November). 题 [Title].',
    );
    expect(formatCitation('mla', page, report)).toBe(
      '“Part.” Whole, Site, https://x.test/. Accessed 3 Nov. 2026. Original report: Publisher. 题 [Title]. Nov. 2021.',
    );
  });

  it('leaves out what a citation does not have', () => {
    const bare = { ...page, container: undefined, accessed: undefined };
    expect(formatCitation('mla', bare, { ...report, date: '2021' })).toBe('“Part.” Site, https://x.test/. Original report: Publisher. 题 [Title]. 2021.');
  });
});
