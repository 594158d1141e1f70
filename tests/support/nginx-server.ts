import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BROTLI_MODULE = '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so';

export interface NginxSite {
  url: string;
  close(): Promise<void>;
}

/**
 * Runs Debian's nginx in the foreground, as a child process, with the server block the build wrote
 * (dist/_server/nginx.conf) on a free loopback port. Everything nginx writes goes to a temp dir.
 */
export async function serveWithNginx(dir: string, base = '/'): Promise<NginxSite> {
  const tmp = mkdtempSync(join(tmpdir(), 'nginx-'));
  // nginx's workers drop root: they must be able to walk into the temp dir that holds the sub-path link.
  chmodSync(tmp, 0o755);
  const root = join(tmp, 'root');
  const sub = base.replace(/^\/|\/$/g, '');
  mkdirSync(root);
  if (sub) symlinkSync(dir, join(root, sub));
  const port = await freePort();
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
  const child = spawn('nginx', ['-p', tmp, '-c', join(tmp, 'nginx.conf'), '-e', join(tmp, 'error.log')], { stdio: 'inherit' });
  await waitForPort(port, child, tmp);
  return {
    url: `http://127.0.0.1:${port}${base}`,
    close: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGQUIT');
      await exited;
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
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
