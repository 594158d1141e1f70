import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// One fixture per DataError the dataset reader and the cross-report loader can throw, written
// into a temporary data dir so each case is one small CSV next to the assertion it feeds.
// The fixture report's text (tests/fixtures/data/sources/fixture-report.txt) breaks lines
// the way the PDF extraction does.
// `root` is the data dir the loaders read; the bad datasets live outside it, so the catalog
// (which reads every dataset under the data dir) sees only well-formed ones.
const root = mkdtempSync(join(tmpdir(), 'data-errors-'));
const badRoot = mkdtempSync(join(tmpdir(), 'data-errors-bad-'));
const at = (name: string) => relative(process.cwd(), join(badRoot, 'fixture-report', `${name}.csv`));
const HEADER = 'measure,year,value,unit,quote,quote_en,translation_note,qualifier,note_zh,note_en';
const GOOD = 'total,2020,135,EFLOPS,2020年算力规模达到 135EFlops,computing power reached 135 EFlops in 2020,,,,';
const columns = {
  measure: { type: 'string', label: { zh: '指标', en: 'Measure' } },
  year: { type: 'date', label: { zh: '年份', en: 'Year' } },
  value: { type: 'number', unit: 'row', label: { zh: '数值', en: 'Value' } },
};

function writeDataset(report: string, name: string, csv: string, dir = badRoot): string {
  mkdirSync(join(dir, report), { recursive: true });
  const meta = {
    id: name,
    report,
    title: { zh: '测试', en: 'Fixture' },
    description: { zh: '测试', en: 'Fixture' },
    section: { zh: '一', en: '§1' },
    tags: ['compute'],
    columns,
  };
  writeFileSync(join(dir, report, `${name}.meta.json`), JSON.stringify(meta));
  writeFileSync(join(dir, report, `${name}.csv`), csv);
  return join(dir, report, `${name}.csv`);
}

let readDatasetFile: typeof import('../../src/data/read-dataset.ts').readDatasetFile;
let readCrossReportMeasures: typeof import('../../src/data/cross-report.ts').readCrossReportMeasures;

beforeAll(async () => {
  cpSync(resolve('tests/fixtures/data/sources'), join(root, 'sources'), { recursive: true });
  // A second report, so a cross-report measure can be well formed but for the one thing tested.
  const manifest = JSON.parse(readFileSync(join(root, 'sources', 'manifest.json'), 'utf8'));
  manifest['second-report'] = { ...manifest['fixture-report'], file: 'second-report.txt', date: '2023-05' };
  writeFileSync(join(root, 'sources', 'manifest.json'), JSON.stringify(manifest));
  writeFileSync(join(root, 'sources', 'second-report.txt'), '2021年算力规模达到 140EFlops。\n');
  process.env.DATA_DIR = root;
  ({ readDatasetFile } = await import('../../src/data/read-dataset.ts'));
  ({ readCrossReportMeasures } = await import('../../src/data/cross-report.ts'));
});

const read = (name: string, csv: string) => () => readDatasetFile(writeDataset('fixture-report', name, csv));

