import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { INTEGRITY_FILE, integrityOf } from '../../scripts/lib/integrity.ts';
import { checkMirror, compareIntegrity, fetchIntegrity } from '../../scripts/lib/mirror-check.ts';
import { verifyMirrors } from '../../scripts/lib/verify-mirrors.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

// Two small copies of a site under /ai-infra/, one tampered with after its integrity.json was written.
const FILES: Record<string, string> = {
  'index.html': '<!doctype html><title>home</title>',
  'zh/index.html': '<!doctype html><title>首页</title>',
  'data/compute-structure.csv': '\uFEFFyear,value\n2020,135\n',
  'a file with spaces#1.txt': 'odd names are fetched as named',
};

async function writeSite(tamper: boolean): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'mirror-'));
  for (const [path, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  writeFileSync(join(dir, INTEGRITY_FILE), JSON.stringify(await integrityOf(dir, Object.keys(FILES))));
  if (tamper) {
    writeFileSync(join(dir, 'zh/index.html'), '<!doctype html><title>首页！</title>');
    rmSync(join(dir, 'data/compute-structure.csv'));
  }
  return dir;
}

let dirs: string[];
let sites: StaticSite[];
beforeAll(async () => {
  dirs = [await writeSite(false), await writeSite(true)];
  sites = await Promise.all(dirs.map((d) => serveStatic(d, '/ai-infra/')));
});
afterAll(async () => {
  await Promise.all(sites.map((s) => s.close()));
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('checking a mirror against integrity.json', () => {
  it('finds every file of a true copy', async () => {
    const report = await checkMirror(sites[0].url, await fetchIntegrity(sites[0].url), 2);
    expect(report).toEqual({ base: sites[0].url, checked: 4, problems: [] });
  });

  it('names the changed file and the missing one on a tampered copy', async () => {
    const report = await checkMirror(sites[1].url, await fetchIntegrity(sites[0].url), 2);
    expect(report.problems.map((p) => p.path)).toEqual(['data/compute-structure.csv', 'zh/index.html']);
    expect(report.problems[0].problem).toBe('HTTP 404');
    expect(report.problems[1].problem).toMatch(/^SHA-256 [0-9a-f]{64}, expected [0-9a-f]{64}$/);
  });

  it('tells where two integrity lists disagree', () => {
    const a = { algorithm: 'sha256' as const, files: { 'a.html': '1', 'b.html': '2', 'c.html': '3' } };
    const b = { algorithm: 'sha256' as const, files: { 'a.html': '1', 'b.html': '9', 'd.html': '4' } };
    expect(compareIntegrity(a, b).map((p) => `${p.path}: ${p.problem}`)).toEqual([
      'b.html: the two integrity.json give different SHA-256',
      'c.html: only in the first integrity.json',
      'd.html: only in the second integrity.json',
    ]);
  });

  it('says what the command line says: a tampered second mirror fails naming its bad files, an unreachable one fails too', async () => {
    const run = async (...urls: string[]) => {
      const lines: string[] = [];
      return { code: await verifyMirrors(urls, (line) => lines.push(line)), out: lines.join('\n') };
    };
    const both = await run(sites[0].url, sites[1].url.replace(/\/$/, ''));
    expect(both.code).toBe(1);
    expect(both.out).toContain('✓ both integrity.json list the same files and digests');
    expect(both.out).toContain(`✓ ${sites[0].url}: 4 of 4 files match`);
    expect(both.out).toContain(`✗ ${sites[1].url}: 2 of 4 files match`);
    expect(both.out).toContain(`✗ ${sites[1].url}zh/index.html: SHA-256 `);
    expect(await run(sites[0].url)).toMatchObject({ code: 0 });
    expect(await run(sites[0].url, `${sites[0].url}no-such-mirror/`)).toMatchObject({
      code: 1,
      out: expect.stringMatching(/cannot read integrity\.json \(HTTP 404/),
    });
  });
});
