import { CONTENT_TYPES, headerRules, normaliseBase, privatePaths, type HeaderRule, type SiteShape } from './headers.ts';

/**
 * An nginx `server` block serving the build. Put the build's files at `root` + base (for
 * BASE_PATH=/ai-infra/ the files go in /srv/ai-infra/ai-infra/), change `listen`, `server_name`
 * and `root` (each alone on its line), and include it in the `http` block.
 *
 * - add_header in a location drops every add_header from outside it, so each location lists all
 *   of its headers; `always` sends them on the 404 page too.
 * - gzip_static serves the `.gz` written beside each file by the build; on-the-fly gzip stays off.
 *   With Debian's libnginx-mod-http-brotli-static loaded, `brotli_static on;` in the http block
 *   serves the `.br` files too (not set here: the directive fails where the module is absent).
 * - The types block replaces the host's mime.types inside this server, so it lists every type.
 */
export function renderNginx(site: SiteShape): string {
  const base = normaliseBase(site.base);
  const types = Object.entries(CONTENT_TYPES)
    .map(([ext, type]) => `    ${type.split(';')[0]} ${ext};`)
    .join('\n');
  const locations = [...privatePaths(site).map(refusal), ...headerRules(site).map(location)].join('\n');
  return `# Written by the build (src/security/render-nginx.ts); do not edit.
server {
  listen 80;
  server_name _;
  root /srv/ai-infra;

  types {
${types}
  }
  default_type application/octet-stream;
  charset utf-8;
  charset_types text/css text/javascript application/json text/csv text/plain application/xml image/svg+xml;
  gzip off;
  gzip_static on;
  gzip_vary on;
  server_tokens off;
  error_page 404 ${base}404.html;

${locations}
}
`;
}

/** A host file (a folder by its prefix, a file by its exact path) answers 404, with the 404 page. */
function refusal(path: string): string {
  return `  location ${path.endsWith('/') ? '^~' : '='} ${path} {\n    return 404;\n  }\n`;
}

function location(rule: HeaderRule): string {
  const match = rule.kind === 'page' ? rule.prefix : `^~ ${rule.prefix}`;
  const headers = Object.entries(rule.headers)
    .map(([name, value]) => `    add_header ${name} "${value}" always;`)
    .join('\n');
  const tryFiles = rule.kind === 'page' || rule.kind === 'embed' ? '$uri $uri/index.html =404' : '$uri =404';
  return `  location ${match} {\n${headers}\n    try_files ${tryFiles};\n  }\n`;
}
