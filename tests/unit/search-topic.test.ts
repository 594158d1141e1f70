import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compareHits, toHit, type PagefindFragment } from '../../src/client/search-rank.ts';
import { sectionTopics, topicIds, topicsFirst } from '../../src/client/search-topic.ts';
import { readTopics } from '../../scripts/lib/pagefind-topics.mjs';

/** An explainer's section as Pagefind 1.6 writes its fragment: Chinese words joined by zero-width spaces. */
function section(url: string, title: string, words: string[]): PagefindFragment {
  return {
    url,
    content: words.join(''),
    raw_content: words.join('\u200B'),
    meta: { title, report: 'r1', date: '2021-08' },
    filters: { type: ['article'] },
    excerpt: words.slice(0, 4).join(''),
    anchors: [],
    sub_results: [],
  };
}

// The sections of report 001 that a reader typing 算力 meets: the one about it, and two that
// name it in their heading without being about it.
const about = section('/zh/reports/r1/#computing-power', '算力：智能算力成为增长主力', ['算力', '是', '国家', '竞争力', '。']);
const scale = section('/zh/reports/r1/#compute-scale', '算力规模与结构', ['算力', '规模', '达到', '135', 'EFLOPS', '。']);
const green = section('/zh/reports/r1/#baidu-brain', '百度大脑与绿色算力', ['百度', '数据', '中心', '的', '算力', '。']);
const english = {
  ...section('/en/reports/r1/#computing-power', 'Computing power: AI computing leads', []),
  content: 'Computing power grew.',
  raw_content: 'Computing power grew.',
};

describe('the topics of a section', () => {
  it("are its heading's lead before a colon and its anchor's words", () => {
    expect(sectionTopics(about.meta.title, about.url)).toEqual(['算力', 'computingpower']);
    expect(sectionTopics('AI computing centres: a building wave', '/en/reports/r1/#computing-centres')).toEqual(['aicomputingcentr', 'computingcentr']);
  });

  it('are none for a page that is not a section, and never a whole sentence before a colon', () => {
    expect(sectionTopics('算力：图表', '/zh/charts/compute-structure/')).toEqual([]);
    expect(sectionTopics('智能算力在2020年占中国算力的四成以上，增长最快：报告', '/zh/reports/r1/#x')).toEqual(['x']);
  });
});

describe('ranking the section about a term first', () => {
  it('marks the section whose heading leads with the query, in either language', () => {
    expect(toHit(about, 'zh-cn_1', 1, '算力', null).topic).toBe(true);
    expect(toHit(about, 'zh-cn_1', 1, 'computing power', '算力').topic).toBe(true);
    expect(toHit(english, 'en_1', 1, 'Computing Power', null).topic).toBe(true);
    expect(toHit(scale, 'zh-cn_2', 1, '算力', null).topic).toBe(false);
    expect(toHit(green, 'zh-cn_3', 1, '算力', null).topic).toBe(false);
  });

  it('puts it before sections that name the term in their heading, whatever Pagefind scored', () => {
    const hits = [toHit(scale, 'zh-cn_2', 40, '算力', null), toHit(green, 'zh-cn_3', 30, '算力', null), toHit(about, 'zh-cn_1', 2, '算力', null)];
    expect(hits.sort(compareHits).map((h) => h.url)).toEqual([about.url, scale.url, green.url]);
  });

  it('does not lift a topic section above a page that contains the whole query when it does not', () => {
    const partial = toHit(about, 'zh-cn_1', 50, '算力规模', null);
    expect(partial.topic).toBe(false);
    expect([partial, toHit(scale, 'zh-cn_2', 1, '算力规模', null)].sort(compareHits)[0].url).toBe(scale.url);
  });
});

describe('opening the sections about the query first', () => {
  const index = { 算力: ['zh-cn_1', 'zh-cn_9'], computingpower: ['zh-cn_1'] };

  it('finds their ids by the query or by its translation', () => {
    expect([...topicIds(index, '算力', null)]).toEqual(['zh-cn_1', 'zh-cn_9']);
    expect([...topicIds(index, 'Computing Power', null)]).toEqual(['zh-cn_1']);
    expect([...topicIds(index, 'computing power', '算力')]).toEqual(['zh-cn_1', 'zh-cn_9']);
    expect(topicIds(index, '智能算力', null).size).toBe(0);
  });

  it("moves them to the front of Pagefind's candidates, keeping each part's order", () => {
    const candidates = ['zh-cn_5', 'zh-cn_9', 'zh-cn_4', 'zh-cn_1'].map((id) => ({ id }));
    expect(topicsFirst(candidates, new Set(['zh-cn_1', 'zh-cn_9'])).map((c) => c.id)).toEqual(['zh-cn_9', 'zh-cn_1', 'zh-cn_5', 'zh-cn_4']);
  });
});

describe("the build's list of topic sections (topics.json)", () => {
  function bundle(fragments: Record<string, object | string>): string {
    const dir = mkdtempSync(join(tmpdir(), 'pf-topics-'));
    mkdirSync(join(dir, 'fragment'));
    for (const [id, body] of Object.entries(fragments))
      writeFileSync(join(dir, 'fragment', `${id}.pf_fragment`), gzipSync(typeof body === 'string' ? body : `pagefind_dcd${JSON.stringify(body)}`));
    return dir;
  }

  it('names each section by the fragment Pagefind wrote for it, and skips pages that are not sections', () => {
    const dir = bundle({
      'zh-cn_1': { url: about.url, meta: about.meta },
      'zh-cn_2': { url: '/zh/reports/r2/#chips-compute', meta: { title: '算力：芯片与数据中心' } },
      'zh-cn_3': { url: '/zh/charts/compute-structure/', meta: { title: '算力：结构' } },
    });
    expect(readTopics(dir)).toEqual({ 算力: ['zh-cn_1', 'zh-cn_2'], computingpower: ['zh-cn_1'], chipcomput: ['zh-cn_2'] });
  });

  it('stops on a fragment of another format, naming it', () => {
    expect(() => readTopics(bundle({ 'zh-cn_1': '{"url":"/x/"}' }))).toThrow(/zh-cn_1\.pf_fragment does not start with pagefind_dcd/);
  });
});
