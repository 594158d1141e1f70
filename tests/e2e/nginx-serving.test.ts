import { createServer, get, type Server } from 'node:http';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BUILDS, requireBuild } from '../support/dist.ts';
import { checkMirror, fetchIntegrity } from '../../scripts/lib/mirror-check.ts';
import { serveWithNginx, type NginxSite } from '../../scripts/lib/nginx-server.ts';
import { launchChromium } from './browser.ts';

// The build's own nginx block (dist/_server/nginx.conf) in Debian's nginx, checked over HTTP.
const CHART = 'compute-structure';
const CSV = `data/${CHART}.csv`;

/** One GET with node:http, which (unlike fetch) hands back the body as sent, still encoded. */
function head(url: string, encoding = 'identity'): Promise<{ status: number; headers: Headers; bytes: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers: { 'accept-encoding': encoding } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const headers = new Headers();
        for (const [k, v] of Object.entries(res.headers)) if (v) headers.set(k, String(v));
        resolve({ status: res.statusCode ?? 0, headers, bytes: Buffer.concat(chunks) });
      });
    }).on('error', reject);
  });
}

// One nginx per build for the whole file: the HTTP checks and the Chromium check share them.
const servers = new Map<string, NginxSite>();
beforeAll(async () => {
  for (const build of BUILDS) requireBuild(build.dir);
  const started = await Promise.all(BUILDS.map((build) => serveWithNginx(build.dir, build.base)));
  BUILDS.forEach((build, i) => servers.set(build.name, started[i]));
});
afterAll(() => Promise.all([...servers.values()].map((s) => s.close())));

for (const build of BUILDS) {
  describe(`nginx serving the ${build.name} build`, () => {
    let site: NginxSite;
    beforeAll(() => {
      site = servers.get(build.name)!;
    });

    it('forbids framing pages, allows it for embeds, and sends the common headers', async () => {
      for (const path of ['', 'zh/', 'en/reports/ai-infrastructure-2021/', `zh/embed/${CHART}/`, CSV]) {
        const { status, headers } = await head(site.url + path);
        expect(status, path).toBe(200);
        expect(headers.get('x-content-type-options'), path).toBe('nosniff');
        expect(headers.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      }
      const article = (await head(`${site.url}en/reports/ai-infrastructure-2021/`)).headers;
      expect(article.get('content-security-policy')).toMatch(/frame-ancestors 'none'/);
      expect(article.get('cache-control')).toBe('public, max-age=0, must-revalidate');
      expect(article.get('content-type')).toBe('text/html; charset=utf-8');
      const embed = (await head(`${site.url}en/embed/${CHART}/`)).headers;
      expect(embed.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(embed.get('content-security-policy')).not.toMatch(/frame-ancestors/);
    });

    it('caches hashed assets for a year and serves data to any origin as UTF-8', async () => {
      const html = readFileSync(join(build.dir, 'zh', 'index.html'), 'utf8');
      const asset = html.match(/"([^"']*\/_astro\/[^"']+\.css)"/)![1];
      const css = await head(new URL(asset, site.url).href);
      expect(css.status, asset).toBe(200);
      expect(css.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(css.headers.get('access-control-allow-origin'), 'module scripts in a sandboxed embed need CORS').toBe('*');
      const csv = await head(site.url + CSV);
      expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csv.headers.get('access-control-allow-origin')).toBe('*');
      expect(csv.headers.get('cache-control')).toBe('public, max-age=0, must-revalidate');
      const fragment = readFileSync(join(build.dir, 'integrity.json'), 'utf8').match(/"(pagefind\/zh\/fragment\/[^"]+\.pf_fragment)"/)![1];
      const pf = await head(site.url + fragment, 'gzip, br');
      expect(pf.headers.get('content-type')).toBe('application/octet-stream');
      expect(pf.headers.get('content-encoding'), 'already gzip: served as bytes').toBeNull();
    });

    it('serves the precompressed file, byte for byte', async () => {
      const path = `zh/reports/ai-infrastructure-2021/index.html`;
      const gz = await head(`${site.url}zh/reports/ai-infrastructure-2021/`, 'gzip');
      expect(gz.headers.get('content-encoding')).toBe('gzip');
      expect(gz.headers.get('vary')).toMatch(/Accept-Encoding/);
      expect(gz.bytes.equals(readFileSync(join(build.dir, `${path}.gz`)))).toBe(true);
      expect(gunzipSync(gz.bytes).equals(readFileSync(join(build.dir, path)))).toBe(true);
    });

    it('refuses the host files with the 404 page', async () => {
      const page = readFileSync(join(build.dir, '404.html'));
      for (const path of ['_server/nginx.conf', '_server/Caddyfile', '_server/', '_headers']) {
        const res = await head(site.url + path);
        expect(res.status, path).toBe(404);
        expect(res.bytes.equals(page), path).toBe(true);
      }
    });

    it('lists every file but the copies and host files in integrity.json, and serves one of each kind byte for byte', async () => {
      const integrity = await fetchIntegrity(site.url);
      const onDisk = readdirSync(build.dir, { recursive: true, encoding: 'utf8' })
        .filter((f) => statSync(join(build.dir, f)).isFile())
        .filter((f) => !/\.(gz|br)$|^_headers$|^_server\/|^integrity\.json$/.test(f));
      expect(Object.keys(integrity.files).sort()).toEqual(onDisk.sort());
      // One file per extension (precompressed or not, Pagefind's, images): the whole build takes
      // 2 s more and finds nothing these do not (`node scripts/verify-mirror.ts` checks it all).
      const oneOfEach = new Map(Object.entries(integrity.files).map(([path, digest]) => [path.split('.').pop(), [path, digest]]));
      const sample = { algorithm: 'sha256' as const, files: Object.fromEntries(oneOfEach.values()) };
      const report = await checkMirror(site.url, sample);
      expect(report.problems).toEqual([]);
      expect(report.checked).toBeGreaterThanOrEqual(10);
    });

    it('answers a missing path in either language with the bilingual 404', async () => {
      const page = readFileSync(join(build.dir, '404.html'));
      for (const path of ['zh/no-such-page/', 'en/no-such-page/', 'en/charts/no-such-chart/']) {
        const res = await head(site.url + path);
        expect(res.status, path).toBe(404);
        expect(res.bytes.equals(page), path).toBe(true);
        expect(res.headers.get('content-security-policy'), path).toMatch(/frame-ancestors 'none'/);
      }
    });
  });
}

