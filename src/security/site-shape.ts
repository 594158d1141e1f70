import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { normaliseBase, type SiteShape } from './headers.ts';

/** Folders of the build that hold no pages: hashed assets, downloads, the search index. */
const NOT_PAGES = new Set(['_astro', 'data', 'pagefind', '_server']);

/**
 * Reads the built folder for what the `_headers` file must list: the languages (top-level folders
 * with an index.html) and every folder holding pages, so that a new page type needs no change here.
 */
export function siteShapeOf(dir: string, base: string): SiteShape {
  const langs: string[] = [];
  const pagePatterns = ['', '404.html'];
  for (const top of subfolders(dir)) {
    if (NOT_PAGES.has(top)) continue;
    if (existsSync(join(dir, top, 'index.html'))) {
      pagePatterns.push(`${top}/`);
      if (existsSync(join(dir, top, 'embed'))) langs.push(top);
    }
    for (const sub of subfolders(join(dir, top))) {
      if (sub !== 'embed' && holdsHtml(join(dir, top, sub))) pagePatterns.push(`${top}/${sub}/*`);
    }
  }
  return { base: normaliseBase(base), langs, pagePatterns };
}

function subfolders(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort();
}

function holdsHtml(dir: string): boolean {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).some((f) => f.endsWith('.html'));
}
