import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { relative } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { BUILDS, htmlFiles, requireBuild } from '../support/dist.ts';

// The W3C's Nu HTML Checker (npm vnu-jar, run with the machine's Java) over the built site.
// All ~600 pages take several minutes on a shared machine, so it checks every page of the
// types that differ in markup: all articles, every index page, the 404 page, and the first
// page of each kind of detail page (chart, embed, dataset, topic, section redirect).
const vnuJar = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');
const { dir } = BUILDS[0];

function samplePages(): string[] {
  requireBuild(dir);
  const files = htmlFiles(dir).map((f) => relative(dir, f));
  const firstOfKind = new Map<string, string>();
  const sample = files.filter((f) => {
    const parts = f.split('/');
    // Index pages (…/index.html at depth ≤ 3) and articles are all checked.
    if (parts.length <= 3 || (parts[1] === 'reports' && parts.length === 4)) return true;
    const kind = `${parts[0]}/${parts[1]}/${parts.length}`;
    if (firstOfKind.has(kind)) return false;
    firstOfKind.set(kind, f);
    return true;
  });
  return sample.map((f) => `${dir}/${f}`);
}

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
}

describe('the built site', () => {
  it('is valid HTML by the Nu HTML Checker', { timeout: 600_000 }, async () => {
    const pages = samplePages();
    expect(pages.length).toBeGreaterThan(30);
    // vnu exits non-zero when it finds errors and prints its JSON report on stderr.
    const result = await promisify(execFile)('java', ['-jar', vnuJar, '--errors-only', '--format', 'json', ...pages], { maxBuffer: 64 << 20 }).catch(
      (error: { stderr?: string }) => ({ stderr: error.stderr ?? '' }),
    );
    const { messages } = JSON.parse(result.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
    const errors = messages.filter((m) => m.type === 'error').map((m) => `${relative(dir, new URL(m.url).pathname)}:${m.lastLine ?? 0}: ${m.message}`);
    expect(errors).toEqual([]);
  });
});
