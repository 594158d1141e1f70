// Pagefind's undocumented behaviour the search relies on (src/client/pagefind-internals.ts),
// checked against the real pagefind.js in Chromium: the index chunks a query downloads are the
// ones the narrowing predicts, and result ids carry their language.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './fixtures.ts';
import { BUILDS } from '../support/dist.ts';
import { readChunkRanges } from '../../scripts/lib/pagefind-chunks.mjs';
import { INDEX_BUDGET } from '../../src/client/search-engine.ts';
import { chunksOf, narrowQuery, type Bundle } from '../../src/client/search-narrow.ts';
import { siteSpelling } from '../../src/client/search-spelling.ts';

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

// Each finds pages in its own language, so no other bundle is merged and only the narrowing decides.
const QUERIES = {
  zh: [
    '算力',
    '智能计算中心建设',
    '人工智能计算中心数量',
    '政府数据开放平台',
    'GPT-3参数',
    '昇腾910',
    '鹏城云脑',
    '数据中心',
    '开放数据',
    '深圳',
    '大数据',
    '人工智能芯片',
  ],
  en: [
    'computing power',
    'Ascend 910',
    'government open-data platforms',
    'data center',
    'Shenzhen',
    'GPT-3 parameters',
    'open data',
    'AI chips',
    'Pengcheng Cloud Brain',
    'intelligent computing centres',
    'supercomputing',
    'public datasets',
  ],
} as const;

describe('the Pagefind coupling', () => {
  it.each(['zh', 'en'] as const)('%s: every query downloads exactly the index chunks the narrowing predicts', async (lang) => {
    const ranges = readChunkRanges(join(BUILDS[0].dir, 'pagefind', lang));
    const bundle: Bundle = { language: lang === 'zh' ? 'zh-CN' : 'en', chunks: ranges.map((r) => [r.from, r.to, r.bytes]), loaded: new Set() };
    const page = await session.browser.newPage();
    const requested: string[] = [];
    page.on('request', (r) => void (r.url().endsWith('.pf_index') && requested.push(r.url().split('/').pop()!.replace('.pf_index', ''))));
    await page.goto(`${session.site.url}${lang}/search/`);
    for (const query of QUERIES[lang]) {
      const before = requested.length;
      await page.locator('#search-input').fill(query);
      await page.locator('#search-input').press('Enter');
      await page.waitForFunction((q) => document.documentElement.dataset.searchDone === q, query, { timeout: 20_000 });
      const asked = narrowQuery(siteSpelling(query), [bundle], INDEX_BUDGET).query;
      const predicted = [...chunksOf(asked, bundle)].filter((i) => !bundle.loaded.has(i));
      for (const i of predicted) bundle.loaded.add(i);
      expect(requested.slice(before).sort(), query).toEqual(predicted.map((i) => ranges[i].hash).sort());
    }
    await page.close();
  });

  it.each([
    ['zh', /^zh-cn_/],
    ['en', /^en_/],
  ] as const)('%s: result ids carry the language of their bundle', async (lang, prefix) => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}${lang}/search/`);
    // A string, not a function: Vitest would rewrite a dynamic import() inside a function.
    const ids: string[] = await page.evaluate(`(async () => {
      const pf = await import('/pagefind/${lang}/pagefind.js');
      await pf.options({ noWorker: true });
      await pf.init();
      const found = await pf.search('${lang === 'zh' ? '数据' : 'data'}');
      return found.results.slice(0, 20).map((r) => r.id);
    })()`);
    expect(ids.length).toBeGreaterThan(5);
    for (const id of ids) expect(id).toMatch(prefix);
    await page.close();
  });
});
