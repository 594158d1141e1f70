import { describe, expect, it } from 'vitest';
import { mixedHtml, scriptRuns } from '../../src/data/script-runs.ts';

// Chinese inside English text is marked lang="zh-CN" run by run (WCAG 3.1.2), so a screen
// reader switches voice for 亿元 in "Printed as 67161.82亿元" and back for the rest.
describe('scriptRuns', () => {
  it('splits Chinese runs out of English text', () => {
    expect(scriptRuns('Printed as 67161.82亿元 (亿 = 100 million)')).toEqual([
      { text: 'Printed as 67161.82', zh: false },
      { text: '亿元', zh: true },
      { text: ' (', zh: false },
      { text: '亿', zh: true },
      { text: ' = 100 million)', zh: false },
    ]);
  });

  it('keeps digits and spaces between Chinese characters inside the Chinese run', () => {
    expect(scriptRuns('the chip 昇 腾 910 and 华为昇腾910芯片.')).toEqual([
      { text: 'the chip ', zh: false },
      { text: '昇 腾', zh: true },
      { text: ' 910 and ', zh: false },
      { text: '华为昇腾910芯片', zh: true },
      { text: '.', zh: false },
    ]);
  });

  it('counts full-width punctuation as Chinese and returns plain English whole', () => {
    expect(scriptRuns('“原文”')).toEqual([{ text: '“原文”', zh: true }]);
    expect(scriptRuns('no Chinese here')).toEqual([{ text: 'no Chinese here', zh: false }]);
    expect(scriptRuns('')).toEqual([]);
  });
});

describe('mixedHtml', () => {
  it('wraps each Chinese run in lang="zh-CN" on English pages and escapes the rest', () => {
    expect(mixedHtml('Printed as "上百种" (<100)', 'en')).toBe('Printed as &quot;<span lang="zh-CN">上百种</span>&quot; (&lt;100)');
  });

  it('marks nothing on Chinese pages', () => {
    expect(mixedHtml('原文写“上百种”', 'zh')).toBe('原文写“上百种”');
  });
});
