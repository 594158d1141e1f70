import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations, openSession, type Session } from './fixtures.ts';

// Glossary terms and figures open their popover in place (issue 17): at 375 px every one lies
// inside the viewport, a tap does not navigate, Escape and a tap outside close it, the keyboard
// reaches and opens it. One page load per language and device.
let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

const REPORT = 'ai-infrastructure-2021';
const article = (lang: string) => `${session.site.url}${lang}/reports/${REPORT}/`;
const phone = { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true };

async function openPage(lang: string, options: object): Promise<Page> {
  const context = await session.browser.newContext(options);
  const page = await context.newPage();
  await page.goto(article(lang));
  await page.waitForFunction(() => document.documentElement.classList.contains('has-popovers'));
  return page;
}

const openPopover = (page: Page) => page.locator('.pop:popover-open');

/** The open popover's box, and whether it lies fully inside the viewport. */
async function openBox(page: Page) {
  return openPopover(page).evaluate((el) => {
    const r = el.getBoundingClientRect();
    const inside = r.left >= 0 && r.top >= 0 && r.right <= document.documentElement.clientWidth && r.bottom <= window.innerHeight;
    return { inside, box: `${Math.round(r.left)},${Math.round(r.top)} – ${Math.round(r.right)},${Math.round(r.bottom)}` };
  });
}

describe.each(['en', 'zh'])('popovers on the %s report-001 page at 375 px', (lang) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage(lang, phone);
  });
  afterAll(async () => page?.context().close());

  it('open in place on a tap, inside the viewport, and close on Escape', async () => {
    const triggers = page.locator('a[data-pop]');
    const count = await triggers.count();
    expect(await page.locator('a.term-link[data-pop]').count()).toBeGreaterThan(10);
    expect(await page.locator('a.figure-link[data-pop]').count()).toBeGreaterThan(10);
    const outside: string[] = [];
    for (let i = 0; i < count; i++) {
      const trigger = triggers.nth(i);
      const id = (await trigger.getAttribute('data-pop'))!;
      await trigger.tap();
      await expect(openPopover(page).getAttribute('id')).resolves.toBe(id);
      await expect(trigger.getAttribute('aria-expanded')).resolves.toBe('true');
      const { inside, box } = await openBox(page);
      if (!inside) outside.push(`${id}: ${box}`);
      await page.keyboard.press('Escape');
      await expect(openPopover(page).count()).resolves.toBe(0);
    }
    expect(outside).toEqual([]);
    expect(page.url()).toBe(article(lang));
  });

  it('keep the glossary link and the dataset row link inside', async () => {
    for (const term of await page.locator('a.term-link[data-pop]').all()) {
      const href = (await term.getAttribute('href'))!;
      expect(href).toMatch(/\/glossary\/#[a-z0-9-]+$/);
      const pop = page.locator(`#${await term.getAttribute('data-pop')}`);
      await expect(pop.locator(`a.pop-link[href="${href}"]`).count()).resolves.toBe(1);
    }
    for (const figure of await page.locator('a.figure-link[data-pop]').all()) {
      const pop = page.locator(`#${await figure.getAttribute('data-pop')}`);
      await expect(pop.locator('a.pop-link').getAttribute('href')).resolves.toMatch(/\/data\/[a-z0-9-]+\/#row-\d+$/);
      await expect(pop.locator('.pop-quote').first().textContent()).resolves.toMatch(/\S/);
    }
  });

  it('close on a tap outside and on a second tap, without shifting the page', async () => {
    const term = page.locator('a.term-link[data-pop]').first();
    await term.tap();
    const before = await term.evaluate((el) => [document.documentElement.scrollHeight, el.getBoundingClientRect().top]);
    await expect(openPopover(page).count()).resolves.toBe(1);
    const after = await term.evaluate((el) => [document.documentElement.scrollHeight, el.getBoundingClientRect().top]);
    expect(after).toEqual(before);
    const box = (await term.boundingBox())!;
    // Tapping above the term's line box, in the paragraph's own text, is a tap outside the popover.
    const below = (await openPopover(page).boundingBox())!;
    await page.touchscreen.tap(box.x > 40 ? 20 : 350, below.y + below.height + 30 < 740 ? below.y + below.height + 30 : box.y - 30);
    await expect(openPopover(page).count()).resolves.toBe(0);
    await term.tap();
    await expect(openPopover(page).count()).resolves.toBe(1);
    await term.tap();
    await expect(openPopover(page).count()).resolves.toBe(0);
    expect(page.url()).toBe(article(lang));
  });
});

describe('popovers on the en report-001 page at 1280 px', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openPage('en', { viewport: { width: 1280, height: 900 } });
  });
  afterAll(async () => page?.context().close());

  it('are reached and opened by keyboard, and Escape gives focus back', async () => {
    let kind = '';
    for (let i = 0; i < 200 && kind !== 'term-link'; i++) {
      await page.keyboard.press('Tab');
      kind = await page.evaluate(() => (document.activeElement?.matches('a[data-pop]') ? document.activeElement.className : ''));
    }
    expect(kind).toBe('term-link');
    const id = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.pop);
    await page.keyboard.press('Enter');
    await expect(openPopover(page).getAttribute('id')).resolves.toBe(id);
    await expect(openBox(page)).resolves.toMatchObject({ inside: true });
    await page.keyboard.press('Tab');
    await expect(page.evaluate((id) => document.getElementById(id!)!.contains(document.activeElement), id)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(openPopover(page).count()).resolves.toBe(0);
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.pop)).resolves.toBe(id);
    await page.keyboard.press(' ');
    await expect(openPopover(page).getAttribute('id')).resolves.toBe(id);
    await openPopover(page).locator('.pop-close').focus();
    await page.keyboard.press('Enter');
    await expect(openPopover(page).count()).resolves.toBe(0);
    await expect(page.evaluate(() => (document.activeElement as HTMLElement).dataset.pop)).resolves.toBe(id);
    expect(page.url()).toBe(article('en'));
  });

  it('pass axe with a term and a figure popover open', async () => {
    for (const selector of ['a.term-link[data-pop]', 'a.figure-link[data-pop]']) {
      await page.locator(selector).nth(2).click();
      await expect(openPopover(page).count()).resolves.toBe(1);
      await expect(axeViolations(page)).resolves.toEqual([]);
      await page.keyboard.press('Escape');
    }
  });
});
