// Builds the Pagefind search index after `astro build`: one bundle per language,
// dist/pagefind/zh/ and dist/pagefind/en/. A page searches its own language's bundle
// and merges the other one (src/client/search-engine.ts): Pagefind's mergeIndex skips
// a path equal to the primary bundle's, so each language needs a bundle of its own.
// Only pages a reader should land on are indexed: explainers, chart pages, dataset pages,
// the glossary, section and about pages; never the embeds, the search page, the home page,
// the galleries, the catalog, the topic pages, the timeline or the compare page, which repeat
// what the pages they list and link to say (and would crowd them out of the results).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import * as pagefind from 'pagefind';

const site = process.env.PAGEFIND_SITE ?? 'dist';
const SKIP = [
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

async function indexLanguage(lang) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const files = htmlFiles(join(site, lang));
  for (const sourcePath of files) {
    const added = await index.addHTMLFile({ sourcePath, content: readFileSync(join(site, sourcePath), 'utf8') });
    if (added.errors.length) throw new Error(`pagefind: ${sourcePath}: ${added.errors.join('; ')}`);
  }
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind', lang) });
  if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  console.log(`pagefind: ${files.length} ${lang} pages → ${join(site, 'pagefind', lang)}`);
}

try {
  for (const lang of ['zh', 'en']) await indexLanguage(lang);
} finally {
  await pagefind.close();
}