describe('a dataset stops the build with file, row and column on', () => {
  it('a column that appears twice in the header', () => {
    expect(
      read(
        'duplicate-column',
        `measure,year,value,value,unit,quote,quote_en,translation_note,qualifier,note_zh,note_en\ntotal,2020,135,136,EFLOPS,2020年算力规模达到 135EFlops,computing power reached 135 EFlops in 2020,,,,\n`,
      ),
    ).toThrow(`${at('duplicate-column')}:1:value: column "value" appears twice in the header (columns 3 and 4)`);
  });

  it('a month 13 or a day 00', () => {
    expect(read('month-13', `${HEADER}\ntotal,2020-13,135,EFLOPS,2020年算力规模达到 135EFlops,computing power reached 135 EFlops in 2020,,,,\n`)).toThrow(
      `${at('month-13')}:2:year: "2020-13" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`,
    );
    expect(
      read('day-00', `${HEADER}\n${GOOD}\ntotal,2020-05-00,135,EFLOPS,2020年算力规模达到 135EFlops,computing power reached 135 EFlops in 2020,,,,\n`),
    ).toThrow(`${at('day-00')}:3:year: "2020-05-00" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)`);
  });

  it('a number written with thousands separators', () => {
    expect(read('commas', `${HEADER}\ntotal,2020,"1,350",EFLOPS,2020年算力规模达到 135EFlops,computing power reached 135 EFlops in 2020,,,,\n`)).toThrow(
      `${at('commas')}:2:value: "1,350" is not a plain number (write 1.75e12 or 1750000000000, no units or commas)`,
    );
  });

  it('a declared column missing from the header', () => {
    expect(
      read(
        'missing-column',
        'measure,value,unit,quote,quote_en,translation_note,qualifier,note_zh,note_en\ntotal,135,EFLOPS,2020年算力规模达到 135EFlops,computing power reached 135 EFlops in 2020,,,,\n',
      ),
    ).toThrow(`${at('missing-column')}:1:year: missing column "year"`);
  });

  it('a row with more cells than the header', () => {
    expect(read('extra-cells', `${HEADER}\n${GOOD}\n${GOOD},extra\n`)).toThrow(`${at('extra-cells')}:3:note_en: has 11 cells, the header has 10`);
  });

  it('a blank line, with its own line number', () => {
    expect(read('blank-line', `${HEADER}\n${GOOD}\n\n${GOOD}\n`)).toThrow(`${at('blank-line')}:3:-: blank line; keep one row per line, with no blank lines`);
  });
});

describe('quotes', () => {
  it('are found across a line break of the report text', () => {
    const { rows } = read(
      'across-lines',
      `${HEADER}\ntotal,2020,55,percent,"在全球疫情背景下,我国算力依然同比保持","amid the global pandemic, China's computing power still grew year on year",,,,\n`,
    )();
    expect(rows[0].quote).toBe('在全球疫情背景下,我国算力依然同比保持');
    expect(readFileSync(resolve('tests/fixtures/data/sources/fixture-report.txt'), 'utf8')).toContain('背景下,\n我国');
  });
});

describe('a cross-report measure stops the build on', () => {
  const measures = (points: object[]) =>
    writeFileSync(
      join(root, 'cross-report-measures.json'),
      JSON.stringify({
        '$schema-note': { zh: '测试', en: 'Fixture' },
        groups: {},
        measures: [{ id: 'total-compute', topic: 'compute', label: { zh: '算力', en: 'Compute' }, note: { zh: '说明', en: 'Note' }, points }],
      }),
    );

  // Written before the first lookup: the catalog reads the data dir once.
  beforeAll(() => {
    writeDataset('fixture-report', 'first', `${HEADER}\n${GOOD}\n`, root);
    writeDataset('fixture-report', 'first-again', `${HEADER}\n${GOOD}\n`, root);
    writeDataset(
      'second-report',
      'second',
      `${HEADER}\ntotal,2021,140,PFLOPS,2021年算力规模达到 140EFlops,computing power reached 140 EFlops in 2021,,,,\n`,
      root,
    );
  });

  it('rows in different units', () => {
    measures([
      { dataset: 'first', where: 'measure=total' },
      { dataset: 'second', where: 'measure=total' },
    ]);
    expect(() => readCrossReportMeasures()).toThrow(
      `${join(root, 'cross-report-measures.json')}: measures.0 (total-compute): rows in different units (EFLOPS, PFLOPS)`,
    );
  });

  it('rows from one report only', () => {
    measures([
      { dataset: 'first', where: 'measure=total' },
      { dataset: 'first-again', where: 'measure=total' },
    ]);
    expect(() => readCrossReportMeasures()).toThrow(`${join(root, 'cross-report-measures.json')}: measures.0 (total-compute): needs rows from two reports`);
  });
});
