import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './fixtures.ts';
import { hydrateAllCharts, PAGE_TYPES } from './pages.ts';

let session: Session;
let context: BrowserContext;
beforeAll(async () => {
  session = await openSession();
  context = await session.browser.newContext({ viewport: { width: 375, height: 800 } });
});
afterAll(async () => session?.close());

// axe-core on every page, light and dark, runs in every-page.test.ts on the same page load as the reflow check.
describe('a keyboard user', () => {
  it.concurrent.each(PAGE_TYPES)('always sees where the focus is on /%s', async (path) => {
    const page = await context.newPage();
    await page.goto(`${session.site.url}${path}`);
    await hydrateAllCharts(page);
    const invisible: string[] = [];
    for (let i = 0; i < 25; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
        return { name: `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${el.className}`, visible: ring || style.boxShadow !== 'none' };
      });
      if (!focus) break;
      if (!focus.visible) invisible.push(focus.name);
    }
    expect(invisible).toEqual([]);
    await page.close();
  });
});

describe('a reader who asks for reduced motion', () => {
  it('gets no smooth scrolling, transition or animation', async () => {
    const context = await session.browser.newContext({ reducedMotion: 'reduce' });
    const page = await context.newPage();
    await page.goto(`${session.site.url}en/reports/ai-infrastructure-2021/`);
    const moving = await page.evaluate(() =>
      [document.documentElement, ...document.querySelectorAll('body *')]
        .map((el) => ({ el, s: getComputedStyle(el) }))
        .filter(({ s }) => s.scrollBehavior === 'smooth' || /[1-9]/.test(s.transitionDuration) || /[1-9]/.test(s.animationDuration))
        .map(({ el }) => el.tagName),
    );
    expect(moving).toEqual([]);
    await context.close();
  });
});
