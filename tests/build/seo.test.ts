import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readAnchorList } from '../../src/data/anchor-list.ts';
import { BUILDS, htmlFiles, loadPage, requireBuild, urlPathOf } from '../support/dist.ts';

const SITE = 'https://ai-infra.example.org';
// A renamed section's old page (an alias in data/anchors.json) previews and redirects to the
// section it became, so it rightly carries that section's title.
const ALIAS_PAGES = new Set(
  Object.entries(readAnchorList()).flatMap(([report, { aliases }]) =>
    Object.keys(aliases).flatMap((old) => ['zh', 'en'].map((lang) => `/${lang}/reports/${report}/${old}/`)),
  ),
);

describe.each(BUILDS)('the $name build', ({ dir, base }) => {
  requireBuild(dir);
  const pages = htmlFiles(dir).map((file) => ({ file, path: urlPathOf(dir, file), $: loadPage(file) }));
  const indexable = pages.filter(({ $ }) => $('meta[name="robots"]').attr('content') !== 'noindex');

  it('gives every page its own title and a description', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const { path, $ } of pages) {
      const title = $('title').text().trim();
      if (ALIAS_PAGES.has(path)) continue;
      expect($('meta[name="description"]').attr('content')?.trim(), path).toBeTruthy();
      if (seen.has(title)) clashes.push(`${path} and ${seen.get(title)}: "${title}"`);
      seen.set(title, path);
    }
    expect(clashes).toEqual([]);
  });

  it('gives every indexable page a canonical URL of a built page, and hreflang links to built pages in both languages', () => {
    const built = new Set(pages.map(({ path }) => `${SITE}${base}${path.slice(1)}`));
    for (const { path, $ } of indexable) {
      const canonical = $('link[rel="canonical"]').attr('href') ?? '';
      expect(built.has(canonical.replace(/#.*/, '')), `${path}: canonical ${canonical}`).toBe(true);
      if (!/^\/(zh|en)\//.test(path)) continue;
      for (const lang of ['zh-CN', 'en']) {
        const alternate = $(`link[rel="alternate"][hreflang="${lang}"]`).attr('href') ?? '';
        expect(built.has(alternate.replace(/#.*/, '')), `${path}: hreflang ${lang} ${alternate}`).toBe(true);
      }
    }
  });

  it('lists every indexable page in sitemap.xml, with its other-language twin', () => {
    const xml = readFileSync(join(dir, 'sitemap.xml'), 'utf8');
    const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]).sort();
    const own = indexable.map(({ path }) => `${SITE}${base}${path.slice(1)}`);
    const canonical = indexable.map(({ $ }) => $('link[rel="canonical"]').attr('href'));
    expect(locs).toEqual(own.filter((url, i) => canonical[i] === url).sort());
    expect(locs.length).toBeGreaterThan(pages.length / 4);
    expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${SITE}${base}en/about/"/>`);
    expect(xml).not.toContain('/embed/');
  });

  it('has a robots.txt that points to the sitemap', () => {
    expect(existsSync(join(dir, 'robots.txt'))).toBe(true);
    expect(readFileSync(join(dir, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${SITE}${base}sitemap.xml`);
  });

  it('carries a Content-Security-Policy on every page that allows nothing from another origin', () => {
    for (const { path, $ } of pages) {
      const csp = $('meta[http-equiv="content-security-policy"]').attr('content') ?? '';
      expect(csp, path).toMatch(/default-src 'self'/);
      expect(csp, path).toMatch(/script-src 'self'( 'wasm-unsafe-eval')?;/);
      expect(csp, path).not.toMatch(/https?:|\*|'unsafe-eval'/);
      expect($('script:not([src]):not([type="application/json"]):not([type="application/ld+json"])').length, `${path}: inline script the CSP would block`).toBe(
        0,
      );
      expect($('[onclick], [onload], [onerror], [onsubmit]').length, `${path}: inline event handler`).toBe(0);
    }
  });
});
