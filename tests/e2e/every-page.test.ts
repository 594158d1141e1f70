import type { BrowserContext, Page, Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, COLOUR_RULES, openSession, tabPool, type Session } from './fixtures.ts';
import { everyPagePath, hydrateAllCharts, PAGE_TYPES } from './pages.ts';

let session: Session;
const tabs = new Map<number, ReturnType<typeof tabPool>>();
// 320 px is 1280 px at 400% zoom (WCAG 1.4.10 reflow), checked on every page; 640 px is
// 1280 px at 200% zoom, checked on one page of each type. Each page is loaded once: axe runs on
// the same load in light mode and again, for the rules colour decides, in dark mode.
const WIDTHS = [320, 640];
const PAGES: Record<number, string[]> = { 320: everyPagePath(), 640: PAGE_TYPES };

const isOurs = (url: URL) => url.hostname === '127.0.0.1' || url.protocol === 'data:';

/** Blocks every request to another host and records every Content-Security-Policy violation. */
async function watchedContext(width: number): Promise<BrowserContext> {
  const context = await session.browser.newContext({ viewport: { width, height: 700 } });
  await context.route(
    (url) => !isOurs(url),
    (route) => route.abort(),
  );
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
  // The tab is reused from test to test: these listeners come off again below.
  const onRequest = (request: Request) => !isOurs(new URL(request.url())) && foreign.push(request.url());
  const onError = (e: Error) => errors.push(e.message);
  page.on('request', onRequest);
  page.on('pageerror', onError);
  await page.goto(`${session.site.url}${path}`);
  await hydrateAllCharts(page);
  await page.evaluate(() => window.scrollTo({ top: document.body.scrollHeight, behavior: 'instant' }));
  await page.waitForTimeout(50);
  const csp = await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);
  const overflow = await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth);
  page.off('request', onRequest);
  page.off('pageerror', onError);
  return { foreign, errors, csp, overflow };
}

beforeAll(async () => {
  session = await openSession();
  for (const width of WIDTHS) tabs.set(width, tabPool(await watchedContext(width)));
});
afterAll(async () => session?.close());

describe('every page at 320 px wide', () => {
  it.concurrent.each(PAGES[320])(
    '/%s: no horizontal scrolling, third-party request, CSP violation, script error or axe violation in light or dark mode',
    async (path) => {
      const page = await tabs.get(320)!.take();
      const seen = await visit(page, path);
      // Charts are hydrated by visit(), so the interactive version is what axe checks.
      await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
      const light = await axeViolations(page);
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await axeViolations(page, COLOUR_RULES);
      expect({ ...seen, light, dark }).toEqual({ foreign: [], errors: [], csp: [], overflow: 0, light: [], dark: [] });
      await tabs.get(320)!.give(page);
    },
  );
});

describe('one page of each type at 640 px wide', () => {
  it.concurrent.each(PAGES[640])('/%s: no horizontal scrolling, third-party request, CSP violation or script error', async (path) => {
    const page = await tabs.get(640)!.take();
    const seen = await visit(page, path);
    expect(seen).toEqual({ foreign: [], errors: [], csp: [], overflow: 0 });
    await tabs.get(640)!.give(page);
  });
});
