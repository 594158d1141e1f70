import { describe, expect, it } from 'vitest';
import type { SiteShape } from '../../src/security/headers.ts';
import { renderCaddy } from '../../src/security/render-caddy.ts';
import { renderHeadersFile } from '../../src/security/render-headers-file.ts';
import { renderNginx } from '../../src/security/render-nginx.ts';
import { find, globMatches, headersFileAt, nginxLocationFor, parseBlocks, parseHeadersFile, type Directive } from '../support/host-configs.ts';

// Each host configuration, read the way its host reads it, must send the same headers on the
// same paths. What is expected is written here, not taken from src/security/.
type Sent = (path: string) => [string, string][];
interface Expected {
  csp?: 'page' | 'embed';
  cache: string;
  cors?: true;
  type?: string;
}
const REVALIDATE = 'public, max-age=0, must-revalidate';
const PATHS: [string, Expected][] = [
  ['', { csp: 'page', cache: REVALIDATE }],
  ['zh/', { csp: 'page', cache: REVALIDATE }],
  ['en/reports/ai-infrastructure-2021/', { csp: 'page', cache: REVALIDATE }],
  ['zh/charts/compute-structure/', { csp: 'page', cache: REVALIDATE }],
  ['zh/embed/compute-structure/', { csp: 'embed', cache: REVALIDATE }],
  ['en/embed/compute-structure/', { csp: 'embed', cache: REVALIDATE }],
  ['_astro/hydrate-chart.BsSr2Z0k.js', { cache: 'public, max-age=31536000, immutable', cors: true }],
  ['data/compute-structure.csv', { cache: REVALIDATE, cors: true, type: 'text/csv; charset=utf-8' }],
  ['pagefind/zh/fragment/zh_1a2b3c.pf_fragment', { cache: REVALIDATE, type: 'application/octet-stream' }],
];
const BASES = ['/', '/ai-infra/'];
const shape = (base: string): SiteShape => ({ base, langs: ['zh', 'en'], pagePatterns: ['', '404.html', 'zh/', 'en/', 'zh/charts/*', 'en/reports/*'] });

function expectRules(sent: Sent, base: string): void {
  for (const [path, want] of PATHS) {
    const headers = sent(base + path);
    const at = `${base}${path}`;
    const names = headers.map(([n]) => n.toLowerCase());
    expect(
      names.filter((n, i) => names.indexOf(n) !== i),
      `${at}: a header set twice`,
    ).toEqual([]);
    const get = (name: string) => headers.find(([n]) => n.toLowerCase() === name)?.[1];
    expect(get('x-content-type-options'), at).toBe('nosniff');
    expect(get('referrer-policy'), at).toBe('strict-origin-when-cross-origin');
    expect(get('cache-control'), at).toBe(want.cache);
    expect(get('access-control-allow-origin'), at).toBe(want.cors ? '*' : undefined);
    if (want.type) expect(get('content-type'), at).toBe(want.type);
    if (want.csp) expect(get('content-security-policy'), at).toMatch(/^default-src 'self'; /);
    if (want.csp === 'page') expect(get('content-security-policy'), at).toMatch(/frame-ancestors 'none'$/);
    if (want.csp === 'embed') expect(get('content-security-policy'), at).not.toMatch(/frame-ancestors/);
  }
}

describe('the _headers file (Netlify, Cloudflare Pages)', () => {
  for (const base of BASES) {
    it(`sends each header once per path, with the rules, at ${base}`, () => {
      const blocks = parseHeadersFile(renderHeadersFile(shape(base)));
      expectRules((path) => headersFileAt(blocks, path), base);
      expect(blocks.every((b) => b.pattern.startsWith(base))).toBe(true);
    });
  }

  it('keeps host files out of search engines, since these hosts serve them', () => {
    const blocks = parseHeadersFile(renderHeadersFile(shape('/ai-infra/')));
    expect(headersFileAt(blocks, '/ai-infra/_server/nginx.conf')).toContainEqual(['X-Robots-Tag', 'noindex']);
  });
});

/** The headers nginx adds in the location it picks, plus the Content-Type its types and charset make. */
function nginxSent(server: Directive[]): Sent {
  const types = new Map(find(server, 'types')[0].block!.map((d) => [d.words[1], d.words[0]] as const));
  const charsetTypes = find(server, 'charset_types')[0].words.slice(1);
  return (path) => {
    const location = nginxLocationFor(server, path)!;
    const adds = find(location.block, 'add_header');
    expect(
      adds.every((d) => d.words.at(-1) === 'always'),
      `${path}: headers on error pages too`,
    ).toBe(true);
    const type = types.get(path.split('.').pop()!) ?? 'application/octet-stream';
    const contentType = charsetTypes.includes(type) ? `${type}; charset=utf-8` : type;
    return [...adds.map((d) => [d.words[1], d.words[2]] as [string, string]), ['Content-Type', contentType]];
  };
}

