import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
// The Frictionless Data reference implementation for JavaScript: profile and Table Schema checks.
import { Package } from 'datapackage';
import { describe, expect, it } from 'vitest';
import { bundleDataPackage } from '../../src/data/bundle.ts';
import { readAllDatasets } from '../../src/data/catalog.ts';
import { datasetCsv } from '../../src/data/export.ts';

const descriptor = JSON.parse(bundleDataPackage());
const datasets = [...readAllDatasets().values()];

/**
 * The archive's layout on disk: datapackage.json and <report>/<id>.csv. The published CSVs start
 * with a UTF-8 BOM (so Excel reads the Chinese); frictionless-py, pandas and R skip it, but this
 * JavaScript validator reads it as part of the first column's name, so it is left off here.
 */
function writePackage(): string {
  const dir = mkdtempSync(join(tmpdir(), 'datapackage-'));
  writeFileSync(join(dir, 'datapackage.json'), JSON.stringify(descriptor));
  for (const ds of datasets) {
    const file = join(dir, ds.meta.report, `${ds.meta.id}.csv`);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, `${datasetCsv(ds)}\n`);
  }
  return dir;
}

describe('datapackage.json', () => {
  it('describes every dataset, with the fields of its CSV header in order', () => {
    expect(descriptor.resources.map((r: { name: string }) => r.name).sort()).toEqual(datasets.map((d) => d.meta.id).sort());
    for (const ds of datasets) {
      const resource = descriptor.resources.find((r: { name: string }) => r.name === ds.meta.id);
      const header = csvParseRows(datasetCsv(ds))[0];
      expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      for (const field of resource.schema.fields) expect(field.description, `${ds.meta.id}.${field.name}`).toBeTruthy();
      expect(resource.sources[0].path).toMatch(/^https?:\/\/.+\/en\/reports\//);
    }
  });

  it('gives number columns their unit and the standard columns their meaning', () => {
    const fields = descriptor.resources.flatMap(
      (r: { schema: { fields: { name: string; type: string; unit?: string; description: string }[] } }) => r.schema.fields,
    );
    expect(fields.filter((f: { type: string; unit?: string }) => f.type === 'number' && f.unit).length).toBeGreaterThan(20);
    expect(fields.find((f: { name: string }) => f.name === 'quote').description).toMatch(/verbatim/);
    expect(descriptor.licenses[0].name).toBe('CC-BY-4.0');
  });

  it('passes the Frictionless validator, and every CSV casts to its Table Schema', { timeout: 60_000 }, async () => {
    const dir = writePackage();
    const pkg = await Package.load(join(dir, 'datapackage.json'), { basePath: dir, strict: false });
    expect(pkg.errors.map(String)).toEqual([]);
    expect(pkg.valid).toBe(true);
    expect(pkg.descriptor.profile).toBe('tabular-data-package');
    const failures: string[] = [];
    for (const resource of pkg.resources) {
      try {
        const rows = await resource.read({ keyed: true });
        if (rows.length === 0) failures.push(`${resource.name}: no rows`);
      } catch (error) {
        const inner = (error as { errors?: unknown[] }).errors ?? [];
        failures.push(`${resource.name}: ${String(error)} ${inner.slice(0, 3).map(String).join('; ')}`);
      }
    }
    expect(failures).toEqual([]);
  });
});
