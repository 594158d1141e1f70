import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from './fixtures.ts';
import { pathOf, searchFor } from './search-helpers.ts';
import { INDEX_BUDGET } from '../../src/client/search-engine.ts';

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

/** A phrase that occurs in one section of an article only: the result must link to that section. */
const SECTION_QUERY = { q: 'LuojiaNet', page: '/zh/reports/ai-infrastructure-2021/', section: 'wuhan' };
const compact = (s: string) => s.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

describe('the search page', () => {
  it('runs the search in its link and keeps the query in the box', async () => {
    const page = await session.browser.newPage();
    const { own, status } = await searchFor(page, session.site.url, 'zh', '算力');
    expect(own.length).toBeGreaterThan(2);
    expect(status).toContain('算力');
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('算力');
    await page.close();
  });

  it('shows each result with its report, type and a marked excerpt', async () => {
    const page = await session.browser.newPage();
    await searchFor(page, session.site.url, 'en', 'Ascend 910');
    const first = page.locator('#search-results > li').first();
    await expect(first.locator('.search-result-facts').textContent()).resolves.toMatch(/Chart|Dataset|Explainer/);
    await expect(first.locator('.search-result-facts').textContent()).resolves.toMatch(/AI Infrastructure Development Report/);
    await expect(first.locator('.search-excerpt mark').first().textContent()).resolves.toMatch(/Ascend 910/i);
    await page.close();
  });

  it('ranks pages containing the whole query above pages with only its characters', async () => {
    const page = await session.browser.newPage();
    for (const q of ['智能计算中心建设', '开放数据平台', '人工智能计算中心数量']) {
      const { own } = await searchFor(page, session.site.url, 'zh', q);
      const tiers = own.map((r) => r.tier);
      expect(tiers, q).toEqual([...tiers].sort((a, b) => b - a));
      // The first result really contains the query: read the page it links to.
      const html = await (await fetch(new URL(own[0].href, session.site.url))).text();
      const text = html.replace(/<script[\s\S]*?<\/script>|<[^>]+>/g, '');
      expect(compact(text), `${q} → ${own[0].href}`).toContain(compact(q));
    }
    await page.close();
  });

  it('says when nothing matches and offers example queries', async () => {
    const page = await session.browser.newPage();
    const { own, other, status } = await searchFor(page, session.site.url, 'en', 'qqxzzv');
    expect(own.length + other.length).toBe(0);
    expect(status).toContain('Nothing found');
    await expect(page.locator('#search-hints').isVisible()).resolves.toBe(true);
    await expect(page.locator('#search-hints a').count()).resolves.toBeGreaterThan(2);
    await page.close();
  });

  it('offers example queries before anything is typed', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}zh/search/`);
    const example = page.locator('#search-hints a').first();
    await expect(example.getAttribute('href')).resolves.toMatch(/\/zh\/search\/\?q=/);
    await page.close();
  });

  it('filters by type and by report', async () => {
    const page = await session.browser.newPage();
    const charts = await searchFor(page, session.site.url, 'zh', '算力', '&type=chart');
    expect(charts.own.length).toBeGreaterThan(0);
    for (const r of charts.own) expect(pathOf(r.href)).toMatch(/^\/zh\/charts\//);
    await expect(page.locator('#search-type').inputValue()).resolves.toBe('chart');
    const report = await searchFor(page, session.site.url, 'en', 'computing power', '&report=ai-infrastructure-2021');
    for (const r of report.own) expect(await page.locator(`#search-results a[href="${r.href}"]`).first().isVisible()).toBe(true);
    const facts = await page.locator('#search-results .search-result-facts').allTextContents();
    expect(facts.length).toBeGreaterThan(0);
    for (const f of facts) expect(f).toContain('AI Infrastructure Development Report (2021)');
    await page.close();
  });

  it('passes axe-core with results and other-language results showing', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await session.browser.newPage({ colorScheme });
      const { own, other } = await searchFor(page, session.site.url, 'en', '昇腾', '', true);
      expect(own.length).toBeGreaterThan(0);
      expect(other.length).toBeGreaterThan(0);
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    }
  });
});