describe('the nginx server block', () => {
  for (const base of BASES) {
    it(`parses, and picks a location with the rules for each path, at ${base}`, () => {
      const [server, ...rest] = parseBlocks(renderNginx(shape(base)), 'nginx');
      expect(server.words).toEqual(['server']);
      expect(rest).toEqual([]);
      expectRules(nginxSent(server.block!), base);
      for (const name of ['listen', 'root', 'server_name']) expect(find(server.block, name), name).toHaveLength(1);
      expect(find(server.block, 'gzip_static')[0].words).toEqual(['gzip_static', 'on']);
      expect(find(server.block, 'error_page')[0].words).toEqual(['error_page', '404', `${base}404.html`]);
      expect(find(find(server.block, 'types')[0].block, 'application/wasm')[0].words).toEqual(['application/wasm', 'wasm']);
    });
  }

  it('refuses the host files with a 404, and only them', () => {
    const [server] = parseBlocks(renderNginx(shape('/ai-infra/')), 'nginx');
    const answer = (path: string) => find(nginxLocationFor(server.block!, path)?.block, 'return')[0]?.words;
    for (const path of ['/ai-infra/_server/nginx.conf', '/ai-infra/_server/Caddyfile', '/ai-infra/_headers'])
      expect(answer(path), path).toEqual(['return', '404']);
    for (const path of ['/ai-infra/', '/ai-infra/integrity.json', '/ai-infra/_headers.html']) expect(answer(path), path).toBeUndefined();
  });

  it('writes listen, server_name and root each alone on a line, for a host to replace', () => {
    const text = renderNginx(shape('/'));
    for (const name of ['listen', 'server_name', 'root']) expect(text.match(new RegExp(`^\\s*${name} [^;\\n]+;$`, 'gm')), name).toHaveLength(1);
  });
});

/** Caddy applies every `header` whose named matcher matches; matchers here are path globs, maybe negated. */
function caddyMatchers(snippet: Directive[]): Map<string, (path: string) => boolean> {
  const matchers = new Map<string, (path: string) => boolean>();
  for (const d of snippet.filter((d) => d.words[0].startsWith('@'))) {
    const lines = d.block ?? [{ words: d.words.slice(1) }];
    const globs = (not: boolean) => lines.filter((l) => (l.words[0] === 'not') === not).flatMap((l) => l.words.slice(not ? 2 : 1));
    const [yes, no] = [globs(false), globs(true)];
    matchers.set(d.words[0], (path) => yes.some((g) => globMatches(g, path)) && !no.some((g) => globMatches(g, path)));
  }
  return matchers;
}

describe('the Caddyfile snippet', () => {
  const snippetOf = (base: string) => {
    const [snippet, ...rest] = parseBlocks(renderCaddy(shape(base)), 'caddy');
    expect(snippet.words).toEqual(['(ai_infra)']);
    expect(rest).toEqual([]);
    return snippet.block!;
  };

  for (const base of BASES) {
    it(`parses, and its matchers send the rules for each path, at ${base}`, () => {
      const snippet = snippetOf(base);
      const matchers = caddyMatchers(snippet);
      const sent: Sent = (path) =>
        find(snippet, 'header')
          .filter((h) => matchers.get(h.words[1])!(path))
          .flatMap((h) => (h.block ?? [{ words: h.words.slice(2) }]).map((l) => [l.words[0], l.words[1]] as [string, string]));
      expectRules(sent, base);
      expect(find(snippet, 'file_server')[0].block![0].words).toEqual(['precompressed', 'br', 'gzip']);
      expect(find(find(snippet, 'handle_errors')[0].block, 'rewrite')[0].words).toEqual(['rewrite', '*', `${base}404.html`]);
    });
  }

  it('refuses the host files with an error 404, which handle_errors answers with the 404 page', () => {
    const snippet = snippetOf('/ai-infra/');
    const [refusal] = find(snippet, 'error');
    expect(refusal.words.at(-1)).toBe('404');
    const matches = caddyMatchers(snippet).get(refusal.words[1])!;
    expect(['/ai-infra/_server/nginx.conf', '/ai-infra/_headers'].map(matches)).toEqual([true, true]);
    expect(['/ai-infra/', '/ai-infra/integrity.json'].map(matches)).toEqual([false, false]);
  });
});
