import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
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

/** Runs axe-core (WCAG 2.x A and AA rules) on the page and returns its violations, one line each. */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, not as a <script> tag, which the page's CSP would block.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
  return violations;
}
