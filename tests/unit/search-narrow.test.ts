import { describe, expect, it } from 'vitest';
import { chunkOf, narrowQuery, pagefindWords, queryBytes, type Bundle, type ChunkRange } from '../../src/client/search-narrow.ts';

// Ranges shaped like a Chinese bundle's: digits, Latin words, then Han characters by code point.
const CHUNKS: ChunkRange[] = [
  ['0', '6', 25_000],
  ['60', 'open', 29_000],
  ['opena', '中', 30_000], // 中 U+4E2D
  ['中心', '建', 31_000], // 建 U+5EFA
  ['建设', '智', 32_000], // 智 U+667A
  ['智能', '计', 33_000], // 计 U+8BA1
  ['计算', '龥', 28_000],
];
const zh = (loaded: number[] = []): Bundle => ({ language: 'zh-CN', chunks: CHUNKS, loaded: new Set(loaded) });

describe('the words Pagefind looks up', () => {
  it('splits Chinese into words and drops punctuation, as pagefind.js does', () => {
    expect(pagefindWords('智能计算中心建设', 'zh-CN')).toEqual(['智能', '计算', '中心', '建设']);
    expect(pagefindWords('GPT-3参数', 'zh-CN')).toEqual(['gpt', '3', '参数']);
    expect(pagefindWords('"中心建设"', 'zh-CN')).toEqual(['中心', '建设']);
  });

  it('splits other languages only at spaces, so a hyphen joins', () => {
    expect(pagefindWords('GPT-3 parameters', 'en')).toEqual(['gpt3', 'parameters']);
    expect(pagefindWords('  Open-Data  platforms ', 'en')).toEqual(['opendata', 'platforms']);
  });
});

describe('the chunk of a word', () => {
  it('is the first whose range holds it, compared by code point', () => {
    expect(chunkOf('3', CHUNKS)).toBe(0);
    expect(chunkOf('gpt', CHUNKS)).toBe(1);
    expect(chunkOf('中心', CHUNKS)).toBe(3);
    expect(chunkOf('智能', CHUNKS)).toBe(5);
    expect(chunkOf('计算', CHUNKS)).toBe(6);
    expect(chunkOf('\u{20000}', CHUNKS)).toBeUndefined(); // above 龥 by code point, below it in UTF-16 units
  });

  it('counts a chunk once per query, and not at all once downloaded', () => {
    expect(queryBytes('中心 中心', [zh()])).toBe(31_000);
    expect(queryBytes('中心 建设', [zh([3])])).toBe(32_000);
  });
});

describe('a query narrowed to the budget', () => {
  it('is the query as typed when it fits', () => {
    expect(narrowQuery('中心建设', [zh()], 64_000)).toEqual({ query: '中心建设', bytes: 63_000, whole: true });
  });

  it('is the longest run of consecutive words that fits, the last of equally long ones', () => {
    // Every two neighbours fit in 64 KB; the last pair is the one that names the thing.
    expect(narrowQuery('智能计算中心建设', [zh()], 64_000)).toMatchObject({ query: '中心 建设', whole: false });
    // 智能|算|力: the run of three characters beats the run of two.
    const bundle: Bundle = {
      language: 'zh-CN',
      chunks: [
        ['一', '智', 30_000],
        ['智能', '神', 30_000],
        ['神', '龥', 30_000],
      ],
      loaded: new Set(),
    };
    expect(narrowQuery('智能算力', [bundle], 64_000).query).toBe('智能 算');
  });

  it('counts chunks already downloaded as free', () => {
    expect(narrowQuery('智能计算中心建设', [zh([3, 4, 5])], 64_000)).toMatchObject({ query: '智能计算中心建设', whole: true });
  });

  it('keeps one word, the cheapest, when no run fits', () => {
    expect(narrowQuery('中心计算', [zh()], 10_000)).toMatchObject({ query: '计算', bytes: 28_000 });
  });

  it('adds what the same words cost in a second bundle', () => {
    const en: Bundle = { language: 'en', chunks: [['0', '龥', 40_000]], loaded: new Set() };
    expect(narrowQuery('中心建设', [zh(), en], 80_000)).toMatchObject({ query: '建设', bytes: 72_000 });
  });
});