describe('nginx: framing and CORS from another origin, in Chromium', () => {
  let site: NginxSite;
  let host: Server;
  let hostUrl = '';
  let browser: Browser;
  beforeAll(async () => {
    site = servers.get(BUILDS[0].name)!;
    // Embeds sized as a host sizes them, side by side in view: a chart hydrates when it comes into view.
    host = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>host</title>
        <iframe id="embed" src="${site.url}en/embed/${CHART}/" width="400" height="600"></iframe>
        <iframe id="sandboxed" sandbox="allow-scripts" src="${site.url}zh/embed/${CHART}/" width="400" height="600"></iframe>
        <iframe id="article" src="${site.url}en/reports/ai-infrastructure-2021/"></iframe>`);
    });
    await new Promise<void>((r) => host.listen(0, '127.0.0.1', r));
    hostUrl = `http://127.0.0.1:${(host.address() as { port: number }).port}/`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((r) => host?.close(r));
  });

  it('frames the embed but not the article, runs the embed in a WordPress-style sandbox, and fetches a CSV across origins', async () => {
    const page = await browser.newPage();
    await page.goto(hostUrl, { waitUntil: 'load' });
    const embed = await (await page.$('#embed'))!.contentFrame();
    await expect.poll(async () => embed?.locator('svg').count() ?? 0).toBeGreaterThan(0);
    // sandbox="allow-scripts" without allow-same-origin: an opaque origin, whose module scripts
    // (the chart's hydration, in /_astro/) load only because nginx sends CORS headers for them.
    const sandboxed = await (await page.$('#sandboxed'))!.contentFrame();
    expect(await sandboxed!.evaluate(() => origin)).toBe('null');
    for (const [name, frame] of [
      ['embed', embed!],
      ['sandboxed embed', sandboxed!],
    ] as const) {
      await expect.poll(() => frame.locator('chart-figure[data-hydrated="true"]').count(), { message: `${name} hydrated`, timeout: 15_000 }).toBe(1);
    }
    const article = await (await page.$('#article'))!.contentFrame();
    // A refused frame becomes Chromium's error page: none of the article's content arrives.
    expect(await article!.locator('link[rel="stylesheet"]').count()).toBe(0);
    expect(await embed!.locator('link[rel="stylesheet"]').count()).toBeGreaterThan(0);
    const csv = await page.evaluate(async (url) => (await fetch(url)).text(), site.url + CSV);
    // text() drops the BOM the CSV starts with (for Excel).
    expect(csv).toBe(readFileSync(join(BUILDS[0].dir, CSV), 'utf8').replace(/^\uFEFF/, ''));
    await page.close();
  });
});
