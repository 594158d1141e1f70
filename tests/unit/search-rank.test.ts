import { describe, expect, it } from 'vitest';
import { compareHits, toHit, type PagefindFragment } from '../../src/client/search-rank.ts';
import { locateMatch } from '../../src/client/search-excerpt.ts';
import { isPartialMatch } from '../../src/client/search-text.ts';

/** A Chinese fragment as Pagefind 1.6 writes it: raw_content words joined by zero-width spaces. */
function zhFragment(url: string, title: string, words: string[], anchors: PagefindFragment['anchors'] = [], type = 'article'): PagefindFragment {
  return {
    url,
    content: words.join(''),
    raw_content: words.join('\u200B'),
    meta: { title, report: 'r1', date: '2021-08' },
    filters: { type: [type] },
    excerpt: `<mark>${words[0]}</mark>${words.slice(1, 4).join('')}`,
    anchors,
    sub_results: [],
  };
}

const topic = zhFragment('/zh/reports/r1/#computing-power', '算力', ['算力', '是', '计算', '设备', '处理', '数据', '的', '能力', '。']);
const mention = zhFragment('/zh/reports/r5/#cities', '城市', ['北京', '的', '算力', '排名', '第一', '。']);
const scattered = zhFragment('/zh/charts/c/', '云计算与脑科学', ['鹏', '城', '实验室', '的', '云', '计算', '和', '脑', '科学'], [], 'chart');
const whole = zhFragment(
  '/zh/reports/r5/#pengcheng',
  '深圳',
  ['鹏城', '云脑', '试', '运行', '期间'],
  [{ element: 'h2', id: 'pengcheng', text: '深圳 #', location: 0 }],
);

describe('judging a result (toHit)', () => {
  it('finds the whole query in a page whose words Pagefind split apart', () => {
    const hit = toHit(whole, 'zh-cn_1', 1, '鹏城云脑', null);
    expect(hit.quality.tier).toBe(3);
    expect(hit.lang).toBe('zh');
    expect(hit.excerpt.filter((r) => r.mark).map((r) => r.text)).toEqual(['鹏城云脑']);
  });

  it('calls a page with only scattered characters of a long Chinese query partial', () => {
    const hit = toHit(scattered, 'zh-cn_2', 9, '鹏城云脑', null);
    expect(hit.quality.tier).toBe(1);
    expect(isPartialMatch(hit.quality, '鹏城云脑')).toBe(true);
    expect(isPartialMatch(toHit(whole, 'zh-cn_1', 1, '鹏城云脑', null).quality, '鹏城云脑')).toBe(false);
  });

  it('does not call a short query or a near miss partial', () => {
    expect(isPartialMatch({ tier: 1, coverage: 0 }, '算力')).toBe(false);
    expect(isPartialMatch({ tier: 1, coverage: 6 / 7 }, '智能计算中心建设')).toBe(false);
  });

  it('marks a title holding the query, and judges by a translation only when it is found whole', () => {
    expect(toHit(topic, 'zh-cn_3', 1, '算力', null).inTitle).toBe(true);
    expect(toHit(mention, 'zh-cn_4', 1, '算力', null).inTitle).toBe(false);
    const en = toHit(topic, 'zh-cn_3', 1, 'computing power', '算力');
    expect(en.quality.tier).toBe(3);
    expect(en.inTitle).toBe(true);
    expect(toHit(mention, 'zh-cn_4', 1, 'computing power', '算法').quality.tier).toBe(1);
  });

  it('matches either number and either spelling of hyphenation', () => {
    const en: PagefindFragment = {
      ...topic,
      url: '/en/x/',
      meta: { title: 'Data' },
      content: 'Five open-data platforms and one data centre.',
      raw_content: 'Five open-data platforms and one data centre.',
    };
    expect(toHit(en, 'en_1', 1, 'data centres', null).quality.tier).toBe(3);
    expect(toHit(en, 'en_1', 1, 'open data platform', null).quality.tier).toBe(3);
  });
});

describe('ordering results (compareHits)', () => {
  it('puts a section about the term before pages that only mention it, whatever Pagefind scored', () => {
    const hits = [toHit(mention, 'zh-cn_4', 50, '算力', null), toHit(topic, 'zh-cn_3', 1, '算力', null)];
    expect(hits.sort(compareHits).map((h) => h.url)).toEqual([topic.url, mention.url]);
  });

  it('puts a page with the whole query before one with its characters scattered', () => {
    const hits = [toHit(scattered, 'zh-cn_2', 99, '鹏城云脑', null), toHit(whole, 'zh-cn_1', 1, '鹏城云脑', null)];
    expect(hits.sort(compareHits)[0].url).toBe(whole.url);
  });

  it('puts the explainer before a chart among equal matches', () => {
    const chart = zhFragment('/zh/charts/k/', '城市', mention.content.split(''), [], 'chart');
    const hits = [toHit(chart, 'zh-cn_5', 9, '排名', null), toHit(mention, 'zh-cn_4', 1, '排名', null)];
    expect(hits.sort(compareHits)[0].type).toBe('article');
  });
});

describe('locating a match (locateMatch)', () => {
  it('names the last heading with an id before the match as its section', () => {
    const page = zhFragment(
      '/zh/reports/r2/',
      '报告',
      ['引言', '。', '第二', '节', '鹏城', '云脑', '很', '大'],
      [
        { element: 'h2', id: 'intro', text: '引言', location: 0 },
        { element: 'h2', id: 'pengcheng', text: '鹏城 #', location: 2 },
        { element: 'h2', id: 'later', text: '以后', location: 7 },
      ],
    );
    const { section, excerpt } = locateMatch(page, ['鹏城云脑']);
    expect(section).toEqual({ title: '鹏城', url: '/zh/reports/r2/#pengcheng' });
    expect(excerpt.map((r) => r.text).join('')).toBe('引言。第二节鹏城云脑很大');
  });

  it('cuts an English excerpt between words, never inside one', () => {
    const text =
      'Our translation of the report’s words on the grand total computing power of China in 2020 was 135 EFLOPS according to the report and its table two, which lists the computing power of every province and the share of each kind of computing';
    const page: PagefindFragment = { ...topic, url: '/en/data/x/', content: text, raw_content: text };
    const shown = locateMatch(page, ['135 EFLOPS'])
      .excerpt.map((r) => r.text)
      .join('');
    // 48 characters before the match fall inside "grand", 96 after it inside "province".
    expect(shown).toBe(
      '…total computing power of China in 2020 was 135 EFLOPS according to the report and its table two, which lists the computing power of every…',
    );
  });

  it('keeps a cut inside a long run of letters that has no space near it', () => {
    const text = `${'x'.repeat(60)} 135 EFLOPS`;
    const page: PagefindFragment = { ...topic, url: '/en/data/x/', content: text, raw_content: text };
    expect(
      locateMatch(page, ['135 EFLOPS'])
        .excerpt.map((r) => r.text)
        .join(''),
    ).toBe(`…${'x'.repeat(47)} 135 EFLOPS`);
  });

  it("falls back to Pagefind's excerpt when the text has no match", () => {
    const { excerpt } = locateMatch(topic, ['量子']);
    expect(excerpt[0]).toEqual({ text: '算力', mark: true });
  });
});
