import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './fixtures.ts';
import { everyPagePath, hydrateAllCharts, PAGE_TYPES } from './pages.ts';

let session: Session;
const contexts = new Map<number, BrowserContext>();
// 320 px is 1280 px at 400% zoom (WCAG 1.4.10 reflow), checked on every page; 640 px is
// 1280 px at 200% zoom, checked on one page of each type.
const WIDTHS = [320, 640];
const PAGES: Record<number, string[]> = { 320: everyPagePath(), 640: PAGE_TYPES };

/** Records every request to another host (then blocks it) and every Content-Security-Policy violation. */
async function watchedContext(width: number): Promise<BrowserContext> {
  const context = await session.browser.newContext({ viewport: { width, height: 700 } });
  await context.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  return context;
}

async function visit(page: Page, path: string) {
  const foreign: string[] = [];
  const errors: string[] = [];
  await page.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1' || url.protocol === 'data:') return route.continue();
    foreign.push(url.href);
    return route.abort();
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${session.site.url}${path}`);
  await hydrateAllCharts(page);
  await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
  await page.waitForTimeout(50);
  const csp = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
  return { foreign, errors, csp, overflow };
}

beforeAll(async () => {
  session = await openSession();
  for (const width of WIDTHS) contexts.set(width, await watchedContext(width));
});
afterAll(async () => session?.close());

describe.each(WIDTHS)('every page at %i px wide', (width) => {
  it.concurrent.each(PAGES[width])('/%s: no horizontal scrolling, third-party request, CSP violation or script error', async (path) => {
    const page = await contexts.get(width)!.newPage();
    const seen = await visit(page, path);
    expect(seen).toEqual({ foreign: [], errors: [], csp: [], overflow: 0 });
    await page.close();
  });
});
