import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS } from '../support/dist.ts';
import { openSession, type Session } from './fixtures.ts';

// The same site built with BASE_PATH=/ai-infra/, as on GitHub Pages.
let session: Session;
beforeAll(async () => {
  session = await openSession(BUILDS[1]);
});
afterAll(async () => session?.close());

describe('the site served from a sub-path', () => {
  it('hydrates charts and finds pages with search', async () => {
    const page = await session.browser.newPage();
    const requests: string[] = [];
    page.on('requestfailed', (r) => requests.push(r.url()));
    await page.goto(`${session.site.url}en/search/?q=${encodeURIComponent('computing power')}`);
    await page.locator('#search-results .search-result-title a').first().waitFor({ timeout: 15_000 });
    const href = await page.locator('#search-results .search-result-title a').first().getAttribute('href');
    expect(href).toMatch(/^\/ai-infra\/en\//);
    await page.goto(`${session.site.url}en/reports/ai-infrastructure-2021/`);
    await page.locator('figure#compute-structure').scrollIntoViewIfNeeded();
    await page.waitForSelector('chart-figure[data-hydrated="true"]');
    expect(requests).toEqual([]);
    await page.close();
  });
});
