// Screenshots of every page type, both languages, phone and desktop width, light and dark,
// plus one crop per chart figure of an article, so a person can look at what the site shows.
//   npm run shots                      every page type into /tmp/shots
//   npm run shots -- --out DIR         another folder (or SHOTS_DIR=DIR)
//   npm run shots -- --only article    only pages whose name contains "article"
// Needs a build (npm run build) and Debian's Chromium; writes nothing inside the repository.
import { mkdirSync, existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { serveStatic } from '../tests/support/static-server.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, only: { type: 'string' }, dist: { type: 'string' } } });
const out = resolve(values.out ?? process.env.SHOTS_DIR ?? '/tmp/shots');
const dist = resolve(values.dist ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) throw new Error(`shots: no build in ${dist}; run npm run build first`);

/** The first page in a built folder, e.g. one dataset page, found rather than hard-coded. */
function firstChild(path) {
  const dir = join(dist, 'zh', path);
  const child = readdirSync(dir, { withFileTypes: true }).find((d) => d.isDirectory());
  if (!child) throw new Error(`shots: nothing built under ${dir}`);
  return `${path}${child.name}/`;
}

// One page of each type: name → path after the language prefix.
const PAGES = {
  door: '',
  home: '',
  article: 'reports/ai-infrastructure-2021/',
  'article-000': 'reports/ai-infrastructure-strategy-2020/',
  charts: 'charts/',
  chart: 'charts/compute-structure/',
  data: 'data/',
  dataset: firstChild('data/'),
  search: 'search/?q=%E7%AE%97%E5%8A%9B',
  timeline: 'timeline/',
  topics: 'topics/',
  topic: firstChild('topics/'),
  compare: 'compare/',
  glossary: 'glossary/',
  about: 'about/',
  embed: 'embed/compute-structure/',
  404: 'no-such-page/',
};
const UNPREFIXED = new Set(['door', '404']);
const WIDTHS = [375, 1280];
const SCHEMES = ['light', 'dark'];

mkdirSync(out, { recursive: true });
const site = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
let count = 0;
try {
  for (const scheme of SCHEMES) {
    for (const width of WIDTHS) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const page = await context.newPage();
      for (const [name, path] of Object.entries(PAGES)) {
        if (values.only && !name.includes(values.only)) continue;
        // The bilingual door and the 404 page have one address for both languages.
        const langs = UNPREFIXED.has(name) ? ['both'] : ['zh', 'en'];
        for (const lang of langs) count += await shoot(page, { name, path: lang === 'both' ? path : `${lang}/${path}`, lang, width, scheme });
      }
      await context.close();
    }
  }
} finally {
  await browser.close();
  await site.close();
}
console.log(`shots: ${count} screenshots in ${out}`);

/** One full-page screenshot, and on articles a crop of every chart figure. Returns how many files it wrote. */
async function shoot(page, { name, path, lang, width, scheme }) {
  await page.goto(site.url + path, { waitUntil: 'networkidle' });
  const stem = `${name}-${lang}-${width}-${scheme}`;
  await page.screenshot({ path: join(out, `${stem}.png`), fullPage: true });
  if (!name.startsWith('article')) return 1;
  const figures = await page.locator('figure.chart').all();
  for (const [i, figure] of figures.entries()) {
    await figure.scrollIntoViewIfNeeded();
    await figure.screenshot({ path: join(out, `${stem}-figure-${i + 1}.png`) });
  }
  return 1 + figures.length;
}
