// Builds the Pagefind search index after `astro build`: one bundle per language,
// dist/pagefind/zh/ and dist/pagefind/en/. A page searches its own language's bundle
// and merges the other one (src/client/search-engine.ts): Pagefind's mergeIndex skips
// a path equal to the primary bundle's, so each language needs a bundle of its own.
// Only pages a reader should land on are indexed: explainers, chart pages, dataset pages,
// the glossary, section and about pages; never the embeds, the search page, the home page,
// the galleries, the catalog, the topic pages, the timeline or the compare page, which repeat
// what the pages they list and link to say (and would crowd them out of the results).
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';
import { load } from 'cheerio';
import { readChunkRanges } from './lib/pagefind-chunks.mjs';
import { readTopics } from './lib/pagefind-topics.mjs';

const site = process.env.PAGEFIND_SITE ?? 'dist';
// An explainer is indexed section by section (see sectionRecords), so its page and its
// section pages (which only redirect to the section) are not indexed as files.
const ARTICLE = /^(zh|en)\/reports\/([a-z0-9-]+)\/index\.html$/;
const SKIP = [
  ARTICLE,
  /^(zh|en)\/reports\/[a-z0-9-]+\/[a-z0-9-]+\/index\.html$/,
  /^(zh|en)\/index\.html$/,
  /^(zh|en)\/(embed|search|og|topics|timeline|compare)\//,
  /^(zh|en)\/charts\/index\.html$/,
  /^(zh|en)\/data\/index\.html$/,
];

function htmlFiles(dir) {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && statSync(join(dir, f)).isFile())
    .map((f) => relative(site, join(dir, f)).split(sep).join('/'))
    .filter((f) => !SKIP.some((re) => re.test(f)))
    .sort();
}

/**
 * One search record per section of an explainer: a result then lands on the section that
 * answers the query, and opening it downloads that section's text, not the whole article's.
 * The text is the article's own, minus what the page marks data-pagefind-ignore.
 */
function sectionRecords(sourcePath, lang) {
  const $ = load(readFileSync(join(site, sourcePath), 'utf8'));
  const article = $('article').first();
  article.find('[data-pagefind-ignore], script, style, template').remove();
  // A chart's drawing and data table are indexed on its own chart page; in a section they
  // would bury the prose under table cells (a section with two tables ranked first for
  // almost any query) and make every result opened from it several KB heavier.
  article.find('figure[data-chart-figure] .chart-data, figure[data-chart-figure] svg').remove();
  // cheerio's text() runs adjacent blocks together ("What this report isOriginal…" in an excerpt).
  article.find('p, li, h1, h2, h3, h4, div, dt, dd, summary, figcaption, caption, td, th, br').after(' ');
  const [, , slug] = sourcePath.match(ARTICLE);
  const url = `/${lang}/reports/${slug}/`;
  const articleTitle = article.find('h1').first().text().trim();
  const report = (article.attr('data-pagefind-meta') ?? '').replace(/^report:/, '');
  const date = (article.find('[data-pagefind-meta^="date:"]').attr('data-pagefind-meta') ?? '').replace(/^date:/, '');
  const records = [{ url, title: articleTitle, parts: [] }];
  article.children().each((_, el) => {
    const node = $(el);
    if (/^h[23]$/.test(el.tagName) && node.attr('id')) records.push({ url: `${url}#${node.attr('id')}`, title: node.text().trim(), parts: [] });
    records.at(-1).parts.push(node.text());
  });
  return records.map((r) => ({
    url: r.url,
    content: r.parts.join(' ').replace(/\s+/g, ' ').trim(),
    language: lang === 'zh' ? 'zh-cn' : 'en',
    meta: { title: r.title, article: articleTitle, report, date },
    filters: { type: ['article'], report: [report] },
  }));
}

async function indexLanguage(lang) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const files = htmlFiles(join(site, lang));
  const articles = readdirSync(join(site, lang, 'reports')).map((slug) => `${lang}/reports/${slug}/index.html`);
  let sections = 0;
  for (const sourcePath of articles) {
    for (const record of sectionRecords(sourcePath, lang)) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length) throw new Error(`pagefind: ${record.url}: ${added.errors.join('; ')}`);
      sections++;
    }
  }
  for (const sourcePath of files) {
    const added = await index.addHTMLFile({ sourcePath, content: readFileSync(join(site, sourcePath), 'utf8') });
    if (added.errors.length) throw new Error(`pagefind: ${sourcePath}: ${added.errors.join('; ')}`);
  }
  // Pagefind adds files beside an older bundle's; start clean so a re-run leaves one index.
  rmSync(join(site, 'pagefind', lang), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind', lang) });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  // What each index chunk covers and weighs, so the search page can keep a query within the
  // first-query budget (src/client/search-narrow.ts).
  const chunks = readChunkRanges(join(site, 'pagefind', lang));
  writeFileSync(join(site, 'pagefind', lang, 'chunks.json'), JSON.stringify(chunks.map((c) => [c.from, c.to, c.bytes])));
  // Which sections are about which term, so the search page opens those first (search-topic.ts).
  writeFileSync(join(site, 'pagefind', lang, 'topics.json'), JSON.stringify(readTopics(join(site, 'pagefind', lang))));
  console.log(`pagefind: ${files.length} ${lang} pages and ${sections} article sections → ${join(site, 'pagefind', lang)}`);
}

try {
  for (const lang of ['zh', 'en']) await indexLanguage(lang);
} finally {
  await pagefind.close();
}