describe('what a search downloads', () => {
  /** Bytes of the index chunks a search downloads, and the results it shows. */
  async function indexBytes(lang: string, query: string) {
    const page = await session.browser.newPage();
    const chunks: Promise<number>[] = [];
    page.on('requestfinished', (req) => {
      if (req.url().endsWith('.pf_index')) chunks.push(req.sizes().then((s) => s.responseBodySize));
    });
    const shown = await searchFor(page, session.site.url, lang, query);
    const bytes = (await Promise.all(chunks)).reduce((a, b) => a + b, 0);
    return { page, shown, bytes, count: chunks.length };
  }

  it('keeps a long Chinese query within the index budget and still finds the whole phrase first', async () => {
    for (const q of ['智能计算中心建设', '人工智能计算中心数量']) {
      const { page, shown, bytes, count } = await indexBytes('zh', q);
      // Four or five words, each in its own chunk of about 30 KB: two are downloaded at most.
      expect(count, q).toBeLessThanOrEqual(2);
      expect(bytes, q).toBeLessThanOrEqual(INDEX_BUDGET);
      expect(shown.own[0]?.tier, q).toBe(3);
      await page.close();
    }
  });

  it('offers the other language on request, and shows its pages after one click', async () => {
    const page = await session.browser.newPage();
    const before = await searchFor(page, session.site.url, 'en', '算力');
    expect(before.own.length).toBeGreaterThan(0);
    expect(before.other).toEqual([]);
    const button = page.locator('#search-other-button');
    await expect(button.textContent()).resolves.toContain('算力');
    await button.click();
    await page.waitForFunction(() => document.documentElement.dataset.searchOtherDone === '算力');
    const titles = await page.locator('#search-other li .search-result-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(titles.length).toBeGreaterThan(0);
    for (const href of titles) expect(pathOf(href)).toMatch(/^\/zh\//);
    await expect(page.evaluate(() => document.activeElement?.closest('#search-other') !== null)).resolves.toBe(true);
    await page.close();
  });
});

describe('a search result', () => {
  it('leads to its section with the searched terms highlighted', async () => {
    const page = await session.browser.newPage();
    await searchFor(page, session.site.url, 'zh', '昇腾910');
    await page.locator('#search-results .search-result-title a').first().click();
    await page.waitForLoadState('load');
    const marks = await page.locator('main mark.search-hit').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const m of marks) expect(compact(m)).toBe('昇腾910');
    await page.close();
  });

  it('links to the heading of the section that contains the match', async () => {
    const page = await session.browser.newPage();
    const { own } = await searchFor(page, session.site.url, 'zh', SECTION_QUERY.q, '&type=article');
    const hit = own.find((r) => pathOf(r.href).startsWith(SECTION_QUERY.page));
    expect(hit && pathOf(hit.href)).toBe(`${SECTION_QUERY.page}#${SECTION_QUERY.section}`);
    const sections = await page.locator('.search-result-section a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    for (const href of sections) expect(href).toMatch(/#[a-z0-9-]+$/);
    await page.close();
  });

  it('highlights only text, whatever the link carries', async () => {
    const page = await session.browser.newPage();
    const evil = '<img src=x onerror="window.pwned=1">';
    await page.goto(`${session.site.url}en/data/ai-chips-2021/?highlight=${encodeURIComponent(evil)}&highlight=Ascend`);
    await expect(page.locator('main img[src="x"]').count()).resolves.toBe(0);
    await expect(page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).resolves.toBeUndefined();
    await expect(page.locator('main mark.search-hit').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });
});

describe('the search shortcut', () => {
  it('moves focus to the header search box with / and with Ctrl-K', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}en/data/ai-chips-2021/`);
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    await page.evaluate(() => (document.activeElement as HTMLElement).blur());
    await page.keyboard.press('Control+k');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search');
    await page.keyboard.type('GPT-3');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/en\/search\/\?q=GPT-3/);
    await page.waitForFunction(() => document.documentElement.dataset.searchDone === 'GPT-3');
    await page.close();
  });

  it('leaves "/" alone while the reader is typing in a field', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}en/search/`);
    await page.locator('#search-input').fill('');
    await page.locator('#search-input').focus();
    await page.keyboard.type('a/b');
    await expect(page.locator('#search-input').inputValue()).resolves.toBe('a/b');
    await page.close();
  });
});
