import { CONTENT_TYPES, COMMON_HEADERS, headerRules, normaliseBase, privatePaths, type SiteShape } from './headers.ts';

/**
 * The `_headers` file Netlify and Cloudflare Pages read from the published folder. Both apply
 * every rule whose pattern matches, so the patterns here never set one header twice for a path:
 * the two headers every response gets sit on `/*` alone, and the others on patterns that do not
 * overlap (pages are listed folder by folder so that embed/ is not among them).
 */
export function renderHeadersFile(site: SiteShape): string {
  const base = normaliseBase(site.base);
  const blocks: [string, Record<string, string>][] = [[`${base}*`, { ...COMMON_HEADERS }]];
  for (const rule of headerRules(site)) {
    const own = withoutCommon(rule.headers);
    if (rule.kind === 'page') for (const p of site.pagePatterns) blocks.push([base + p, own]);
    else blocks.push([`${rule.prefix}*`, own]);
  }
  // Types a host might not know or might send without a charset, by extension.
  blocks.push([`${base}data/*.csv`, { 'Content-Type': CONTENT_TYPES.csv }]);
  for (const ext of ['pf_fragment', 'pf_index', 'pf_meta', 'pf_filter', 'pagefind']) {
    blocks.push([`${base}pagefind/*.${ext}`, { 'Content-Type': CONTENT_TYPES[ext] }]);
  }
  // These hosts cannot refuse a file: the host files (not _headers, which they never serve) stay out of search engines.
  for (const path of privatePaths(site).filter((p) => p.endsWith('/'))) blocks.push([`${path}*`, { 'X-Robots-Tag': 'noindex' }]);
  const header = '# Written by the build (src/security/render-headers-file.ts); do not edit.\n';
  return header + blocks.map(([path, headers]) => block(path, headers)).join('\n');
}

function withoutCommon(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !(name in COMMON_HEADERS)));
}

function block(path: string, headers: Record<string, string>): string {
  return `${path}\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}\n`)
    .join('')}`;
}
