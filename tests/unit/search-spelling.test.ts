import { describe, expect, it } from 'vitest';
import { siteSpelling } from '../../src/client/search-spelling.ts';
import { langOfResultId, PAGEFIND_VERSION } from '../../src/client/pagefind-internals.ts';
import pkg from '../../package.json' with { type: 'json' };

describe("a query in the site's spelling", () => {
  it('turns American spellings into the British ones the site writes', () => {
    expect(siteSpelling('data center PUE')).toBe('data centre PUE');
    expect(siteSpelling('Data Centers')).toBe('Data centres');
    expect(siteSpelling('labeled data')).toBe('labelled data');
    expect(siteSpelling('national program')).toBe('national programme');
    expect(siteSpelling('organizations optimization')).toBe('organisations optimisation');
  });

  it('leaves short -ize words, Chinese and model numbers alone', () => {
    expect(siteSpelling('model size')).toBe('model size');
    expect(siteSpelling('GPT-3参数')).toBe('GPT-3参数');
    expect(siteSpelling('昇腾910')).toBe('昇腾910');
  });

  it('asks hyphenated words as separate words', () => {
    expect(siteSpelling('open-data platforms')).toBe('open data platforms');
  });
});

describe('the Pagefind coupling', () => {
  it('is read from the exact Pagefind version package.json pins', () => {
    const deps: Record<string, string | undefined> = { ...(pkg as { dependencies?: Record<string, string> }).dependencies, ...pkg.devDependencies };
    expect(deps.pagefind).toBe(PAGEFIND_VERSION);
  });

  it('takes a result language from its id, and fails loudly when the id carries none', () => {
    expect(langOfResultId('zh-cn_82e4f06')).toBe('zh');
    expect(langOfResultId('en_1afdc4f')).toBe('en');
    expect(() => langOfResultId('82e4f06')).toThrow(/carries no language/);
  });
});
