// `bash scripts/run.sh serve --production` (npm run serve:production): serves the build through
// Debian's nginx with the server block the build wrote (dist/_server/nginx.conf), so the headers,
// precompressed files and 404 are what production sends. Foreground; Ctrl-C stops it.
// Reads OUT_DIR and BASE_PATH as the build does; PORT (default 4321) as `npm run serve` uses.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { normaliseBase } from '../src/security/headers.ts';
import { serveWithNginx } from './lib/nginx-server.ts';

const dir = resolve(process.env.OUT_DIR ?? 'dist');
const base = normaliseBase(process.env.BASE_PATH ?? '/');
if (!existsSync(join(dir, '_server', 'nginx.conf'))) {
  console.error(`serve-production: ${dir}/_server/nginx.conf is missing: run "npm run build" first`);
  process.exit(1);
}

const site = await serveWithNginx(dir, base, Number(process.env.PORT ?? 4321));
console.log(`nginx serves ${dir} with the production headers at ${site.url} (Ctrl-C stops it)`);
let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    stopping = true;
    void site.close().then(() => process.exit(0));
  });
}
await site.exited;
if (!stopping) {
  console.error('serve-production: nginx stopped on its own (its error log is above)');
  process.exit(1);
}
