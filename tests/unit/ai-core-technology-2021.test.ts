import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/data/catalog.ts';
import type { DataRow } from '../../src/data/read-dataset.ts';
import { charts } from '../../src/charts/registry.ts';
import { readChartData } from '../../src/data/chart-data.ts';
import { readingMinutes } from '../../src/format/reading-time.ts';

const rows = (id: string) => readDataset(id).rows;
const value = (id: string, where: Record<string, string>): number => {
  const hits = rows(id).filter((r) => Object.entries(where).every(([k, v]) => r[k] === v));
  expect(hits, `${id} ${JSON.stringify(where)}`).toHaveLength(1);
  return hits[0].value as number;
};
const article = (lang: string) => readFileSync(`content/ai-core-technology-2021/${lang}.mdx`, 'utf8');
const MY_CHARTS = [
  'framework-github-activity-2020',
  'framework-github-2020-2021',
  'training-compute-rates',
  'translation-labelling-cost',
  'model-compression-size',
  'platform-scale-log',
  'china-ai-world-share',
  'technology-levels-china',
];

describe('Table 1 of the white paper (frameworks on GitHub, Nov 2020)', () => {
  const table = rows('frameworks-github-2020');

  it('has eight frameworks with stars, commits and contributors each', () => {
    expect(new Set(table.map((r) => r.framework)).size).toBe(8);
    for (const metric of ['stars', 'commits', 'contributors']) expect(table.filter((r) => r.metric === metric)).toHaveLength(8);
  });

  it('is ordered by stars, as printed, with TensorFlow over three times the runner-up', () => {
    const stars = table.filter((r) => r.metric === 'stars').sort((a, b) => (a.rank as number) - (b.rank as number));
    const values = stars.map((r) => r.value as number);
    expect(values).toEqual([...values].sort((a, b) => b - a));
    expect(values[0] / values[1]).toBeGreaterThan(value('frameworks-key-figures-2020', { measure: 'tensorflow-lead-over-second' }));
    expect(values[0]).toBe(value('frameworks-key-figures-2020', { measure: 'tensorflow-attention' }));
  });

  it('marks every commit count "+" as more-than, and only PaddlePaddle as Chinese', () => {
    for (const r of table.filter((r) => r.metric === 'commits')) expect(r.qualifier).toContain('more-than');
    expect(new Set(table.filter((r) => r.origin === 'cn').map((r) => r.framework))).toEqual(new Set(['paddlepaddle']));
  });

  it('shares TensorFlow, PyTorch and PaddlePaddle with report 001’s Table 4, which only grew', () => {
    for (const framework of ['tensorflow', 'pytorch', 'paddlepaddle'])
      for (const metric of ['stars', 'commits', 'contributors'])
        expect(value('frameworks-github-2021', { framework, metric })).toBeGreaterThan(value('frameworks-github-2020', { framework, metric }));
  });
});

describe('the white paper’s arithmetic', () => {
  it('translation example: the inputs multiply to 22.5 million, the report prints about 22 million', () => {
    const step = (s: string) => value('translation-labelling-cost', { step: s });
    const product = step('price-per-word') * step('words-per-sentence') * step('sentences');
    expect(product).toBeCloseTo(2.25e7);
    expect(step('cost-one-language-pair')).toBe(2.2e7);
    expect(Math.abs(product - step('cost-one-language-pair')) / product).toBeLessThan(0.05);
    expect(step('cost-all-languages')).toBeGreaterThan(step('cost-one-language-pair') * step('languages'));
  });

  it('translation example: every step we filled in is marked ours and is the arithmetic its note shows', () => {
    const table = rows('translation-labelling-cost');
    const step = (s: string) => value('translation-labelling-cost', { step: s });
    expect(step('price-per-sentence')).toBeCloseTo(step('price-per-word') * step('words-per-sentence'));
    expect(step('inputs-product')).toBeCloseTo(step('price-per-sentence') * step('sentences'));
    const n = step('languages');
    expect(step('language-pairs')).toBe((n * (n - 1)) / 2);
    expect(step('cost-all-pairs')).toBeCloseTo(step('language-pairs') * step('cost-one-language-pair'));
    // Our reconstruction agrees with the report's "上千亿美元" (over a hundred billion, under a trillion).
    expect(step('cost-all-pairs')).toBeGreaterThan(step('cost-all-languages'));
    expect(step('cost-all-pairs')).toBeLessThan(1e12);
    for (const r of table.filter((r) => r.role === 'ours')) {
      expect(String(r.note_zh), String(r.step)).toContain('本站计算');
      expect(String(r.note_en), String(r.step)).toMatch(/our calculation/i);
    }
    expect(table.filter((r) => r.role === 'ours').map((r) => r.step)).toEqual(['price-per-sentence', 'inputs-product', 'language-pairs', 'cost-all-pairs']);
  });

  it('doubling every 3.4 months is roughly the "10 times a year" the report gives', () => {
    const perYear = 2 ** (12 / value('training-compute-trends', { measure: 'training-compute-doubling-time' }));
    expect(perYear).toBeGreaterThan(10);
    expect(perYear).toBeLessThan(12);
  });

  it('TensorFlow’s month of downloads is a tenth of its total', () => {
    const month = value('frameworks-key-figures-2020', { measure: 'tensorflow-downloads-one-month' });
    const total = value('frameworks-key-figures-2020', { measure: 'tensorflow-downloads-total' });
    expect((month / total) * 100).toBe(value('frameworks-key-figures-2020', { measure: 'tensorflow-downloads-month-share' }));
  });
});

