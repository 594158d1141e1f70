import { describe, expect, it } from 'vitest';
import zh from '../../src/i18n/zh.json';
import en from '../../src/i18n/en.json';
import { t } from '../../src/i18n/index.ts';

describe('UI strings', () => {
  it('have the same keys in Chinese and English', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('have no empty string in either language', () => {
    for (const [key, value] of [...Object.entries(zh), ...Object.entries(en)]) expect(value.trim(), key).not.toBe('');
  });

  it('fill placeholders', () => {
    expect(t('zh', 'report.minutes', { n: 9 })).toBe('9分钟');
    expect(t('en', 'report.minutes', { n: 9 })).toBe('9 min');
  });
});
