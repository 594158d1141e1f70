import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from './browser.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { BUILDS, requireBuild } from '../support/dist.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface Session {
  browser: Browser;
  site: StaticSite;
  close(): Promise<void>;
}

/** A browser and the built site served on a free localhost port. */
export async function openSession(build: (typeof BUILDS)[number] = BUILDS[0]): Promise<Session> {
  requireBuild(build.dir);
  const [browser, site] = await Promise.all([launchChromium(), serveStatic(build.dir, build.base)]);
  return { browser, site, close: async () => void (await Promise.all([browser.close(), site.close()])) };
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The axe rules whose outcome depends on colour alone: all that can change when only the colour scheme does. */
export const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/** Runs axe-core (WCAG 2.x A and AA rules, or only `rules`) on the page and returns its violations, one line each. */
export async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
  // Evaluated through the DevTools protocol, not as a <script> tag, which the page's CSP would block.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: WCAG_TAGS };
  return page.evaluate(async (runOnly) => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    // Passes and incomplete results are never read; asking for violations only makes a run faster.
    const result = await axe.run({ runOnly, resultTypes: ['violations'] });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, runOnly);
}

/**
 * Tabs handed from test to test. Opening a tab per page costs a renderer process; navigating a tab
 * that already exists does not, and on the 2-core machine that made the every-page check about a
 * third faster. A test gives its tab back only when it passed, so a failure leaves nothing behind.
 */
export function tabPool(context: BrowserContext) {
  const free: Page[] = [];
  return {
    take: async (): Promise<Page> => free.pop() ?? context.newPage(),
    give: async (page: Page): Promise<void> => {
      // What a test may have changed that a navigation keeps: the emulated scheme, the pointer.
      await page.emulateMedia({ colorScheme: null });
      await page.mouse.move(0, 0);
      free.push(page);
    },
  };
}
