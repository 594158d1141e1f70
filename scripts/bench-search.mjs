// `npm run bench:search`: what the first search on a page costs a reader, in Chromium.
// Serves the built site (DIST_DIR, default dist) the way a static host does, gzipping text
// (Pagefind's own index files are already compressed), opens the search page in a fresh
// browser context per query, and counts every byte transferred from submitting the query to
// the first rendered results, and the time that took. Fails when a first query transfers
// more than BUDGET_KB (150 KB). Usage: node scripts/bench-search.mjs [--json]
import { createServer } from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { createGzip } from 'node:zlib';
import { chromium } from 'playwright-core';

const dir = resolve(process.env.DIST_DIR ?? 'dist');
const BUDGET_KB = 150;
const QUERIES = [
  ['zh', '算力'],
  ['zh', '智能计算中心建设'],
  ['zh', 'GPT-3参数'],
  ['en', 'computing power'],
  ['en', 'Ascend 910'],
  ['en', '昇腾'],
  // Long Chinese queries (narrowed to the budget), and queries typed in the other language.
  ['zh', '人工智能计算中心数量'],
  ['zh', '政府数据开放平台'],
  ['zh', 'Guangzhou Unicom'],
  ['en', 'government open-data platforms'],
  ['en', '深圳'],
  // A Traditional query (downloads the conversion list) and a spelled-out abbreviation (asks PUE too).
  ['zh', '數據中心'],
  ['zh', '电能利用效率'],
];
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.wasm': 'application/wasm',
};
const GZIP = new Set(['.html', '.js', '.css', '.json', '.svg']);

function serve(gzip) {
  const server = createServer((req, res) => {
    let file = normalize(join(dir, decodeURIComponent(new URL(req.url, 'http://x').pathname)));
    if (!file.startsWith(dir)) return res.writeHead(404).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) return res.writeHead(404).end();
    const ext = extname(file);
    const headers = { 'Content-Type': TYPES[ext] ?? 'application/octet-stream' };
    if (gzip && GZIP.has(ext)) {
      res.writeHead(200, { ...headers, 'Content-Encoding': 'gzip' });
      createReadStream(file).pipe(createGzip()).pipe(res);
    } else {
      res.writeHead(200, headers);
      createReadStream(file).pipe(res);
    }
  });
  return new Promise((r) => server.listen(0, '127.0.0.1', () => r(server)));
}

async function measure(browser, origin, lang, query) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/${lang}/search/`, { waitUntil: 'networkidle' });
  const requests = [];
  page.on('requestfinished', (req) => requests.push(req));
  const started = Date.now();
  await page.fill('#search-input', query);
  await page.press('#search-input', 'Enter');
  await page.waitForFunction((q) => document.documentElement.dataset.searchFirst === q, query, { timeout: 30_000 });
  const firstMs = Date.now() - started;
  const firstCount = requests.length;
  await page.waitForFunction((q) => document.documentElement.dataset.searchDone === q, query, { timeout: 30_000 });
  const ms = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(requests.map(async (r) => ({ url: r.url(), ...(await r.sizes()) })));
  const sum = (list) => list.reduce((total, s) => total + s.responseBodySize + s.responseHeadersSize, 0);
  const bytes = sum(sizes);
  const firstKb = +(sum(sizes.slice(0, firstCount)) / 1024).toFixed(1);
  const results = await page.locator('.search-result').count();
  const more = await measureMore(page, requests.length, sum);
  await context.close();
  return {
    lang,
    query,
    firstMs,
    firstKb,
    ms,
    kb: +(bytes / 1024).toFixed(1),
    requests: sizes.length,
    results,
    ...more,
    files: sizes.map((s) => `${new URL(s.url).pathname} ${(s.responseBodySize / 1024).toFixed(1)} KB`),
  };
}

/** One "Show more" after the first results: the bytes it transfers and the results it adds. */
async function measureMore(page, before, sum) {
  if (!(await page.locator('#search-more').isVisible())) return { moreKb: 0, moreResults: 0 };
  const shown = await page.locator('.search-result').count();
  const requests = [];
  page.on('requestfinished', (req) => requests.push(req));
  await page.click('#search-more');
  await page.waitForFunction((n) => Number(document.documentElement.dataset.searchMoreDone) > n, shown, { timeout: 30_000 });
  await page.waitForLoadState('networkidle');
  const sizes = await Promise.all(requests.map((r) => r.sizes()));
  return { moreKb: +(sum(sizes) / 1024).toFixed(1), moreResults: (await page.locator('.search-result').count()) - shown };
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
const rows = [];
for (const gzip of [true, false]) {
  const server = await serve(gzip);
  const origin = `http://127.0.0.1:${server.address().port}`;
  for (const [lang, query] of QUERIES) rows.push({ gzip, ...(await measure(browser, origin, lang, query)) });
  server.close();
}
await browser.close();

if (process.argv.includes('--json')) console.log(JSON.stringify(rows, null, 2));
else {
  console.log('first query on a fresh search page: bytes transferred and time from submitting, to the first results shown / to all results');
  for (const r of rows)
    console.log(
      `${r.gzip ? 'gzip' : 'raw '}  ${r.lang}  ${r.query.padEnd(18)} first ${String(r.firstKb).padStart(6)} KB ${String(r.firstMs).padStart(5)} ms · all ${String(r.kb).padStart(6)} KB ${String(r.ms).padStart(5)} ms · ${r.requests} requests, ${r.results} results · show more +${r.moreResults} results ${r.moreKb} KB`,
    );
  console.log('\nfiles of the first gzip query:\n  ' + rows[0].files.join('\n  '));
}
const over = rows.filter((r) => r.gzip && r.kb > BUDGET_KB);
if (over.length) {
  console.error(`over the ${BUDGET_KB} KB budget: ${over.map((r) => `${r.query} (${r.kb} KB)`).join(', ')}`);
  process.exit(1);
}
