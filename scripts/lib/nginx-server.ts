import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';
// Debian puts nginx in /usr/sbin, which a user's PATH may lack.
const NGINX = existsSync('/usr/sbin/nginx') ? '/usr/sbin/nginx' : 'nginx';

export interface NginxSite {
  url: string;
  /** Settles when nginx exits, for whatever reason. */
  exited: Promise<void>;
  close(): Promise<void>;
}

/**
 * Runs Debian's nginx in the foreground, as a child process, with the server block the build wrote
 * (dist/_server/nginx.conf) on a loopback port (a free one unless `port` is given). Everything
 * nginx writes goes to a temp dir. The tests (tests/e2e/nginx-serving.test.ts) and
 * `bash scripts/run.sh serve --production` (scripts/serve-production.ts) both run it.
 */
export async function serveWithNginx(dir: string, base = '/', port?: number): Promise<NginxSite> {
  const tmp = mkdtempSync(join(tmpdir(), 'nginx-'));
  // nginx's workers drop root: they must be able to walk into the temp dir that holds the sub-path link.
  chmodSync(tmp, 0o755);
  const root = join(tmp, 'root');
  const sub = base.replace(/^\/|\/$/g, '');
  mkdirSync(root);
  if (sub) symlinkSync(dir, join(root, sub));
  port = await freePort(port);
  const server = readFileSync(join(dir, '_server', 'nginx.conf'), 'utf8')
    .replace(/^\s*listen .*;$/m, `  listen 127.0.0.1:${port};`)
    .replace(/^\s*root .*;$/m, `  root ${sub ? root : dir};`);
  const brotli = existsSync(BROTLI_MODULE);
  writeFileSync(
    join(tmp, 'nginx.conf'),
    `${brotli ? `load_module ${BROTLI_MODULE};\n` : ''}daemon off;
worker_processes 1;
pid ${tmp}/nginx.pid;
error_log ${tmp}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${tmp}/body; proxy_temp_path ${tmp}/proxy; fastcgi_temp_path ${tmp}/fastcgi;
  uwsgi_temp_path ${tmp}/uwsgi; scgi_temp_path ${tmp}/scgi;
  ${brotli ? 'brotli_static on;' : ''}
${server}
}
`,
  );
  const child = spawn(NGINX, ['-p', tmp, '-c', join(tmp, 'nginx.conf'), '-e', join(tmp, 'error.log')], { stdio: 'inherit' });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  await waitForPort(port, child, tmp);
  return {
    url: `http://127.0.0.1:${port}${base}`,
    exited,
    close: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGQUIT');
      await exited;
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

/** A free loopback port, or `wanted` if it is free (else an error: another server would answer for nginx). */
function freePort(wanted = 0): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (e) => reject(new Error(`port ${wanted} on 127.0.0.1 is taken (${(e as Error).message})`)));
    probe.listen(wanted, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: ChildProcess, tmp: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited: ${readFileSync(join(tmp, 'error.log'), 'utf8')}`);
    const ok = await fetch(`http://127.0.0.1:${port}/`).then(
      () => true,
      () => false,
    );
    if (ok) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('nginx did not start');
}
