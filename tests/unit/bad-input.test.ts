import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkChartRefs } from '../../src/data/chart-refs.ts';
import { readSections } from '../../src/data/sections.ts';
import type { ChartSpec } from '../../src/charts/lib/types.ts';

// Each kind of bad input the build must refuse, through the functions the build calls,
// with one message naming the file and line. tests/build/bad-build.test.ts runs a real build.
const fixtures = resolve('tests/fixtures');
let readDatasetFile: typeof import('../../src/data/read-dataset.ts').readDatasetFile;
let readChartData: typeof import('../../src/data/chart-data.ts').readChartData;

beforeAll(async () => {
  process.env.DATA_DIR = resolve(fixtures, 'data');
  ({ readDatasetFile } = await import('../../src/data/read-dataset.ts'));
  ({ readChartData } = await import('../../src/data/chart-data.ts'));
});

const bad = (name: string) => () => readDatasetFile(resolve(fixtures, 'data-bad', `${name}.csv`));

describe('the build stops with file and line on', () => {
  it('a malformed CSV (a quoted cell left open)', () => {
    expect(bad('malformed')).toThrow(/^tests\/fixtures\/data-bad\/malformed\.csv:3:-: a quoted cell is not closed on its line/);
  });

  it('a unit not in the schema', () => {
    expect(bad('bad-unit')).toThrow(/^tests\/fixtures\/data-bad\/bad-unit\.csv:2:unit: unknown unit "EFLOP\/s"/);
  });

  it('a quote not found in the report', () => {
    expect(bad('bad-quote')).toThrow(/^tests\/fixtures\/data-bad\/bad-quote\.csv:3:quote: quote not found in report/);
  });

  it('a chart naming a dataset that does not exist', async () => {
    const spec = (await import('../../src/charts/compute-structure.ts')).default as ChartSpec;
    expect(() => readChartData(spec)).toThrow(
      /^src\/charts\/compute-structure\.ts:\d+: chart "compute-structure" names dataset "compute-structure", which does not exist in data\//,
    );
  });

  it('an article naming a chart that does not exist', () => {
    const body = 'intro\n\n<H2 id="a">A</H2>\n\n<Chart id="no-such-chart" />\n';
    expect(() => checkChartRefs(body, 'content/x/zh.mdx', new Set(['compute-structure']))).toThrow(
      'content/x/zh.mdx:5: <Chart id="no-such-chart"> names a chart that does not exist (no src/charts/no-such-chart.ts)',
    );
  });

  it('an article using a section id twice', () => {
    expect(() => readSections('<H2 id="a">A</H2>\n\ntext\n<H3 id="a">B</H3>', 'content/x/en.mdx')).toThrow(
      'content/x/en.mdx:4: duplicate section id "a" (first used on line 1)',
    );
  });
});