describe('the key-figures strip', () => {
  const same = (measure: string, id: string, where: Record<string, string>) => {
    const key = rows('core-tech-key-figures').find((r) => r.measure === measure) as DataRow;
    expect(key.value).toBe(value(id, where));
  };

  it('repeats rows that exist in the report’s other datasets', () => {
    same('new-ai-companies-2020', 'ai-investment-winter', { measure: 'new-ai-companies', year: '2020' });
    same('later-stage-deal-share', 'ai-investment-winter', { measure: 'later-stage-deal-share' });
    same('gpt-3-training-cost', 'training-compute-trends', { measure: 'gpt-3-training-cost' });
    same('china-ai-patent-applications', 'china-innovation-2020', { measure: 'patent-applications' });
  });

  it('is shown at the top of both articles', () => {
    for (const lang of ['zh', 'en'])
      expect(article(lang)).toMatch(
        /<KeyFigures of="core-tech-key-figures" items="new-ai-companies-2020,later-stage-deal-share,gpt-3-training-cost,china-ai-patent-applications"/,
      );
  });
});

describe('the two articles', () => {
  const values = (lang: string) =>
    [...article(lang).matchAll(/<Value of="([^"]+)" where="([^"]+)"(?: col="([^"]+)")? \/>/g)].map((m) => `${m[1]} ${m[2]} ${m[3] ?? ''}`).sort();

  it('cite the same figures in Chinese and English', () => {
    expect(values('en')).toEqual(values('zh'));
    expect(values('zh').length).toBeGreaterThan(40);
  });

  it('are a ten-minute read on a phone (at most 11 minutes with the charts)', () => {
    for (const lang of ['zh', 'en'] as const) expect(readingMinutes(article(lang), lang), lang).toBeLessThanOrEqual(11);
  });
});

describe('the explainer’s charts', () => {
  it.each(MY_CHARTS)('%s is shown in both languages and its title carries a figure', (id) => {
    for (const lang of ['zh', 'en']) expect(article(lang)).toContain(`<Chart id="${id}" />`);
    const spec = charts.get(id)!;
    const data = readChartData(spec);
    if (id !== 'technology-levels-china') for (const lang of ['zh', 'en'] as const) expect(spec.text(data, lang).title).toMatch(/\d/);
  });

  it('the four technology levels run from disruptive to engineering, with China lacking leadership only at the top two', () => {
    const levels = rows('technology-levels').sort((a, b) => (a.order as number) - (b.order as number));
    expect(levels.map((r) => r.level)).toEqual(['disruptive', 'step-change', 'innovative-optimisation', 'engineering-implementation']);
    expect(levels.map((r) => r.china)).toEqual(['lacks-leadership', 'lacks-leadership', 'advantage', 'world-leading']);
  });

  it('the framework dumbbell computes growth from both reports (PaddlePaddle stars +28%)', () => {
    const growth =
      value('frameworks-github-2021', { framework: 'paddlepaddle', metric: 'stars' }) /
        value('frameworks-github-2020', { framework: 'paddlepaddle', metric: 'stars' }) -
      1;
    expect(Math.round(growth * 100)).toBe(28);
    expect(charts.get('framework-github-2020-2021')!.text(readChartData(charts.get('framework-github-2020-2021')!), 'en').title).toContain('28%');
  });
});
