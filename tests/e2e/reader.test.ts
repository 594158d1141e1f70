import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './fixtures.ts';

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

const article = (lang: string) => `${session.site.url}${lang}/reports/ai-infrastructure-2021/`;

describe('a reader of an article', () => {
  it('sees the chart as SVG with JavaScript turned off', async () => {
    const context = await session.browser.newContext({ javaScriptEnabled: false, viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(article('zh'));
    const svg = page.locator('figure#compute-structure svg[role="img"]:visible');
    await expect(svg.count()).resolves.toBe(1);
    const box = await svg.boundingBox();
    expect(box!.width).toBeGreaterThan(300);
    expect(box!.height).toBeGreaterThan(200);
    await context.close();
  });

  it('gets a tooltip with the value and the report quote when hovering a point', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(article('en'));
    await page.locator('figure#compute-structure').scrollIntoViewIfNeeded();
    await page.waitForSelector('chart-figure[data-hydrated="true"]');
    const dot = await page.locator('figure#compute-structure .chart-live circle').nth(3).boundingBox();
    await page.mouse.move(dot!.x + dot!.width / 2, dot!.y + dot!.height / 2);
    const tip = page.locator('figure#compute-structure .chart-live g[aria-label="tip"]');
    await tip.waitFor();
    await expect(tip.textContent()).resolves.toMatch(/41%[\s\S]*智能算力占算力的比重/);
    await page.close();
  });

  it('does not shift the layout when the chart becomes interactive', async () => {
    const page = await session.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(article('zh'));
    const figure = page.locator('figure#compute-structure');
    const before = await figure.evaluate((el) => el.getBoundingClientRect().height);
    await figure.scrollIntoViewIfNeeded();
    await page.waitForSelector('chart-figure[data-hydrated="true"]');
    const after = await figure.evaluate((el) => el.getBoundingClientRect().height);
    expect(Math.abs(after - before)).toBeLessThan(1);
    await page.close();
  });

  it('keeps the #section when switching language', async () => {
    const page = await session.browser.newPage();
    await page.goto(`${article('zh')}#sources-and-caveats`);
    await page.locator('a.language-switch').click();
    await page.waitForURL(/\/en\/reports\/ai-infrastructure-2021\/#sources-and-caveats$/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    await expect(page.locator('#sources-and-caveats').count()).resolves.toBe(1);
    await page.close();
  });
});

describe('a reader searching', () => {
  it.each([
    ['zh', '算力'],
    ['en', 'computing power'],
  ])('finds the article in %s for "%s"', async (lang, query) => {
    const page = await session.browser.newPage();
    await page.goto(`${session.site.url}${lang}/search/?q=${encodeURIComponent(query)}&type=article`);
    const result = page.locator('#search-results .search-result-title a').first();
    await result.waitFor({ timeout: 15_000 });
    const links = await page.locator('#search-results .search-result-title a').evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href));
    expect(links.some((href) => href.includes(`/${lang}/reports/ai-infrastructure-2021/`))).toBe(true);
    await page.close();
  });
});
