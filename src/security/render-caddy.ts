import { CONTENT_TYPES, headerRules, normaliseBase, privatePaths, type HeaderRule, type SiteShape } from './headers.ts';

/**
 * A Caddyfile snippet: `import ai_infra` inside a site block, after setting `root` to the folder
 * that holds the build at its base path. Caddy serves the build's `.br` and `.gz` files itself
 * (`precompressed`), so no `encode` is needed. Each path matches one named matcher, as in nginx.
 */
export function renderCaddy(site: SiteShape): string {
  const base = normaliseBase(site.base);
  const rules = headerRules(site);
  const special = rules.filter((r) => r.kind !== 'page');
  // Host files answer 404; handle_errors below sends the 404 page.
  const lines = [
    `  @private path ${privatePaths(site)
      .map((p) => (p.endsWith('/') ? `${p}*` : p))
      .join(' ')}`,
    '  error @private 404',
  ];
  for (const [i, rule] of rules.entries()) {
    const name = `@${rule.kind}${i}`;
    if (rule.kind === 'page') lines.push(`  ${name} {\n    path ${base}*\n    not path ${special.map((r) => `${r.prefix}*`).join(' ')}\n  }`);
    else lines.push(`  ${name} path ${rule.prefix}*`);
    lines.push(headerBlock(name, rule));
  }
  const types = Object.entries(CONTENT_TYPES)
    .filter(([ext]) => ext === 'csv' || ext.startsWith('pf_') || ext === 'pagefind' || ext === 'wasm')
    .map(([ext, type]) => `  @type_${ext} path *.${ext}\n  header @type_${ext} Content-Type "${type}"`);
  return `# Written by the build (src/security/render-caddy.ts); do not edit.
(ai_infra) {
${lines.join('\n')}
${types.join('\n')}
  file_server {
    precompressed br gzip
  }
  handle_errors {
    rewrite * ${base}404.html
    file_server {
      precompressed br gzip
    }
  }
}
`;
}

function headerBlock(matcher: string, rule: HeaderRule): string {
  const entries = Object.entries(rule.headers).map(([name, value]) => `    ${name} "${value}"`);
  return `  header ${matcher} {\n${entries.join('\n')}\n  }`;
}
