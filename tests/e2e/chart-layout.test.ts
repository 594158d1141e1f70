import { appendFileSync, readdirSync } from 'node:fs';
// CHART_LAYOUT_LOG=<file> appends every problem found, one per line, for working through a long list.
const log = (path: string, problems: string[]) =>
  process.env.CHART_LAYOUT_LOG && appendFileSync(process.env.CHART_LAYOUT_LOG, problems.map((p) => `${path}\t${p}\n`).join(''));
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { openSession, type Session } from './fixtures.ts';
import { probeChartText, probeChartTips } from './chart-layout-probe.ts';

// Every chart sits in one of the five articles: one load per article and language checks all of
// its charts, at every width (by resizing) and in both themes (by emulating the colour scheme).
const REPORTS = readdirSync('content', { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);
const WIDTHS = [320, 375, 720];
const THEMES = ['light', 'dark'] as const;

let session: Session;
/** Charts seen in an article, per language: the rest are checked on their own pages. */
const seen = { zh: new Set<string>(), en: new Set<string>() };
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

/** Scrolls every chart into view so each hydrates, and waits until all have. */
async function hydrateAll(page: Page): Promise<void> {
  for (const figure of await page.locator('chart-figure').all()) await figure.scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.querySelectorAll('chart-figure')].every((f) => (f as HTMLElement).dataset.hydrated === 'true'));
}

async function resize(page: Page, width: number, live: boolean): Promise<void> {
  await page.setViewportSize({ width, height: 800 });
  // The live chart redraws from a ResizeObserver; give it two frames. (Without script, frames never come.)
  if (live) await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/** Static drawings (script off): text inside the SVG, no overlaps, contrast, at every width in both themes. */
async function checkStatic(path: string, found?: Set<string>): Promise<string[]> {
  const context = await session.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${session.site.url}${path}`);
  for (const id of await page.locator('chart-figure').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.chart!))) found?.add(id);
  const problems: string[] = [];
  for (const theme of THEMES) {
    await page.emulateMedia({ colorScheme: theme });
    for (const width of WIDTHS) {
      await resize(page, width, false);
      problems.push(
        ...(await page.evaluate(probeChartText, ['.chart-static svg', theme === 'light'] as [string, boolean])).map((p) => `${theme} ${width}px ${p}`),
      );
    }
  }
  await context.close();
  log(path, problems);
  return problems;
}

/** Hydrated charts: the same checks, and every tip opened by keyboard inside the chart and the viewport. */
async function checkLive(path: string): Promise<string[]> {
  const context = await session.browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${session.site.url}${path}`);
  await hydrateAll(page);
  const problems: string[] = [];
  for (const width of WIDTHS) {
    await resize(page, width, true);
    for (const theme of THEMES) {
      await page.emulateMedia({ colorScheme: theme });
      problems.push(
        ...(await page.evaluate(probeChartText, ['.chart-live svg', theme === 'light'] as [string, boolean])).map((p) => `${theme} ${width}px ${p}`),
      );
    }
    problems.push(...(await page.evaluate(probeChartTips)).map((p) => `${width}px ${p}`));
  }
  await context.close();
  log(path, problems);
  return problems;
}

describe.each(['zh', 'en'] as const)('charts in %s at 320, 375 and 720 px, both themes', (lang) => {
  it.concurrent.each(REPORTS)('%s, static (no script): text inside the SVG, no overlaps, readable contrast', async (report) => {
    expect(await checkStatic(`${lang}/reports/${report}/`, seen[lang])).toEqual([]);
  });

  it.concurrent.each(REPORTS)('%s, hydrated: the same, and every tip inside the chart and the viewport', async (report) => {
    expect(await checkLive(`${lang}/reports/${report}/`)).toEqual([]);
  });

  it('charts in no article, on their own pages', async () => {
    // The static tests above recorded every chart the articles show.
    expect(seen[lang].size).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const id of [...charts.keys()].filter((c) => !seen[lang].has(c))) {
      problems.push(...(await checkStatic(`${lang}/charts/${id}/`)), ...(await checkLive(`${lang}/charts/${id}/`)));
    }
    expect(problems).toEqual([]);
  });
});
