import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { crossReportFile, flagsOf, readCrossReportMeasures, type ReportedFigure } from '../../src/data/cross-report.ts';
import { lookupRow } from '../../src/data/lookup.ts';

const mapping = JSON.parse(readFileSync(crossReportFile(), 'utf8')) as { measures: { id: string; points: { dataset: string; where: string }[] }[] };

describe('data/cross-report-measures.json', () => {
  it.each(mapping.measures.map((m) => [m.id, m] as const))('%s: every mapped row exists, exactly once', (_, measure) => {
    for (const p of measure.points) expect(() => lookupRow(p.dataset, p.where), `${p.dataset} ${p.where}`).not.toThrow();
  });

  it('loads every measure with rows from at least two reports in one unit', () => {
    const measures = readCrossReportMeasures();
    expect(measures).toHaveLength(mapping.measures.length);
    for (const m of measures) expect(new Set(m.points.map((p) => p.source.id)).size, m.id).toBeGreaterThanOrEqual(2);
  });

  it('uses each measure id once (it is an anchor on the compare page)', () => {
    const ids = mapping.measures.map((m) => m.id);
    expect(ids.length).toBe(new Set(ids).size);
  });

  it('puts the figures in the order they hold, the undated last', () => {
    for (const m of readCrossReportMeasures()) {
      const dates = m.points.map((p) => p.date ?? '9999');
      expect(dates, m.id).toEqual([...dates].sort());
    }
  });
});

const figure = (report: string, value: number, qualifier: string[] = []) =>
  ({ value, source: { id: report }, row: { qualifier } }) as unknown as ReportedFigure;

const growing = { cumulative: true, fixed: false, definitionsDiffer: false };
const unchanging = { cumulative: false, fixed: true, definitionsDiffer: false };

describe('flagsOf', () => {
  it('flags a count that a later report puts lower', () => {
    expect(flagsOf([figure('a', 10), figure('b', 8)], growing)).toEqual(['falls']);
  });

  it('does not flag a fall in a measure that may go down', () => {
    expect(flagsOf([figure('a', 10), figure('b', 8)], { ...growing, cumulative: false })).toEqual(['changed']);
  });

  it('flags a report that gives the same measure twice, differently', () => {
    expect(flagsOf([figure('a', 5), figure('b', 9, ['more-than']), figure('b', 9, ['nearly'])], growing)).toEqual(['same-report-differs']);
  });

  it('calls equal figures consistent and adds the definitions flag when the file says so', () => {
    expect(flagsOf([figure('a', 15), figure('b', 15)], growing)).toEqual(['consistent']);
    expect(flagsOf([figure('a', 15), figure('b', 20)], { ...growing, definitionsDiffer: true })).toEqual(['definitions-differ']);
  });

  it('accepts a rounded figure for an unchanging thing, and flags two that cannot both be right', () => {
    expect(flagsOf([figure('a', 14e6, ['more-than']), figure('b', 14197122)], unchanging)).toEqual(['rounded']);
    expect(flagsOf([figure('a', 14e6), figure('b', 14197122)], unchanging)).toEqual(['disagree']);
    expect(flagsOf([figure('a', 10e6, ['approx']), figure('b', 14197122)], unchanging)).toEqual(['disagree']);
  });
});

describe('a measure’s chart across reports', () => {
  it('says in its alt text what every report stated, with the report’s hedge', async () => {
    const { crossReportText, figureValue } = await import('../../src/charts/lib/cross-report-plot.ts');
    for (const m of readCrossReportMeasures()) {
      for (const lang of ['zh', 'en'] as const) {
        const { alt } = crossReportText(m, lang);
        for (const p of m.points) expect(alt, `${m.id} ${lang}`).toContain(figureValue(p, lang));
      }
    }
    const baidu = readCrossReportMeasures().find((m) => m.id === 'baidu-ai-open-capabilities')!;
    expect(crossReportText(baidu, 'en').alt).toMatch(/more than 1,400.*nearly 1,400/);
  });
});
