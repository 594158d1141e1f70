import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, extensionOf, headerRules, normaliseBase, privatePaths, ruleFor } from '../../src/security/headers.ts';

// The rules every host gets (src/security/headers.ts), asked path by path.
const site = (base = '/') => ({ base, langs: ['zh', 'en'], pagePatterns: ['', '404.html', 'zh/', 'en/', 'zh/charts/*', 'en/reports/*'] });
const headersAt = (path: string, base = '/') => ruleFor(headerRules(site(base)), path)?.headers ?? {};

const ARTICLE = '/en/reports/ai-infrastructure-2021/';
const EMBEDS = ['/zh/embed/compute-structure/', '/en/embed/compute-structure/?theme=dark'];
const ASSET = '/_astro/hydrate-chart.BsSr2Z0k.js';
const CSV = '/data/compute-structure.csv';

describe('the production headers', () => {
  it('forbids framing every page but lets any site frame an embed, both under the same policy otherwise', () => {
    for (const page of ['/', '/zh/', ARTICLE, '/zh/charts/compute-structure/', '/404.html']) {
      expect(headersAt(page)['Content-Security-Policy'], page).toMatch(/; frame-ancestors 'none'$/);
    }
    for (const embed of EMBEDS) {
      const csp = headersAt(embed)['Content-Security-Policy'];
      expect(csp, embed).not.toMatch(/frame-ancestors/);
      expect(`${csp}; frame-ancestors 'none'`, embed).toBe(headersAt(ARTICLE)['Content-Security-Policy']);
    }
    expect(headersAt('/en/charts/embed-code/')['Content-Security-Policy'], 'only the embed/ folder').toMatch(/frame-ancestors 'none'/);
  });

  it('keeps the CSP strict: nothing from another origin, no plugins, no foreign form targets', () => {
    const directives = headersAt(ARTICLE)['Content-Security-Policy'].split('; ');
    expect(directives).toContain("default-src 'self'");
    expect(directives).toContain("object-src 'none'");
    expect(directives).toContain("form-action 'self'");
    expect(directives.filter((d) => /https?:|\*/.test(d))).toEqual([]);
  });

  it('caches hashed assets for a year and makes everything else revalidate', () => {
    expect(headersAt(ASSET)['Cache-Control']).toBe('public, max-age=31536000, immutable');
    for (const path of [ARTICLE, ...EMBEDS, CSV, '/pagefind/pagefind.js', '/embed.js', '/integrity.json']) {
      expect(headersAt(path)['Cache-Control'], path).toBe('public, max-age=0, must-revalidate');
    }
  });

  it('lets any origin read the data and the scripts, and nothing else', () => {
    // A WordPress embed runs in an opaque origin, where module scripts load only with CORS.
    for (const path of [CSV, '/data/ai-infra-datasets.zip', ASSET]) expect(headersAt(path)['Access-Control-Allow-Origin'], path).toBe('*');
    for (const path of [ARTICLE, EMBEDS[0], '/pagefind/pagefind.js']) expect(headersAt(path)['Access-Control-Allow-Origin'], path).toBeUndefined();
  });

  it('sends nosniff and the referrer policy on every kind of path', () => {
    for (const rule of headerRules(site())) {
      expect(rule.headers['X-Content-Type-Options'], rule.kind).toBe('nosniff');
      expect(rule.headers['Referrer-Policy'], rule.kind).toBe('strict-origin-when-cross-origin');
    }
  });

  it('types CSV as UTF-8, WebAssembly as application/wasm and Pagefind chunks as plain bytes', () => {
    expect(CONTENT_TYPES[extensionOf(CSV)]).toBe('text/csv; charset=utf-8');
    expect(CONTENT_TYPES[extensionOf('/pagefind/wasm.unknown.pagefind')]).toBe('application/octet-stream');
    expect(CONTENT_TYPES.wasm).toBe('application/wasm');
    for (const ext of ['pf_fragment', 'pf_index', 'pf_meta', 'pf_filter']) expect(CONTENT_TYPES[ext], ext).toBe('application/octet-stream');
    for (const [ext, type] of Object.entries(CONTENT_TYPES)) {
      if (/^text\/|json|xml|javascript/.test(type)) expect(type, ext).toMatch(/; charset=utf-8$/);
    }
  });

  it('puts every rule under BASE_PATH, however it is written, and nothing outside it', () => {
    for (const base of ['/ai-infra/', 'ai-infra', '/ai-infra', 'ai-infra/']) {
      expect(
        headerRules(site(base)).every((r) => r.prefix.startsWith('/ai-infra/')),
        base,
      ).toBe(true);
      expect(headersAt(`/ai-infra${ASSET}`, base)['Cache-Control'], base).toMatch(/immutable/);
      expect(headersAt(`/ai-infra${EMBEDS[0]}`, base)['Content-Security-Policy'], base).not.toMatch(/frame-ancestors/);
      expect(ruleFor(headerRules(site(base)), ARTICLE), base).toBeUndefined();
    }
    expect(['', '/', '//'].map(normaliseBase)).toEqual(['/', '/', '/']);
  });

  it('names the host files a server should refuse to serve, under the base', () => {
    expect(privatePaths(site('/ai-infra/'))).toEqual(['/ai-infra/_server/', '/ai-infra/_headers']);
  });

  it('reads an extension from the last segment only', () => {
    expect(['a/b.pf_fragment', 'x/Y.CSV', 'zh/', 'a.b/c', 'file'].map(extensionOf)).toEqual(['pf_fragment', 'csv', '', '', '']);
  });
});
