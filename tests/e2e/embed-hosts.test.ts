import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { load } from 'cheerio';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './fixtures.ts';

// Our pages carry the placeholder host the test build uses; here the site is served locally.
const SITE = 'https://ai-infra.example.org/';
const CHART = 'compute-structure';
const SECRET = 'Ab12Cd34Ef';
let session: Session;
let host: Server;
let hostUrl: string;
const hostPages = new Map<string, string>();

const local = (url: string) => url.replace(SITE, session.site.url);

/**
 * A WordPress post as WordPress makes it from our oEmbed html: the iframe gets a secret in its
 * URL and data-secret, sandbox="allow-scripts", and the host listens the way wp-embed.js does
 * (match by secret and window, clamp the height to 200–1000 px, follow "link" when focused).
 */
function wordPressPost(oembedHtml: string): string {
  const iframe = oembedHtml
    .replace('<iframe ', `<iframe class="wp-embedded-content" sandbox="allow-scripts" security="restricted" data-secret="${SECRET}" `)
    .replace(/src="([^"]+)"/, (_, src) => `src="${local(src)}#?secret=${SECRET}"`);
  const listener = `
    window.links = [];
    addEventListener('message', (e) => {
      const d = e.data;
      if (!d || typeof d !== 'object' || !/^[a-zA-Z0-9]+$/.test(d.secret || '')) return;
      for (const f of document.querySelectorAll('iframe[data-secret="' + d.secret + '"]')) {
        if (e.source !== f.contentWindow) continue;
        if (d.message === 'height') f.height = Math.min(1000, Math.max(200, parseInt(d.value, 10)));
        if (d.message === 'link') window.links.push(d.value);
      }
    });
    for (const f of document.querySelectorAll('iframe.wp-embedded-content')) f.addEventListener('load', () => f.contentWindow.postMessage({ message: 'ready', secret: f.dataset.secret }, '*'));`;
  return `<!doctype html><html><head><meta charset="utf-8"><title>A WordPress post</title></head><body><p>Before.</p>${iframe}<p>After.</p><script>${listener}</script></body></html>`;
}

async function settle(page: Page, selector: string): Promise<number> {
  let last = -1;
  for (let i = 0, stable = 0; i < 60 && stable < 4; i++) {
    await page.waitForTimeout(250);
    const h = await page.locator(selector).evaluate((f) => f.getBoundingClientRect().height);
    stable = h === last ? stable + 1 : 0;
    last = h;
  }
  return last;
}

beforeAll(async () => {
  session = await openSession();
  host = createServer((req, res) => res.writeHead(200, { 'Content-Type': 'text/html' }).end(hostPages.get(req.url ?? '/') ?? ''));
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
  hostUrl = `http://127.0.0.1:${(host.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await session?.close();
  await new Promise((r) => host?.close(r));
});

describe('a chart embedded through oEmbed', () => {
  it('is sized by a WordPress host in a sandboxed allow-scripts iframe, and asks it to open links', async () => {
    const chartPage = load(await (await fetch(`${session.site.url}en/charts/${CHART}/`)).text());
    const discovery = chartPage('link[type="application/json+oembed"]').attr('href')!;
    const oembed = await (await fetch(local(discovery))).json();
    hostPages.set('/wp', wordPressPost(oembed.html));
    const page = await session.browser.newPage({ viewport: { width: 720, height: 900 } });
    await page.goto(`${hostUrl}/wp`);
    const height = await settle(page, 'iframe');
    const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
    const content = await frame.evaluate(() => document.documentElement.scrollHeight);
    expect(height).not.toBe(oembed.height);
    expect(Math.abs(height - Math.min(1000, Math.max(200, content)))).toBeLessThanOrEqual(2);
    // The sandbox forbids downloads and new tabs: the menu goes, the chart, source and link stay.
    expect(await frame.locator('.chart-menu').isHidden()).toBe(true);
    expect(await frame.locator('chart-figure svg:visible').count()).toBeGreaterThan(0);
    const chartLink = frame.locator(`a[href$="/en/charts/${CHART}/"]`);
    await chartLink.click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { links: string[] }).links)).toEqual([`${session.site.url}en/charts/${CHART}/`]);
    await page.close();
  });

  it('gives a Ghost-style bookmark card what it reads: title, description and a real 1200×630 image', async () => {
    for (const path of ['zh/reports/ai-cities-2023/', 'en/data/', '']) {
      const $ = load(await (await fetch(`${session.site.url}${path}`)).text());
      const og = (p: string) => $(`meta[property="og:${p}"]`).attr('content');
      expect(og('title'), path).toBeTruthy();
      expect(og('description'), path).toBeTruthy();
      expect(og('site_name'), path).toBeTruthy();
      const image = await fetch(local(og('image')!));
      expect(image.headers.get('content-type'), path).toBe('image/png');
      const bytes = Buffer.from(await image.arrayBuffer());
      expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], path).toEqual([1200, 630]);
    }
  });
});

describe('a chart in its own host page', () => {
  it('is sized by embed.js, and without scripts still shows the chart, its source and a plain link', async () => {
    const embed = `${session.site.url}zh/embed/${CHART}/`;
    hostPages.set(
      '/ours',
      `<!doctype html><html><body><iframe src="${embed}" data-ai-infra-chart="${CHART}" width="100%" height="150" style="border:0"></iframe><script src="${session.site.url}embed.js"></script></body></html>`,
    );
    const page = await session.browser.newPage({ viewport: { width: 480, height: 900 } });
    await page.goto(`${hostUrl}/ours`);
    const height = await settle(page, 'iframe');
    const frame = page.frames().find((f) => f.url().includes('/embed/'))!;
    expect(Math.abs(height - (await frame.evaluate(() => document.documentElement.scrollHeight)))).toBeLessThanOrEqual(2);
    await page.close();
    const noScript = await session.browser.newContext({ javaScriptEnabled: false });
    const bare = await noScript.newPage();
    await bare.goto(embed);
    expect(await bare.locator('chart-figure svg:visible').count()).toBeGreaterThan(0);
    expect(await bare.locator('.chart-caption a').first().textContent()).toMatch(/来源/);
    expect(await bare.locator(`.chart-caption a[href$="/zh/charts/${CHART}/"]`).count()).toBe(1);
    await noScript.close();
  });
});
