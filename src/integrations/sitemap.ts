import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';

const LANGS = { zh: 'zh-CN', en: 'en' } as const;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/**
 * Site-relative page paths ("zh/charts/x/") that are their own canonical URL and do not ask to
 * stay out of search engines. A page whose canonical is another page (a section page pointing to
 * its article) stays out: a sitemap lists canonical URLs only.
 */
function indexablePages(dir: string, pathnames: string[], root: string): string[] {
  return pathnames
    .map((p) => p.replace(/^\/?/, '').replace(/\/?$/, '/').replace(/^\/$/, ''))
    .filter((p) => {
      const file = join(dir, p, 'index.html');
      if (!existsSync(file)) return false;
      const html = readFileSync(file, 'utf8');
      const canonical = html.match(/<link rel="canonical" href="([^"]*)"/)?.[1];
      return !/<meta name="robots" content="noindex"/.test(html) && canonical === root + p;
    })
    .sort();
}

function urlEntry(page: string, all: Set<string>, root: string): string {
  const loc = `    <loc>${escapeXml(root + page)}</loc>`;
  const lang = page.split('/')[0];
  if (!(lang in LANGS)) return `  <url>\n${loc}\n  </url>`;
  const rest = page.slice(lang.length + 1);
  const links = Object.entries(LANGS)
    .filter(([l]) => all.has(`${l}/${rest}`))
    .map(([l, hreflang]) => `    <xhtml:link rel="alternate" hreflang="${hreflang}" href="${escapeXml(`${root}${l}/${rest}`)}"/>`);
  return `  <url>\n${[loc, ...links].join('\n')}\n  </url>`;
}

/**
 * Writes sitemap.xml (every indexable page, with its other-language twin as an
 * xhtml:link alternate) and robots.txt pointing at it, after the build, from
 * the pages actually built: a new page type needs no change here. Embeds and
 * the 404 page carry `noindex` and are left out.
 */
export function sitemap(): AstroIntegration {
  let root = '';
  return {
    name: 'sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        if (!config.site) throw new Error('astro.config.mjs: `site` is needed for the sitemap');
        root = new URL(config.base.replace(/\/?$/, '/'), config.site).href;
      },
      'astro:build:done': ({ dir, pages, logger }) => {
        const out = fileURLToPath(dir);
        const list = indexablePages(
          out,
          pages.map((p) => p.pathname),
          root,
        );
        const all = new Set(list);
        const xml = [
          '<?xml version="1.0" encoding="UTF-8"?>',
          '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
          ...list.map((page) => urlEntry(page, all, root)),
          '</urlset>',
          '',
        ].join('\n');
        writeFileSync(join(out, 'sitemap.xml'), xml);
        writeFileSync(join(out, 'robots.txt'), `User-agent: *\nAllow: /\n\nSitemap: ${root}sitemap.xml\n`);
        logger.info(`sitemap.xml: ${list.length} pages`);
      },
    },
  };
}
