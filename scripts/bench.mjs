// `npm run bench`: build the site, serve it gzipped on localhost, and measure one page of each
// type: Lighthouse (mobile preset, Debian's Chromium) scores, LCP, CLS, TBT and bytes by type,
// then the compressed JavaScript each page loads at first and after scrolling to the end.
// Not part of `npm test`: the numbers depend on the machine. Record them in README.md.
//   OUT_DIR=./dist-x PAGEFIND_SITE=dist-x npm run bench   build and measure elsewhere
//   npm run bench -- --no-build                            measure the existing build
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from 'playwright-core';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const PAGES = {
  door: '',
  home: 'zh/',
  'article (zh)': 'zh/reports/ai-infrastructure-2021/',
  'article (en)': 'en/reports/ai-infrastructure-2021/',
  'chart gallery': 'en/charts/',
  'chart page': 'en/charts/compute-structure/',
  embed: 'en/embed/compute-structure/',
  'data catalog': 'en/data/',
  'dataset page': 'en/data/compute-structure/',
  timeline: 'zh/timeline/',
  compare: 'en/compare/',
  topic: 'zh/topics/compute/',
  glossary: 'en/glossary/',
  search: 'en/search/',
  about: 'en/about/',
};
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
  '.xml': 'application/xml',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.csv', '.txt', '.xml']);

const dist = resolve(process.env.OUT_DIR ?? 'dist');

function build() {
  const result = spawnSync('npm', ['run', 'build'], { stdio: 'inherit', env: { ...process.env, PAGEFIND_SITE: process.env.PAGEFIND_SITE ?? 'dist' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

/** A static host that gzips text, as any production host would. */
function serve() {
  const server = createServer((req, res) => {
    let file = normalize(join(dist, decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)));
    if (!file.startsWith(dist)) file = join(dist, '404.html');
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    const found = existsSync(file);
    if (!found) file = join(dist, '404.html');
    const ext = extname(file);
    let body = readFileSync(file);
    const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream', 'Cache-Control': 'max-age=3600' };
    if (COMPRESSIBLE.has(ext) && /gzip/.test(req.headers['accept-encoding'] ?? '')) ((body = gzipSync(body)), (headers['Content-Encoding'] = 'gzip'));
    res.writeHead(found ? 200 : 404, headers).end(body);
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

async function runLighthouse(url, port) {
  const { lhr } = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  const score = (c) => Math.round((lhr.categories[c].score ?? 0) * 100);
  const bytes = Object.fromEntries(lhr.audits['resource-summary'].details.items.map((i) => [i.resourceType, Math.round(i.transferSize / 102.4) / 10]));
  const failing = Object.values(lhr.audits).filter(
    (a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable',
  );
  return {
    perf: score('performance'),
    a11y: score('accessibility'),
    bp: score('best-practices'),
    seo: score('seo'),
    lcp: Math.round(lhr.audits['largest-contentful-paint'].numericValue),
    cls: Math.round(lhr.audits['cumulative-layout-shift'].numericValue * 1000) / 1000,
    tbt: Math.round(lhr.audits['total-blocking-time'].numericValue),
    bytes,
    failing: failing.map((a) => a.id),
  };
}

/** Compressed size (gzip -9 of the file on disk) of the JavaScript a page has loaded so far. */
function jsKB(urls, origin) {
  let total = 0;
  for (const url of urls) {
    const file = join(dist, new URL(url).pathname);
    if (url.startsWith(origin) && existsSync(file)) total += gzipSync(readFileSync(file), { level: 9 }).length;
  }
  return Math.round(total / 102.4) / 10;
}

async function measureJs(browser, origin, path) {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  const scripts = new Set();
  page.on('request', (r) => r.resourceType() === 'script' && scripts.add(r.url()));
  await page.goto(`${origin}/${path}`, { waitUntil: 'load', timeout: 90_000 });
  await page.waitForTimeout(1500);
  const first = jsKB(scripts, origin);
  const height = await page.evaluate(() => document.body.scrollHeight);
  for (let y = 0; y < height; y += 600) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(1500);
  const after = jsKB(scripts, origin);
  await page.close();
  return { first, after };
}

if (!process.argv.includes('--no-build')) build();
const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: FLAGS });
const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS.slice(1) });
const rows = [];
try {
  for (const [type, path] of Object.entries(PAGES)) {
    const lh = await runLighthouse(`${origin}/${path}`, chrome.port);
    const js = await measureJs(browser, origin, path);
    rows.push({ type, path: `/${path}`, ...lh, js });
    console.error(`measured ${type}`);
  }
} finally {
  await browser.close();
  await chrome.kill();
  server.close();
}

console.log(`\nMeasured ${new Date().toISOString().slice(0, 10)}, Lighthouse mobile preset (simulated slow 4G, 4× CPU), Chromium ${CHROMIUM}\n`);
console.log('| page | perf | a11y | best pr. | SEO | LCP ms | CLS | TBT ms | JS KB first load | JS KB after scroll | KB by type (transfer) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  const bytes = ['document', 'script', 'stylesheet', 'image', 'font', 'other'].map((t) => `${t} ${r.bytes[t] ?? 0}`).join(', ');
  console.log(
    `| ${r.type} \`${r.path}\` | ${r.perf} | ${r.a11y} | ${r.bp} | ${r.seo} | ${r.lcp} | ${r.cls} | ${r.tbt} | ${r.js.first} | ${r.js.after} | ${bytes} |`,
  );
}
for (const r of rows.filter((r) => r.failing.length)) console.log(`\n${r.path}: audits below 1: ${r.failing.join(', ')}`);
const misses = rows.filter((r) => r.perf < 95 || r.a11y < 100 || r.bp < 100 || r.seo < 100 || r.cls > 0 || (r.type.startsWith('article') && r.js.first >= 100));
console.log(misses.length ? `\nTargets missed on: ${misses.map((r) => r.path).join(', ')}` : '\nEvery target met.');
