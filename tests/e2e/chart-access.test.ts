import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { openSession, type Session } from './fixtures.ts';

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

// Plot keeps an empty tip group when hidden: a tip is shown when it has text. Faceted charts'
// tip groups carry data-plot-tip (src/client/hydrate-chart.ts).
const tip = (page: Page) => page.locator('.chart-live :is([data-plot-tip], g[aria-label="tip"]) text');

async function until(check: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 50 && !(await check()); i++) await new Promise((r) => setTimeout(r, 100));
}

async function openChart(page: Page, lang: string, id: string) {
  await page.goto(`${session.site.url}${lang}/charts/${id}/`);
  await page.locator('chart-figure').scrollIntoViewIfNeeded();
  await page.waitForSelector('chart-figure[data-hydrated="true"]');
}

/** Moves the mouse over a grid of points on the chart: does any of them open a tip? */
async function hoverShowsTip(page: Page): Promise<boolean> {
  const box = (await page.locator('.chart-live svg').boundingBox())!;
  for (let i = 1; i < 12; i++) {
    for (let j = 1; j < 8; j++) {
      await page.mouse.move(box.x + (box.width * i) / 12, box.y + (box.height * j) / 8);
      if (await tip(page).count()) return true;
    }
  }
  return false;
}

// Every chart in both languages, flat, so that five run side by side rather than two.
const CHART_PAGES = [...charts.keys()].flatMap((id) => [
  { id, lang: 'zh' },
  { id, lang: 'en' },
]);

describe('every chart, by keyboard', () => {
  it.concurrent.each(CHART_PAGES)('$id in $lang: every tip shown on hover can be reached with the arrow keys and is read out', async ({ id, lang }) => {
    // A context of its own: pages sharing one, side by side, disturb each other's keyboard focus.
    const page = await session.browser.newPage({ viewport: { width: 1024, height: 900 } });
    await openChart(page, lang, id);
    const focusable = await page.locator('.chart-live[tabindex="0"]').count();
    if (!focusable) {
      // A chart may have no tips at all; then hover must not show one either.
      expect(await hoverShowsTip(page)).toBe(false);
      return page.close();
    }
    await page.locator('.chart-live').focus();
    const announcer = page.locator('.chart-announcer');
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      const before = await announcer.textContent();
      await page.keyboard.press('ArrowRight');
      await until(async () => (await tip(page).count()) === 1 && (i > 0 || (await announcer.textContent()) !== before));
      await page.waitForTimeout(60);
      expect(await tip(page).count()).toBe(1);
      const said = (await announcer.textContent())!;
      expect(said.length).toBeGreaterThan(0);
      expect((await tip(page).textContent())!.replace(/\u200b/g, '')).toContain(said.split('; ')[0]);
      seen.add(said);
    }
    await page.keyboard.press('End');
    await page.waitForTimeout(100);
    seen.add((await announcer.textContent())!);
    expect(seen.size).toBeGreaterThan(1);
    await page.keyboard.press('Escape');
    await until(async () => (await tip(page).count()) === 0);
    expect(await tip(page).count()).toBe(0);
    await page.close();
  });
});

describe('the chart in an article', () => {
  it('shows a focus ring when tabbed to', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1024, height: 900 } });
    await page.goto(`${session.site.url}en/reports/ai-infrastructure-2021/`);
    await page.locator('figure#compute-structure').scrollIntoViewIfNeeded();
    await page.waitForSelector('figure#compute-structure chart-figure[data-hydrated="true"]');
    let focused = '';
    for (let i = 0; i < 200 && !focused.includes('chart-live'); i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.className ?? '');
    }
    expect(focused).toContain('chart-live');
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(ring).toBe('solid');
    await page.close();
  });
});

describe('a reader on a phone', () => {
  it('opens a tip with a tap, closes it with a second tap or a tap elsewhere, and can still scroll', async () => {
    const context = await session.browser.newContext({ viewport: { width: 375, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${session.site.url}zh/reports/ai-infrastructure-2021/`);
    await page.locator('figure#compute-structure').scrollIntoViewIfNeeded();
    await page.waitForSelector('figure#compute-structure chart-figure[data-hydrated="true"]');
    const dot = (await page.locator('figure#compute-structure .chart-live circle').nth(3).boundingBox())!;
    const point = { x: dot.x + dot.width / 2, y: dot.y + dot.height / 2 };
    // Plot keeps an empty tip group when hidden: a tip is shown when it has text.
    const tips = page.locator('figure#compute-structure g[aria-label="tip"] text');

    await page.touchscreen.tap(point.x, point.y);
    await expect(tips.count()).resolves.toBe(1);
    await page.touchscreen.tap(point.x, point.y);
    await expect(tips.count()).resolves.toBe(0);

    await page.touchscreen.tap(point.x, point.y);
    await expect(tips.count()).resolves.toBe(1);
    const text = (await page.locator('figure#compute-structure .chart-subtitle').boundingBox())!;
    await page.touchscreen.tap(text.x + 10, text.y + 5);
    await expect(tips.count()).resolves.toBe(0);

    // Scrolling stays the browser's: touch-action allows panning on the chart and every ancestor,
    // no touch or pointer event on it is cancelled, and a scroll that starts on it (the browser
    // sends pointercancel) closes the tip. (Headless Chromium ignores synthetic touch scroll
    // gestures, so the scroll itself cannot be driven here.)
    await page.evaluate(() => {
      const w = window as unknown as { cancelled: string[] };
      w.cancelled = [];
      for (const type of ['touchstart', 'touchmove', 'touchend', 'pointerdown', 'pointerup'])
        addEventListener(type, (e) => e.defaultPrevented && w.cancelled.push(type));
    });
    await page.touchscreen.tap(point.x, point.y);
    await expect(tips.count()).resolves.toBe(1);
    const blocked = await page.evaluate(() => {
      const svg = document.querySelector('figure#compute-structure .chart-live svg')!;
      const actions: string[] = [];
      for (let el: Element | null = svg; el; el = el.parentElement) actions.push(getComputedStyle(el).touchAction);
      svg.dispatchEvent(new PointerEvent('pointercancel', { pointerType: 'touch', bubbles: true }));
      return {
        actions: actions.filter((a) => a !== 'auto' && !a.includes('pan-y') && a !== 'manipulation'),
        cancelled: (window as unknown as { cancelled: string[] }).cancelled,
      };
    });
    expect(blocked).toEqual({ actions: [], cancelled: [] });
    await expect(tips.count()).resolves.toBe(0);
    await context.close();
  });
});
