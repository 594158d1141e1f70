import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { openSession, type Session } from './fixtures.ts';

// A journalist's page on another origin (another port), made of embed codes copied from our chart pages.
let session: Session;
let newspaper: Server;
let newspaperUrl: string;
let html = '';

async function copyEmbedCode(page: Page, lang: string, id: string, theme: string): Promise<string> {
  await page.goto(`${session.site.url}${lang}/charts/${id}/`);
  await page.locator(`input[name="embed-theme"][value="${theme}"]`).check({ timeout: 5000 });
  return (await page.locator('#embed-iframe-code').textContent())!;
}

beforeAll(async () => {
  session = await openSession();
  const ids = [...charts.keys()];
  const picks = [0, 1, 2].map((i) => ({ id: ids[i % ids.length], lang: i === 1 ? 'zh' : 'en', theme: ['auto', 'dark', 'light'][i] }));
  const page = await session.browser.newPage();
  const codes = [];
  for (const p of picks) codes.push(await copyEmbedCode(page, p.lang, p.id, p.theme));
  await page.close();
  html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A newspaper</title></head><body style="margin:0;padding:8px;font-family:serif"><h1>Our story</h1>${codes.map((c) => `<p>Text before the chart.</p>${c}`).join('\n')}<p>The end.</p></body></html>`;
  newspaper = createServer((_, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(html));
  await new Promise<void>((r) => newspaper.listen(0, '127.0.0.1', r));
  newspaperUrl = `http://127.0.0.1:${(newspaper.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await session?.close();
  await new Promise((r) => newspaper?.close(r));
});

/** Waits until every embed iframe has kept the same height for a second (frames load lazily and reflow). */
async function settledFrames(page: Page): Promise<Frame[]> {
  let last = '';
  let stable = 0;
  for (let i = 0; i < 60 && stable < 4; i++) {
    await page.waitForTimeout(250);
    const heights = await page.locator('iframe').evaluateAll((fs) => fs.map((f) => f.getBoundingClientRect().height).join(','));
    stable = heights === last ? stable + 1 : 0;
    last = heights;
  }
  return page.frames().filter((f) => f !== page.mainFrame());
}

async function expectNoInnerScroll(page: Page): Promise<void> {
  const frames = await settledFrames(page);
  expect(frames).toHaveLength(3);
  for (const [i, frame] of frames.entries()) {
    // Chromium pauses rendering in cross-origin frames off screen, so a frame resizes when the
    // reader scrolls to it: look at each one as a reader would.
    await page.locator('iframe').nth(i).scrollIntoViewIfNeeded();
    await settledFrames(page);
    const box = await frame.evaluate(() => ({
      sh: document.documentElement.scrollHeight,
      ih: innerHeight,
      sw: document.documentElement.scrollWidth,
      iw: innerWidth,
    }));
    expect(box.sh, `${frame.url()} scrolls vertically`).toBeLessThanOrEqual(box.ih + 1);
    expect(box.sw, `${frame.url()} scrolls horizontally`).toBeLessThanOrEqual(box.iw);
    expect(box.ih).toBeGreaterThan(200);
  }
}

// Each test opens its own page and mostly waits for frames to settle: they run side by side.
describe.concurrent('a chart embedded in a journalist’s page', () => {
  it.each([375, 1280])('sizes each iframe to its content at %i px and after a resize', async (width) => {
    const page = await session.browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(newspaperUrl);
    await expectNoInnerScroll(page);
    await page.setViewportSize({ width: width === 375 ? 1024 : 320, height: 900 });
    await expectNoInnerScroll(page);
    await page.close();
  });

  it('keeps its tooltip', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(newspaperUrl);
    const frame = (await settledFrames(page))[0];
    await frame.locator('chart-figure').scrollIntoViewIfNeeded();
    await frame.waitForSelector('chart-figure[data-hydrated="true"]');
    const mark = await frame.locator('.chart-live svg [fill]:is(circle, rect), .chart-live svg circle').first().boundingBox();
    await page.mouse.move(mark!.x + mark!.width / 2, mark!.y + mark!.height / 2);
    await frame.locator('g[aria-label="tip"]').waitFor();
    await page.close();
  });

  it('follows the theme in the embed code and the host’s theme message', async () => {
    const page = await session.browser.newPage({ colorScheme: 'light' });
    await page.goto(newspaperUrl);
    const frames = await settledFrames(page);
    await expect(frames[1].evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('dark');
    await expect(frames[2].evaluate(() => document.documentElement.dataset.theme)).resolves.toBe('light');
    await page.evaluate(() => (window as unknown as { AIInfraEmbeds: { setTheme(t: string): void } }).AIInfraEmbeds.setTheme('dark'));
    await expect.poll(() => frames[2].evaluate(() => document.documentElement.dataset.theme)).toBe('dark');
    const background = await frames[2].evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background).not.toBe('rgb(255, 255, 255)');
    await page.close();
  });

  it('ignores height messages that do not come from our iframe', async () => {
    const page = await session.browser.newPage();
    await page.goto(newspaperUrl);
    await settledFrames(page);
    const before = await page
      .locator('iframe')
      .first()
      .evaluate((f) => f.getBoundingClientRect().height);
    const chart = await page.locator('iframe').first().getAttribute('data-ai-infra-chart');
    await page.evaluate((c) => window.postMessage({ type: 'ai-infra:height', chart: c, height: 90 }, '*'), chart);
    await page.waitForTimeout(300);
    await expect(
      page
        .locator('iframe')
        .first()
        .evaluate((f) => f.getBoundingClientRect().height),
    ).resolves.toBe(before);
    await page.close();
  });
});
