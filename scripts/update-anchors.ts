// `npm run anchors:update`: adds the anchors of the built article pages to data/anchors.json.
// Build first (npm run build); DIST_DIR picks another build folder. Anchors are only ever added:
// one that disappeared needs an alias in data/anchors.json ("aliases": { "old-id": "new-id" }).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { anchorListFile, lostAnchors, newAnchors, readAnchorList, writeAnchorList, type AnchorList } from '../src/data/anchor-list.ts';
import { collectAnchors } from '../src/data/collect-anchors.ts';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const page = (lang: string, report: string) => join(dist, lang, 'reports', report, 'index.html');
if (!existsSync(join(dist, 'en', 'reports'))) throw new Error(`${dist} has no built articles: run "npm run build" first`);

const list: AnchorList = existsSync(anchorListFile()) ? readAnchorList() : {};
let failed = false;
for (const report of readdirSync(join(dist, 'en', 'reports')).sort()) {
  if (!existsSync(page('en', report)) || !existsSync(page('zh', report))) continue;
  const [zh, en] = ['zh', 'en'].map((lang) => collectAnchors(readFileSync(page(lang, report), 'utf8')));
  // Only ids both languages have are published: an id in one language is a mistake to fix first.
  const both = new Set([...zh].filter((id) => en.has(id)));
  const oneLanguage = [...new Set([...zh, ...en])].filter((id) => !both.has(id));
  if (oneLanguage.length) console.warn(`${report}: in one language only, not added: ${oneLanguage.join(', ')}`);
  const entry = list[report] ?? { anchors: [], aliases: {} };
  const added = newAnchors(entry, both);
  const lost = lostAnchors(entry, both);
  if (lost.length) {
    failed = true;
    console.error(`${report}: published anchors gone without an alias: ${lost.join(', ')} (add "aliases": { "old-id": "new-id" })`);
  }
  list[report] = { anchors: [...entry.anchors, ...added], aliases: entry.aliases };
  console.log(`${report}: ${entry.anchors.length} published, ${added.length} added${added.length ? `: ${added.join(', ')}` : ''}`);
}
writeAnchorList(list);
if (failed) process.exit(1);
