import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const fixtures = resolve('tests/fixtures');
let readDatasetFile: typeof import('../../src/data/read-dataset.ts').readDatasetFile;

beforeAll(async () => {
  // Sources are read from DATA_DIR, so point it at the fixture reports before loading the module.
  process.env.DATA_DIR = resolve(fixtures, 'data');
  ({ readDatasetFile } = await import('../../src/data/read-dataset.ts'));
});

const bad = (name: string) => () => readDatasetFile(resolve(fixtures, 'data-bad', `${name}.csv`));

describe('readDatasetFile', () => {
  it('types the columns and keeps quotes, qualifiers and notes', () => {
    const { rows, meta } = readDatasetFile(resolve(fixtures, 'data/fixture-report/good.csv'));
    expect(meta.id).toBe('good');
    expect(rows).toHaveLength(3);
    expect(rows[0]).toMatchObject({ measure: 'total', year: '2020', value: 135, unit: 'EFLOPS', qualifier: [] });
    expect(rows[1].qualifier).toEqual(['approx']);
    expect(rows[2]).toMatchObject({ note_zh: '跨行', note_en: 'Crosses a line break' });
  });

  it('finds a quote despite the stray spaces the PDF text puts inside words (line breaks: data-errors.test.ts)', () => {
    const { rows } = readDatasetFile(resolve(fixtures, 'data/fixture-report/good.csv'));
    expect(rows[2].quote).toBe('同比保持 55%的高位增长');
  });

  it('rejects a row whose quote is not in the report, naming file, row and column', () => {
    expect(bad('bad-quote')).toThrow(/^tests\/fixtures\/data-bad\/bad-quote\.csv:3:quote: quote not found in report "fixture-report"/);
  });

  it('rejects a number cell that carries a unit', () => {
    expect(bad('bad-number')).toThrow(/bad-number\.csv:2:value: "135 EFLOPS" is not a plain number/);
  });

  it('rejects a unit that is not in the unit list', () => {
    expect(bad('bad-unit')).toThrow(/bad-unit\.csv:2:unit: unknown unit "EFLOP\/s"/);
  });

  it('rejects a row with fewer cells than the header', () => {
    expect(bad('ragged')).toThrow(/ragged\.csv:3:\w+: has 3 cells, the header has 10/);
  });

  it('rejects a row without a quote', () => {
    expect(bad('missing-quote')).toThrow(/missing-quote\.csv:2:quote: every row needs the verbatim quote/);
  });

  it('rejects a qualifier outside the list', () => {
    expect(bad('bad-qualifier')).toThrow(/bad-qualifier\.csv:2:qualifier: unknown qualifier "about"/);
  });

  it('rejects a note written in one language only', () => {
    expect(bad('half-note')).toThrow(/half-note\.csv:2:note_en: a note needs both languages/);
  });
});
