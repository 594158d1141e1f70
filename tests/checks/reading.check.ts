import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from '../e2e/fixtures.ts';

// The reading regressions readers reported (issue 17), checked on one load of an article,
// resizing the viewport for each width.
let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

describe.each(['zh', 'en'])('the %s article of report 001', (lang) => {
  it('has paragraph spacing, list markers, strong headings, anchors clear of the bar, and nothing wider than a phone', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.site.url}${lang}/reports/ai-infrastructure-2021/`);

    const rhythm = await page.evaluate(() => {
      const ps = [...document.querySelectorAll('.article > p + p')];
      const gaps = ps.map((p) => p.getBoundingClientRect().top - (p.previousElementSibling as Element).getBoundingClientRect().bottom);
      const lists = [...document.querySelectorAll('.article > ul, .article > ol')].map((l) => getComputedStyle(l).listStyleType);
      const h2 = getComputedStyle(document.querySelector('.article h2')!);
      const chartTitles = [...document.querySelectorAll('.article .chart-title')].map((t) => parseFloat(getComputedStyle(t).fontSize));
      return { gaps, lists, h2Weight: Number(h2.fontWeight), h2Size: parseFloat(h2.fontSize), chartTitles };
    });
    expect(rhythm.gaps.length).toBeGreaterThan(3);
    expect(Math.min(...rhythm.gaps)).toBeGreaterThan(0);
    expect(rhythm.lists.length).toBeGreaterThan(0);
    expect(rhythm.lists.filter((type) => type === 'none')).toEqual([]);
    expect(rhythm.h2Weight).toBeGreaterThanOrEqual(600);
    expect(rhythm.chartTitles.length).toBeGreaterThan(0);
    expect(rhythm.h2Size).toBeGreaterThan(Math.max(...rhythm.chartTitles));

    // The anchor jump below the sticky bar (scroll-margin-top) is not asserted yet: in headless
    // Chromium the page is still moving seconds after the jump (issue 17 stays open on this).
    // At 320 px no element sticks out of the screen (except inside a container that scrolls sideways).
    await page.setViewportSize({ width: 320, height: 700 });
    const overflowing = await page.evaluate(() => {
      const scrolls = (el: Element | null): boolean => {
        for (let e = el; e && e !== document.body; e = e.parentElement)
          if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX)) return true;
        return false;
      };
      const width = document.documentElement.clientWidth;
      const out = [...document.querySelectorAll('body *')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > width + 1 && !scrolls(el.parentElement) && !el.closest('.visually-hidden, .skip-link');
      });
      return { scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 5).map((el) => `${el.tagName}.${el.className}`) };
    });
    expect(overflowing.out).toEqual([]);
    expect(overflowing.scrollWidth).toBeLessThanOrEqual(overflowing.width);
    await page.close();
  });
});
