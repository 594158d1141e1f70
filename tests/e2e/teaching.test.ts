import { inflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openSession, type Session } from './fixtures.ts';

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

const REPORT = 'ai-infrastructure-2021';
const article = (lang: string) => `${session.site.url}${lang}/reports/${REPORT}/`;
const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

/** Path-drawing operators (moveto, lineto, curveto, rectangle) in a PDF's content streams: vector graphics. */
function countPathOperators(pdf: Buffer): number {
  let count = 0;
  const raw = pdf.toString('latin1');
  for (const match of raw.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    const end = raw.indexOf('endstream', start);
    try {
      const text = inflateSync(pdf.subarray(start, end)).toString('latin1');
      count += (text.match(/(^|\s)(m|l|c|re)\s/g) ?? []).length;
    } catch {
      // Not a Flate stream (fonts and the like): no drawing operators to count.
    }
  }
  return count;
}

/** Where a heading sits in the viewport; 0 when the page is scrolled to its end and cannot bring it higher. */
async function headingTop(page: Page, id: string): Promise<number> {
  return page.locator(`#${id}`).evaluate((el) => {
    const atEnd = window.scrollY + window.innerHeight >= document.documentElement.scrollHeight - 2;
    return atEnd && window.scrollY > 0 ? 0 : el.getBoundingClientRect().top;
  });
}

/** The page's scripts have run once copy buttons are shown. */
const ready = (page: Page) => page.waitForSelector('button.copy-button:not([data-pending])', { state: 'attached' });
const hash = (page: Page) => page.evaluate(() => location.hash);

describe('a teacher sharing a section', () => {
  it.each([true, false])('lands a student on a phone at the section (JavaScript %s)', async (javaScriptEnabled) => {
    const context = await session.browser.newContext({ ...phone, javaScriptEnabled });
    const page = await context.newPage();
    await page.goto(`${article('zh')}computing-power/`);
    await page.waitForURL(/\/zh\/reports\/ai-infrastructure-2021\/#computing-power$/);
    // The page scrolls smoothly to the fragment (unless the reader asked for reduced motion).
    await expect.poll(() => headingTop(page, 'computing-power'), { timeout: 10_000 }).toBeLessThan(200);
    expect(await headingTop(page, 'computing-power')).toBeGreaterThanOrEqual(0);
    await context.close();
  });

  it('copies the section page’s link with the keyboard and hears "copied"', async () => {
    const context = await session.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(article('en'));
    await ready(page);
    // The heading's one "Link · cite" control opens to show the copy button.
    await page.locator('#computing-power + .section-tools > summary').focus();
    await page.keyboard.press('Enter');
    const button = page.locator('#computing-power + .section-tools > .section-tools-panel > .copy > button');
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(`${article('en')}computing-power/`);
    await expect(page.locator('#computing-power + .section-tools > .section-tools-panel > .copy > [role="status"]').textContent()).resolves.toBe('Link copied');
    await context.close();
  });

  it('copies a chart’s citation with today’s date', async () => {
    const context = await session.browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    await page.goto(article('zh'));
    await ready(page);
    await page.locator('figure#compute-structure details.section-tools > summary').click();
    const cite = page.locator('figure#compute-structure details.cite-this');
    await cite.locator('summary').click();
    await cite.locator('button').first().click();
    const text = await page.evaluate(() => navigator.clipboard.readText());
    const today = await page.evaluate(() => new Date().toLocaleDateString('sv'));
    expect(text).toContain('[EB/OL]');
    expect(text).toContain(`[${today}]`);
    expect(text).toContain('中国信息通信研究院');
    await context.close();
  });
});

describe('a reader using the keyboard', () => {
  it('moves between sections with j and k, but not while typing', async () => {
    const page = await session.browser.newPage();
    await page.goto(article('en'));
    await ready(page);
    const [first, second] = await page.locator('article h2[id]').evaluateAll((hs) => hs.map((h) => `#${h.id}`));
    await page.keyboard.press('j');
    await expect.poll(() => hash(page)).toBe(first);
    await page.keyboard.press('j');
    await expect.poll(() => hash(page)).toBe(second);
    await expect(page.evaluate(() => `#${document.activeElement?.id}`)).resolves.toBe(second);
    await page.keyboard.press('k');
    await expect.poll(() => hash(page)).toBe(first);
    await page.evaluate(() => document.body.append(Object.assign(document.createElement('input'), { id: 'typing' })));
    await page.locator('#typing').pressSequentially('jjj');
    await expect(hash(page)).resolves.toBe(first);
    await page.close();
  });
});

describe('a section page', () => {
  it.each(['zh', 'en'])('passes axe-core in %s (seen before it moves on to the article)', async (lang) => {
    const page = await session.browser.newPage();
    // Drop the refresh so the page itself stays to be checked.
    await page.route('**/computing-power/', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, body: (await response.text()).replace(/<meta http-equiv="refresh"[^>]*>/, '') });
    });
    await page.goto(`${article(lang)}computing-power/`);
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy();
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});

describe('a reader following an old link', () => {
  it('lands on the section a renamed anchor now points to', async () => {
    const page = await session.browser.newPage();
    await page.goto(article('en'));
    await ready(page);
    // The published list has no alias yet, so the page is given one as data/anchors.json would.
    await page.evaluate(
      () => (document.querySelector<HTMLElement>('article.article')!.dataset.anchorAliases = JSON.stringify({ 'old-name': 'computing-power' })),
    );
    await page.evaluate(() => (location.hash = '#old-name'));
    await expect.poll(() => hash(page)).toBe('#computing-power');
    await page.close();
  });
});

describe('printing an article', () => {
  it('shows the wide static chart and no navigation, controls or contents', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(article('en'));
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-footer', 'nav', '.toc-phone', '.section-tools', '.back-to-top', '.chart-data']) {
      const visible = await page.locator(chrome).evaluateAll((els) => els.filter((el) => (el as HTMLElement).offsetParent !== null).length);
      expect(visible, chrome).toBe(0);
    }
    await expect(page.locator('figure#compute-structure .chart-static--wide svg').isVisible()).resolves.toBe(true);
    await expect(page.locator('figure#compute-structure .chart-static--narrow svg').isVisible()).resolves.toBe(false);
    const style = await page.locator('figure#compute-structure').evaluate((el) => getComputedStyle(el).breakInside);
    expect(style).toBe('avoid');
    const idLabel = await page.locator('#computing-power').evaluate((el) => getComputedStyle(el, '::after').content);
    expect(idLabel).toContain('#computing-power');
    await context.close();
  });

  it.each(['A4', 'Letter'])('makes a %s PDF whose charts are vector paths, not images', async (format) => {
    const page = await session.browser.newPage();
    await page.goto(article('zh'));
    const withCharts = await page.pdf({ format, printBackground: true });
    await page.evaluate(() => document.querySelectorAll('figure.chart').forEach((f) => f.remove()));
    const withoutCharts = await page.pdf({ format, printBackground: true });
    expect(withCharts.subarray(0, 5).toString()).toBe('%PDF-');
    expect(withCharts.toString('latin1')).not.toMatch(/\/Subtype\s*\/Image/);
    expect(countPathOperators(withCharts) - countPathOperators(withoutCharts)).toBeGreaterThan(30);
    await page.close();
  });
});
