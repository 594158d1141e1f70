import { describe, expect, it } from 'vitest';
import { compact, isPartialMatch, matchQuality, queryTerms, singular, termsRegExp } from '../../src/client/search-text.ts';

// The edges of search matching that mutation testing found untested (docs/quality.md). Every
// expected value here is worked out by hand from the rule the test names.

describe('singular', () => {
  it('leaves words of three letters or fewer before the s alone (its, bus, gas)', () => {
    expect(singular('its bus gas')).toBe('its bus gas');
  });

  it('keeps a double s (process, access), wherever the word begins', () => {
    expect(singular('process access')).toBe('process access');
  });

  it('drops -s and -es from longer words (centres → centr, which both centre and centres contain)', () => {
    expect(singular('centres chips boxes')).toBe('centr chip box');
  });
});

describe('query terms', () => {
  it('strips every punctuation mark around a term, however many', () => {
    expect(queryTerms('“算力” ((GPU))')).toEqual(['算力', 'gpu']);
  });

  it('drops a piece that was only punctuation', () => {
    expect(queryTerms('GPU , 910')).toEqual(['gpu', '910']);
  });
});

describe('match quality', () => {
  it('gives a query with no terms the lowest tier, even when its punctuation is on the page', () => {
    expect(matchQuality(compact('算力，数据'), '，')).toEqual({ tier: 1, coverage: 0 });
  });

  it('counts a Latin term as found or not, never by its letter pairs', () => {
    // gpu found, tpu not: its pair "pu" is on the page, but a Latin term counts whole.
    expect(matchQuality(compact('GPU chips'), 'GPU TPU')).toEqual({ tier: 1, coverage: 0.5 });
  });

  it('counts a Chinese term that is not on the page by the share of its character pairs that are', () => {
    // 计算建设: pairs 计算, 算建, 建设; the page has 计算 and 建设.
    expect(matchQuality(compact('计算中心的建设'), '计算建设').coverage).toBeCloseTo(2 / 3, 5);
  });

  it('does not count a two-character term as found when its characters are apart', () => {
    expect(matchQuality(compact('算法的能力'), '算力')).toEqual({ tier: 1, coverage: 0 });
  });

  it('counts a one-character Chinese term that is not on the page as none of it', () => {
    expect(matchQuality(compact('GPU'), 'GPU 力')).toEqual({ tier: 1, coverage: 0.5 });
  });
});

describe('the highlight pattern', () => {
  it('runs a Latin term to the end of its word (centre finds centres)', () => {
    expect('AI computing centres'.match(termsRegExp(['centre'])!)?.[0]).toBe('centres');
  });

  it('stops a term ending in a digit at the digit, even when Chinese follows', () => {
    expect('GPT-3参数'.match(termsRegExp(['GPT-3'])!)?.[0]).toBe('GPT-3');
  });

  it('tries the longest term first', () => {
    expect('GPU servers'.match(termsRegExp(['GPU', 'GPU server'])!)?.[0]).toBe('GPU servers');
  });

  it('ignores empty terms, and is null when no term is left', () => {
    expect(termsRegExp(['', ' '])).toBeNull();
    expect('a GPU'.match(termsRegExp(['', 'gpu'])!)?.[0]).toBe('GPU');
  });
});

describe('a partial match', () => {
  const scattered = { tier: 1, coverage: 0.4 } as const;
  it('is a Chinese query of three or more characters matching under half its pairs', () => {
    expect(isPartialMatch(scattered, '鹏城云')).toBe(true);
    expect(isPartialMatch(scattered, '鹏城')).toBe(false);
  });

  it('is not one at half the pairs or more, nor in a higher tier', () => {
    expect(isPartialMatch({ tier: 1, coverage: 0.5 }, '鹏城云脑')).toBe(false);
    expect(isPartialMatch({ tier: 2, coverage: 0.4 }, '鹏城云脑')).toBe(false);
  });

  it('counts only the Chinese characters of a query', () => {
    expect(isPartialMatch(scattered, 'GPU云脑')).toBe(false);
  });
});
