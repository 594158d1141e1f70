import { afterEach, describe, expect, it, vi } from 'vitest';
import { CustomConverter } from 'opencc-js/core';
import { traditionalHints, traditionalPairs } from '../../src/data/traditional-map.ts';
import { hasTraditional, toSimplified } from '../../src/client/search-traditional.ts';

// A site that writes these words, as the Simplified site does.
const SITE = '数据中心 华为昇腾910 性能提升 AI 芯片 服务器 智慧城市排名 鹏城云脑 算法 人工智能';
const pairs = traditionalPairs(SITE);
const convert = CustomConverter(pairs);
const hints = traditionalHints(pairs);

describe("the site's Traditional → Simplified list", () => {
  it('converts Traditional characters and Taiwan phrases into the words the site writes', () => {
    expect(convert('數據中心')).toBe('数据中心');
    expect(convert('鵬城雲腦')).toBe('鹏城云脑');
    expect(convert('伺服器')).toBe('服务器');
    expect(convert('晶片')).toBe('芯片');
    expect(convert('演算法')).toBe('算法');
    expect(convert('人工智慧')).toBe('人工智能');
  });

  it('never converts what the site itself writes', () => {
    // OpenCC alone turns 昇 into 升 and 智慧 (Taiwan usage) into 智能.
    expect(convert('華為昇騰910')).toBe('华为昇腾910');
    expect(convert('智慧城市排名')).toBe('智慧城市排名');
  });

  it('keeps only conversions into characters the site uses', () => {
    expect(pairs.length).toBeGreaterThan(10);
    for (const [, to] of pairs) for (const c of to) expect(SITE, c).toContain(c);
  });
});

describe('telling a Traditional query (hasTraditional)', () => {
  it('finds a Traditional character or a Traditional-only phrase', () => {
    expect(hasTraditional('數據中心', hints)).toBe(true);
    expect(hasTraditional('晶片', hints)).toBe(true);
  });

  it('leaves Simplified and Latin queries alone, including 昇腾', () => {
    for (const q of ['数据中心', '昇腾910', '智慧城市排名', 'computing power', 'GPU']) expect(hasTraditional(q, hints), q).toBe(false);
  });
});

describe('converting a query (toSimplified)', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('downloads the list only for a Traditional query, and converts it', async () => {
    const fetch = vi.fn(async () => new Response(JSON.stringify(pairs)));
    vi.stubGlobal('fetch', fetch);
    expect(await toSimplified('数据中心', hints, '/search-traditional.json')).toBeNull();
    expect(fetch).not.toHaveBeenCalled();
    expect(await toSimplified('數據中心', hints, '/search-traditional.json')).toBe('数据中心');
    expect(fetch).toHaveBeenCalledWith('/search-traditional.json');
  });
});
