import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations, openSession, type Session } from './fixtures.ts';

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

const PAGE_TYPES = ['', 'reports/ai-infrastructure-2021/', 'charts/', 'charts/compute-structure/', 'embed/compute-structure/', 'data/', 'search/', 'about/'];

describe.each(['light', 'dark'] as const)('axe-core in %s mode', (colorScheme) => {
  it.each(['zh', 'en'].flatMap((lang) => PAGE_TYPES.map((p) => `${lang}/${p}`)).concat(['', 'no-such-page/']))('finds no violation on /%s', async (path) => {
    const page = await session.browser.newPage({ colorScheme, viewport: { width: 375, height: 800 } });
    await page.goto(`${session.site.url}${path}`);
    // Hydrate every chart first so the interactive version is what gets checked.
    await page.evaluate(async () => {
      for (const el of document.querySelectorAll('chart-figure')) el.scrollIntoView();
      window.scrollTo(0, 0);
    });
    await page.waitForTimeout(300);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
