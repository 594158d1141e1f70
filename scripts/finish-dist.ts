// The last step of `npm run build`, after the search index: writes what a host needs to serve
// the build in production, from the headers described once in src/security/headers.ts.
//   _headers              Netlify, Cloudflare Pages
//   _server/nginx.conf    an nginx server block (scripts/lib/nginx-server.ts runs it)
//   _server/Caddyfile     a Caddyfile snippet
//   *.gz, *.br            beside every text file, so no server compresses on the fly
//   integrity.json        SHA-256 of every file, to check that two mirrors serve the same bytes
// Reads OUT_DIR and BASE_PATH as astro.config.mjs does.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { extensionOf } from '../src/security/headers.ts';
import { renderCaddy } from '../src/security/render-caddy.ts';
import { renderHeadersFile } from '../src/security/render-headers-file.ts';
import { renderNginx } from '../src/security/render-nginx.ts';
import { siteShapeOf } from '../src/security/site-shape.ts';
import { INTEGRITY_FILE, integrityOf } from './lib/integrity.ts';
import { eachLimited } from './lib/each-limited.ts';
import { COMPRESSIBLE, precompress } from './lib/precompress.ts';

const dir = resolve(process.env.OUT_DIR ?? 'dist');
const base = process.env.BASE_PATH ?? '/';
const started = performance.now();

const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .map((f) => f.split('\\').join('/'))
  .filter((f) => !/\.(gz|br)$/.test(f) && statSync(join(dir, f)).isFile());

const site = siteShapeOf(dir, base);
mkdirSync(join(dir, '_server'), { recursive: true });
writeFileSync(join(dir, '_headers'), renderHeadersFile(site));
writeFileSync(join(dir, '_server', 'nginx.conf'), renderNginx(site));
writeFileSync(join(dir, '_server', 'Caddyfile'), renderCaddy(site));

const integrity = await integrityOf(dir, files);
writeFileSync(join(dir, INTEGRITY_FILE), `${JSON.stringify(integrity, null, 1)}\n`);

const toCompress = [...files, INTEGRITY_FILE].filter((f) => COMPRESSIBLE.has(extensionOf(f)));
const sizes = await eachLimited(toCompress, availableParallelism() * 2, (f) => precompress(join(dir, f)));
const sum = (key: 'bytes' | 'gzip' | 'brotli') => sizes.reduce((n, s) => n + s[key], 0);
const mb = (n: number) => `${(n / 1e6).toFixed(2)} MB`;
console.log(
  `finish-dist: headers for ${site.pagePatterns.length} page patterns (base ${site.base}); ` +
    `${Object.keys(integrity.files).length} files hashed; ${sizes.length} files precompressed, ` +
    `${mb(sum('bytes'))} → gzip ${mb(sum('gzip'))}, brotli ${mb(sum('brotli'))}; ` +
    `${((performance.now() - started) / 1000).toFixed(1)} s`,
);
