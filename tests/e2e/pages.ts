import { readFileSync } from 'node:fs';
import { BUILDS, htmlFiles, requireBuild, urlPathOf } from '../support/dist.ts';
import type { Page } from 'playwright-core';

/** Every built HTML page of the root build as a path after the base ("zh/charts/x/"); the 404 page as "no-such-page/". */
export function everyPagePath(): string[] {
  const { dir } = BUILDS[0];
  requireBuild(dir);
  // Section pages send the reader straight on to the article (meta refresh); tests/e2e/teaching.test.ts checks them.
  return htmlFiles(dir)
    .filter((f) => !readFileSync(f, 'utf8').includes('http-equiv="refresh"'))
    .map((f) => (urlPathOf(dir, f) === '/404' ? 'no-such-page/' : urlPathOf(dir, f).slice(1)));
}

/** One page of each type in both languages, for checks too slow to run on every page. */
export const PAGE_TYPES = ['', 'zh/', 'en/'].concat(
  ['reports/ai-infrastructure-2021/', 'charts/', 'charts/compute-structure/', 'embed/compute-structure/', 'data/', 'search/', 'about/', 'glossary/'].flatMap(
    (p) => [`zh/${p}`, `en/${p}`],
  ),
);

/** Brings every chart into view so each hydrates, waits for them, and returns to the top. */
export async function hydrateAllCharts(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const figures = [...document.querySelectorAll<HTMLElement>('chart-figure')];
    for (const el of figures) {
      el.scrollIntoView({ block: 'center', behavior: 'instant' });
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }
    const deadline = Date.now() + 5000;
    while (figures.some((el) => el.dataset.hydrated !== 'true') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    window.scrollTo({ top: 0, behavior: 'instant' });
  });
}
