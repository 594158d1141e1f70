import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// A real `astro build` of this project with data/ swapped for a fixture whose third line
// quotes words the report does not contain: the build must stop, naming file, row and column.
describe('astro build', () => {
  it('stops on a bad data row with one file:row:column message', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'bad-build-'));
    try {
      const result = spawnSync('npx', ['astro', 'build'], {
        encoding: 'utf8',
        env: {
          ...process.env,
          DATA_DIR: 'tests/fixtures/data-build-bad',
          OUT_DIR: join(scratch, 'dist'),
          ASTRO_CACHE_DIR: join(scratch, 'cache'),
          ASTRO_TELEMETRY_DISABLED: '1',
        },
      });
      const output = `${result.stdout}\n${result.stderr}`;
      expect(result.status).not.toBe(0);
      expect(output).toContain('tests/fixtures/data-build-bad/fixture-report/bad-row.csv:3:quote: quote not found in report "fixture-report"');
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  });
});
