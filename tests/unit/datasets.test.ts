import { describe, expect, it } from 'vitest';
import { readAllDatasets } from '../../src/data/catalog.ts';
import { quoteOccursIn, readSources } from '../../src/data/sources.ts';

// The real data: every dataset validates and every quote is in its report.
describe('the datasets in data/', () => {
  const all = readAllDatasets();

  it('validate, with every quote found in its report', () => {
    expect(all.size).toBeGreaterThan(0);
    for (const { meta, rows } of all.values()) {
      for (const row of rows) expect(quoteOccursIn(meta.report, row.quote), `${meta.id}: ${row.quote}`).toBe(true);
    }
  });

  it('name a report listed in the sources manifest', () => {
    const sources = readSources();
    for (const { meta } of all.values()) expect(Object.keys(sources)).toContain(meta.report);
  });

  it('live in the folder of the report they cite', () => {
    for (const { meta, file } of all.values()) expect(file.startsWith(`data/${meta.report}/`), file).toBe(true);
  });
});
