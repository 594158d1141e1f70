import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// Issue 19 §3: every row carries our English rendering of its quote, and the build refuses a
// row without one, or one that is just the Chinese copied over, naming file, row and column.
const fixtures = resolve('tests/fixtures');
let readDatasetFile: typeof import('../../src/data/read-dataset.ts').readDatasetFile;

beforeAll(async () => {
  process.env.DATA_DIR = resolve(fixtures, 'data');
  ({ readDatasetFile } = await import('../../src/data/read-dataset.ts'));
});

const bad = (name: string) => () => readDatasetFile(resolve(fixtures, 'data-bad', `${name}.csv`));

describe('quote_en', () => {
  it('is read with its optional translation note', () => {
    const { rows } = readDatasetFile(resolve(fixtures, 'data/fixture-report/good.csv'));
    expect(rows[0]).toMatchObject({ quote_en: 'computing power reached 135 EFlops in 2020', translation_note: '算力: computing power' });
    expect(rows[1]).toMatchObject({ quote_en: 'a global share of about 31%', translation_note: null });
  });

  it('stops the build on a row without one', () => {
    expect(bad('missing-quote-en')).toThrow(/^tests\/fixtures\/data-bad\/missing-quote-en\.csv:3:quote_en: every row needs our English rendering of its quote/);
  });

  it('stops the build on a file without the column', () => {
    expect(bad('no-quote-en-column')).toThrow(/^tests\/fixtures\/data-bad\/no-quote-en-column\.csv:1:quote_en: missing column "quote_en"/);
  });

  it('stops the build when the Chinese is copied instead of translated', () => {
    expect(bad('chinese-quote-en')).toThrow(/^tests\/fixtures\/data-bad\/chinese-quote-en\.csv:2:quote_en: .*not English/);
  });

  it('allows Chinese only inside a marked original name in parentheses', () => {
    expect(bad('chinese-in-english')).toThrow(/chinese-in-english\.csv:2:quote_en: .*Chinese outside/);
    const { rows } = readDatasetFile(resolve(fixtures, 'data/fixture-report/good.csv'));
    expect(rows[2].quote_en).toBe('kept up a high year-on-year growth (高位增长) of 55%');
  });
});
