import { describe, expect, it } from 'vitest';
import { compact, matchQuality, queryTerms, termsRegExp } from '../../src/client/search-text.ts';
import { translateQuery } from '../../src/client/search-terms.ts';
import { excerptFromPagefind } from '../../src/client/search-excerpt.ts';

describe('search text matching', () => {
  it('compares without case, full-width forms or spaces', () => {
    expect(compact('ＧＰＴ－３ 参数')).toBe('gpt3参数');
    expect(compact('Open-Data platforms')).toBe('opendataplatforms');
    expect(compact('昇 腾 910')).toBe('昇腾910');
  });

  it('splits a query at spaces and where Chinese meets Latin letters or digits', () => {
    expect(queryTerms('GPT-3参数')).toEqual(['gpt-3', '参数']);
    expect(queryTerms('智能计算中心建设')).toEqual(['智能计算中心建设']);
    expect(queryTerms('Ascend 910, ')).toEqual(['ascend', '910']);
  });

  it('ranks a text containing the whole query above one containing only its characters', () => {
    const exact = matchQuality(compact('加快人工智能计算中心建设'), '智能计算中心建设');
    const loose = matchQuality(compact('智能手机的计算器，中心城区的建设'), '智能计算中心建设');
    expect(exact).toEqual({ tier: 3, coverage: 1 });
    expect(loose.tier).toBe(1);
    expect(loose.coverage).toBeLessThan(0.8);
  });

  it('finds a query in text where PDF extraction left spaces inside the term', () => {
    expect(matchQuality(compact('华为昇 腾 910 芯片'), '昇腾910').tier).toBe(3);
    expect('华为昇 腾 910 芯片'.match(termsRegExp(['昇腾910'])!)?.[0]).toBe('昇 腾 910');
  });

  it('matches a typed straight apostrophe or quote to the curly ones the pages show', () => {
    expect(matchQuality(compact('China’s AI computing power'), "China's AI").tier).toBe(3);
    expect(matchQuality(compact('a Chinese society defines “AI infrastructure”'), '"AI infrastructure"').tier).toBe(3);
    expect('Baidu’s platform'.match(termsRegExp(["baidu's"])!)?.[0]).toBe('Baidu’s');
  });

  it('treats a query with every term present but apart as the middle tier', () => {
    expect(matchQuality(compact('GPT-3 的1750亿参数'), 'GPT-3参数').tier).toBe(2);
  });

  it('escapes what a reader types before using it as a pattern', () => {
    expect(() => termsRegExp(['(a+)+$', '[x'])).not.toThrow();
    expect('cost (a+)+$ here'.match(termsRegExp(['(a+)+$'])!)?.[0]).toBe('(a+)+$');
  });
});

describe('query translation', () => {
  it('renders Chinese terms in English, longest term first', () => {
    expect(translateQuery('智能算力')).toBe('AI computing power');
    expect(translateQuery('昇腾910')).toBe('Ascend 910');
  });

  it('renders English terms in Chinese, whole words only', () => {
    expect(translateQuery('Shenzhen')).toBe('深圳');
    expect(translateQuery('parameterset')).toBeNull();
  });

  it('returns null for a query with no known term', () => {
    expect(translateQuery('量子纠缠')).toBeNull();
  });

  it('also uses the term pairs it is given, after its own', () => {
    expect(translateQuery('图形处理器', [['图形处理器', 'graphics processing unit']])).toBe('graphics processing unit');
    expect(translateQuery('graphics processing unit', [['图形处理器', 'graphics processing unit']])).toBe('图形处理器');
    // Its own rendering of 算力 wins over another one passed in.
    expect(translateQuery('算力', [['算力', 'compute']])).toBe('computing power');
  });
});

describe("Pagefind's excerpts", () => {
  it('become text runs, so their markup never reaches the page as HTML', () => {
    expect(excerptFromPagefind('a &lt;b&gt; <mark>算力</mark> c')).toEqual([
      { text: 'a <b> ', mark: false },
      { text: '算力', mark: true },
      { text: ' c', mark: false },
    ]);
  });
});
