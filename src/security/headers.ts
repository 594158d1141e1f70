import { CONTENT_SECURITY_POLICY } from './csp.ts';

/**
 * The production HTTP headers, described once and written out for each kind of host
 * (src/security/render-*.ts). Rules are built so that no header name is set by two rules that
 * match the same path: Netlify and Cloudflare Pages differ in how they combine overlapping
 * `_headers` rules (Cloudflare joins the values with commas), so we never rely on either.
 */

/**
 * Pages may be framed by nobody. Embeds carry no frame-ancestors at all, so any page (any
 * origin, even a file:// page) may frame them: that is what they are for.
 */
export const PAGE_CSP = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
export const EMBED_CSP = CONTENT_SECURITY_POLICY;

/** Hashed file names (/_astro/) never change content: cache for a year. */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else keeps its URL when it changes: ask the server every time (a 304 is cheap). */
export const REVALIDATE = 'public, max-age=0, must-revalidate';

/** Public data and scripts: readable from any origin, with no credentials. */
const ANY_ORIGIN = { 'Access-Control-Allow-Origin': '*' } as const;

export const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
} as const;

/**
 * Content types by extension. Text types carry charset=utf-8: Excel and browsers otherwise
 * read a Chinese CSV in the system's legacy code page. Pagefind's .pf_* files and its
 * `wasm.*.pagefind` are gzip streams that pagefind.js unpacks itself (it checks for its
 * `pagefind_dcd` signature either way), so they are plain bytes to the server.
 */
export const CONTENT_TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  mjs: 'text/javascript; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  xml: 'application/xml; charset=utf-8',
  svg: 'image/svg+xml; charset=utf-8',
  png: 'image/png',
  jpg: 'image/jpeg',
  webp: 'image/webp',
  ico: 'image/x-icon',
  woff2: 'font/woff2',
  wasm: 'application/wasm',
  zip: 'application/zip',
  pf_fragment: 'application/octet-stream',
  pf_index: 'application/octet-stream',
  pf_meta: 'application/octet-stream',
  pf_filter: 'application/octet-stream',
  pagefind: 'application/octet-stream',
};

/** What a host needs to know about the build: its base path and its page folders. */
export interface SiteShape {
  /** "/" or "/ai-infra/" */
  base: string;
  /** Languages with pages, e.g. ["zh", "en"]. */
  langs: string[];
  /**
   * Where pages are, relative to the base, as `_headers` patterns: "", "404.html", "zh/",
   * "zh/charts/*" … (every folder holding HTML except embed/). Only `_headers` needs the list:
   * nginx and Caddy choose one location per request, `_headers` applies every match.
   */
  pagePatterns: string[];
}

export type RuleKind = 'page' | 'embed' | 'asset' | 'data' | 'search';

export interface HeaderRule {
  kind: RuleKind;
  /** URL prefix under the base ("/ai-infra/_astro/"); pages use the base itself. */
  prefix: string;
  headers: Record<string, string>;
}

/** One rule per kind of path, most specific first; `page` is what is left. */
export function headerRules(site: SiteShape): HeaderRule[] {
  const base = normaliseBase(site.base);
  const revalidating = { ...COMMON_HEADERS, 'Cache-Control': REVALIDATE };
  return [
    // Any origin may load the scripts: an embed that WordPress frames with sandbox="allow-scripts"
    // has an opaque origin, and module scripts load only through CORS.
    { kind: 'asset', prefix: `${base}_astro/`, headers: { ...COMMON_HEADERS, 'Cache-Control': IMMUTABLE, ...ANY_ORIGIN } },
    { kind: 'data', prefix: `${base}data/`, headers: { ...revalidating, ...ANY_ORIGIN } },
    { kind: 'search', prefix: `${base}pagefind/`, headers: revalidating },
    ...site.langs.map((lang) => ({
      kind: 'embed' as const,
      prefix: `${base}${lang}/embed/`,
      headers: { ...revalidating, 'Content-Security-Policy': EMBED_CSP },
    })),
    { kind: 'page', prefix: base, headers: { ...revalidating, 'Content-Security-Policy': PAGE_CSP } },
  ];
}

/**
 * Files in the build that configure a host and are no part of the site: `_server/` (the nginx
 * block and the Caddyfile) and `_headers`. A server we configure refuses them; Netlify and
 * Cloudflare Pages read `_headers` without serving it but serve `_server/` like any folder.
 */
export function privatePaths(site: SiteShape): string[] {
  const base = normaliseBase(site.base);
  return [`${base}_server/`, `${base}_headers`];
}

/** The rule a URL path falls under (the first whose prefix it starts with). */
export function ruleFor(rules: HeaderRule[], path: string): HeaderRule | undefined {
  return rules.find((r) => path.startsWith(r.prefix));
}

export function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/*|\/*$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}
