import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, htmlFiles, loadPage, requireBuild, urlPathOf } from '../support/dist.ts';

const SITE = 'https://ai-infra.example.org';

/** The file a URL path serves, as a static host would find it. */
function fileFor(dir: string, base: string, path: string): string | undefined {
  if (!path.startsWith(base)) return undefined;
  const rest = path.slice(base.length);
  for (const candidate of [join(dir, rest), join(dir, rest, 'index.html')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

describe.each(BUILDS)('the $name build', ({ dir, base }) => {
  requireBuild(dir);
  const pages = htmlFiles(dir);
  const ids = new Map(
    pages.map((f) => [
      f,
      new Set(
        loadPage(f)('[id]')
          .map((_, el) => el.attribs.id)
          .get(),
      ),
    ]),
  );

  it('has every page type in both languages', () => {
    const paths = pages.map((f) => urlPathOf(dir, f));
    for (const lang of ['zh', 'en']) {
      for (const page of [
        '',
        'reports/ai-infrastructure-2021/',
        'charts/',
        'charts/compute-structure/',
        'embed/compute-structure/',
        'data/',
        'search/',
        'about/',
      ]) {
        expect(paths, `/${lang}/${page}`).toContain(`/${lang}/${page}`);
      }
    }
    expect(paths).toContain('/404');
  });

  it('resolves every internal link, asset and #anchor', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const $ = loadPage(file);
      const from = `${base}${urlPathOf(dir, file).slice(1)}`;
      $('a[href], link[href], script[src], img[src]').each((_, el) => {
        const raw = el.attribs.href ?? el.attribs.src;
        if (/^(mailto:|data:)/.test(raw)) return;
        const url = new URL(raw, `${SITE}${from}`);
        if (url.origin !== SITE) {
          broken.push(`${from}: external ${raw}`);
          return;
        }
        const target = url.pathname === from && raw.startsWith('#') ? file : fileFor(dir, base, url.pathname);
        if (!target) broken.push(`${from}: ${raw}`);
        else if (url.hash && target.endsWith('.html') && !ids.get(target)?.has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${from}: ${raw} (no such anchor)`);
      });
    }
    expect(broken).toEqual([]);
  });

  it('gives every page a language, a title and a description', () => {
    for (const file of pages) {
      const $ = loadPage(file);
      expect($('html').attr('lang'), file).toMatch(/^(zh-CN|en)$/);
      expect($('title').text().trim(), file).not.toBe('');
      expect($('meta[name="description"]').attr('content')?.trim(), file).toBeTruthy();
    }
  });

  it('marks each language page with its lang and its twin with hreflang', () => {
    for (const file of pages.filter((f) => /\/(zh|en)\//.test(f) && !f.includes('/embed/'))) {
      const $ = loadPage(file);
      const lang = urlPathOf(dir, file).startsWith('/zh/') ? 'zh-CN' : 'en';
      expect($('html').attr('lang'), file).toBe(lang);
      expect($('link[rel="alternate"][hreflang="zh-CN"]').length, file).toBe(1);
      expect($('link[rel="alternate"][hreflang="en"]').length, file).toBe(1);
    }
  });

  it('has a Pagefind index for each language', () => {
    for (const lang of ['zh', 'en']) {
      expect(existsSync(join(dir, 'pagefind', lang, 'pagefind.js'))).toBe(true);
      expect(existsSync(join(dir, 'pagefind', lang, 'pagefind-entry.json'))).toBe(true);
    }
  });
});
