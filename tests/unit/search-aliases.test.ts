import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, aliasQuery, searchAliasFirst } from '../../src/client/search-aliases.ts';
import { firstVariants } from '../../src/client/search-variants.ts';
import { toHit, type PagefindFragment } from '../../src/client/search-rank.ts';
import { glossaryAliases } from '../../src/data/glossary.ts';
import type { Bundle } from '../../src/client/search-narrow.ts';

const ZH: [string, string][] = [['PUE', '电能利用效率'], ['GPU', '图形处理器'], ...ABBREVIATIONS.zh];
const EN: [string, string][] = [['PUE', 'power usage effectiveness'], ['GPU', 'graphics processing unit'], ...ABBREVIATIONS.en];

describe('the alias of a query', () => {
  it('abbreviates a long form and spells out an abbreviation, in the same language', () => {
    expect(aliasQuery('电能利用效率', ZH)).toBe('PUE');
    expect(aliasQuery('图形处理器', ZH)).toBe('GPU');
    expect(aliasQuery('Power Usage Effectiveness', EN)).toBe('PUE');
    expect(aliasQuery('gpu', EN)).toBe('graphics processing unit');
    expect(aliasQuery('AI服务器市场', ZH)).toBe('人工智能服务器市场');
  });

  it('takes a Latin abbreviation only as a whole word, and has none for a query without one', () => {
    expect(aliasQuery('chain', EN)).toBeNull();
    expect(aliasQuery('PUEs', EN)).toBeNull();
    expect(aliasQuery('computing power', EN)).toBeNull();
  });

  it("comes from the glossary's two forms of a term, not from a parenthesis that qualifies it", () => {
    expect(glossaryAliases('zh')).toEqual(
      expect.arrayContaining([
        ['PUE', '电能利用效率'],
        ['GPU', '图形处理器'],
        ['智算中心', '智能计算中心'],
      ]),
    );
    expect(glossaryAliases('en')).toEqual(expect.arrayContaining([['GPU', 'graphics processing unit']]));
    expect(glossaryAliases('en').flat()).not.toContain('general-purpose');
  });
});

describe('asking Pagefind for the abbreviation first', () => {
  const en = (): Bundle => ({
    language: 'en',
    chunks: [
      ['a', 'f', 30_000],
      ['g', 'o', 30_000],
      ['p', 'z', 30_000],
    ],
    loaded: new Set(),
  });

  it('asks for the abbreviation of a spelled-out query, then the query within what is left', () => {
    expect(searchAliasFirst('power usage effectiveness', 'PUE', 'en')).toBe(true);
    expect(firstVariants('power usage effectiveness', 'PUE', en(), 63_488)).toEqual({
      asked: ['"PUE"', 'PUE', '"power usage effectiveness"', 'power usage effectiveness'],
      bytes: 60_000,
    });
    // With room for one chunk, the query keeps only the words whose chunk is already loaded.
    expect(firstVariants('power usage effectiveness', 'PUE', en(), 35_000).asked).toEqual(['"PUE"', 'PUE', '"power usage"', 'power usage']);
  });

  it('does not ask for the long form of an abbreviation the reader typed', () => {
    expect(searchAliasFirst('PUE', 'power usage effectiveness', 'en')).toBe(false);
    expect(firstVariants('PUE', 'power usage effectiveness', en(), 63_488).asked).toEqual(['"PUE"', 'PUE']);
  });
});

describe('judging a page by the alias', () => {
  it('counts a page that writes the abbreviation as containing the spelled-out query', () => {
    const page: PagefindFragment = {
      url: '/zh/charts/baidu-data-centre-pue/',
      content: '百度称其数据中心 PUE 约1.14',
      raw_content: '百度\u200B称\u200B其\u200B数据\u200B中心\u200B PUE \u200B约\u200B1.14',
      meta: { title: '百度数据中心' },
      filters: { type: ['chart'] },
      excerpt: '',
      anchors: [],
      sub_results: [],
    };
    expect(toHit(page, 'zh-cn_1', 1, '电能利用效率', null).quality.tier).toBe(1);
    const hit = toHit(page, 'zh-cn_1', 1, '电能利用效率', null, 'PUE');
    expect(hit.quality.tier).toBe(3);
    expect(hit.excerpt.filter((r) => r.mark).map((r) => r.text)).toEqual(['PUE']);
  });
});
