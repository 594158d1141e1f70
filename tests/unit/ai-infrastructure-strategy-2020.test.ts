import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAllDatasets, readDataset } from '../../src/data/catalog.ts';
import { readingMinutes } from '../../src/format/reading-time.ts';
import type { DataRow } from '../../src/data/read-dataset.ts';
import { charts } from '../../src/charts/registry.ts';
import { readChartData } from '../../src/data/chart-data.ts';
import { tierCounts } from '../../src/charts/lib/strategy-tiers-2020.ts';

const rows = (id: string): DataRow[] => readDataset(id).rows;
const figure = (measure: string) => {
  const hits = rows('key-figures-strategy-2020').filter((r) => r.measure === measure);
  expect(hits, measure).toHaveLength(1);
  return hits[0];
};
const article = (lang: string) => readFileSync(`content/ai-infrastructure-strategy-2020/${lang}.mdx`, 'utf8');

describe('the rebuilt lists of the CIC 2020 strategy report', () => {
  it('the appendix table has 19 documents, all dated 2017–2020', () => {
    const docs = rows('strategy-timeline-2020');
    expect(docs).toHaveLength(19);
    for (const d of docs) expect(String(d.date)).toMatch(/^20(17|18|19|20)-\d\d$/);
  });

  it('lists 12 tiered countries besides China, matching the 12 the text says it studied', () => {
    const tiered = rows('strategy-tiers-2020').filter((t) => t.region !== 'chn');
    expect(tiered).toHaveLength(Number(figure('countries-studied').value));
    expect(new Set(rows('strategy-tiers-2020').map((t) => t.tier))).toEqual(new Set([1, 2]));
  });

  it('keeps the two mismatches between text and appendix: Korea without a document, Sweden without a tier', () => {
    const inAppendix = new Set(rows('strategy-timeline-2020').map((d) => d.region));
    expect(inAppendix.has('kor')).toBe(false);
    expect(rows('strategy-tiers-2020').find((t) => t.region === 'kor')?.in_appendix).toBe('no');
    expect(rows('strategy-timeline-2020').find((d) => d.region === 'swe')?.tier).toBeNull();
  });

  it('gives every appendix row the tier of its country in the text', () => {
    const tierOf = new Map(rows('strategy-tiers-2020').map((t) => [t.region, t.tier]));
    for (const d of rows('strategy-timeline-2020').filter((d) => d.region !== 'swe')) expect(d.tier, String(d.region)).toBe(tierOf.get(d.region));
  });

  it('counts 12 first-tier documents and one for each of the 6 second-tier countries, as the timeline title says', () => {
    const c = tierCounts(rows('strategy-timeline-2020'), rows('strategy-tiers-2020'));
    expect(c).toMatchObject({ docs: 19, t1: 12, t2: 6, c1: 6, c2: 6, each: 1, first: '2017-03', last: '2020-10' });
  });

  it('has the definition’s 4 core, 2 foundation and 3 environment components', () => {
    const layers = rows('ai-infra-layers-2020');
    const count = (layer: string) => layers.filter((l) => l.layer === layer).length;
    expect([count('core'), count('base'), count('environment')]).toEqual([4, 2, 3]);
  });

  it('has 2 groups of 8 attributes plus 2 key features, as the text states', () => {
    const f = rows('ai-infra-features-2020');
    expect(f.filter((r) => r.group !== 'key-feature')).toHaveLength(Number(figure('ai-infra-attribute-items').value));
    expect(new Set(f.filter((r) => r.group !== 'key-feature').map((r) => r.group)).size).toBe(Number(figure('ai-infra-attribute-groups').value));
    expect(f.filter((r) => r.group === 'key-feature')).toHaveLength(Number(figure('ai-infra-key-features').value));
  });

  it('fills the open-data grid: 4 publishers × 6 criteria, one cell each', () => {
    const grid = rows('open-data-publishers-2020');
    expect(grid).toHaveLength(24);
    expect(new Set(grid.map((r) => `${r.publisher}/${r.criterion}`)).size).toBe(24);
    for (const r of grid) expect(['strength', 'weakness', 'neutral', 'not-stated']).toContain(r.tone);
  });

  it('has 4 chip eras, the last two sharing 2015 as printed, and 3 tiers of chip makers', () => {
    const eras = rows('ai-chip-eras-2020');
    expect(eras).toHaveLength(Number(figure('chip-eras').value));
    expect([eras[2].end, eras[3].start]).toEqual(['2015', '2015']);
    expect(new Set(rows('ai-chip-maker-tiers-2020').map((r) => r.tier)).size).toBe(Number(figure('chip-maker-tiers').value));
    expect(rows('ai-chip-maker-tiers-2020').some((r) => r.company === 'huawei')).toBe(false);
  });

  it('has one role for each of 4 builder types in China and in the US', () => {
    const roles = rows('open-platform-roles-2020');
    expect(roles).toHaveLength(2 * Number(figure('open-platform-builder-types').value));
    expect(new Set(roles.map((r) => r.builder))).toEqual(new Set(rows('open-platform-builder-types-2020').map((r) => r.builder)));
  });

  it('gives every recommendation and problem a unique anchor id that the articles use', () => {
    const ids = [...rows('ai-infra-recommendations-2020').map((r) => String(r.measure)), ...rows('ai-infra-problems-2020').map((r) => String(r.problem))];
    expect(new Set(ids).size).toBe(ids.length);
    for (const lang of ['zh', 'en']) for (const id of ids) expect(article(lang), `${lang} ${id}`).toContain(`id="${id}"`);
  });

  it('keeps the 2025 investment as a forecast above 750 billion yuan', () => {
    expect(figure('base-layer-investment-2025')).toMatchObject({ value: 7.5e11, unit: 'CNY', qualifier: ['forecast', 'more-than'] });
  });
});

describe('the CIC 2020 explainer', () => {
  const ours = [...charts.values()].filter((s) => readDataset(s.datasets[0]).meta.report === 'ai-infrastructure-strategy-2020');

  it('has the charts the issue asks for, each in both articles', () => {
    const ids = ours.map((s) => s.id);
    for (const id of [
      'ai-strategy-documents-timeline-2020',
      'ai-infrastructure-layers-2020',
      'open-data-publishers-grid-2020',
      'ai-chip-eras-2020',
      'ai-chip-maker-tiers-2020',
      'best-datasets-university-share-2020',
      'open-platform-builders-cn-us-2020',
    ]) {
      expect(ids).toContain(id);
      for (const lang of ['zh', 'en']) expect(article(lang)).toContain(`<Chart id="${id}" />`);
    }
  });

  it('states in each chart title a number or name that is in the data', () => {
    for (const spec of ours) {
      const data = readChartData(spec);
      for (const lang of ['zh', 'en'] as const) expect(spec.text(data, lang).title).not.toMatch(/NaN|undefined|\{\w+\}/);
    }
  });

  it('opens with the key figures it promises and discusses the cross-report disagreements', () => {
    for (const lang of ['zh', 'en']) {
      const text = article(lang);
      expect(text).toContain(
        'items="countries-studied,local-gov-open-data-platforms,most-open-innovation-platforms,cuda-developers,base-layer-investment-2025"',
      );
      expect(text).toContain('where="platform=baidu-brain,what=open-capabilities"');
      expect(text).toContain('where="subject=baidu-brain,measure=open-capabilities"');
      expect(text).toContain('where="level=total,measure=platforms"');
    }
  });
});

describe('the CIC 2020 explainer, for its readers', () => {
  const ours = [...readAllDatasets().values()].filter((d) => d.meta.report === 'ai-infrastructure-strategy-2020');
  const datasetIds = ours.map((d) => d.meta.id);
  const specs = [...charts.values()].filter((s) => datasetIds.includes(s.datasets[0]));
  /** Han next to a Latin letter with no space between: docs/writing.md wants 华为 Ascend, AI 芯片. */
  const unspaced = /[\u4e00-\u9fff][A-Za-z]|[A-Za-z][\u4e00-\u9fff]/;

  it('reads in ten minutes or less in each language', () => {
    for (const lang of ['zh', 'en'] as const) expect(readingMinutes(article(lang), lang), lang).toBeLessThanOrEqual(10);
  });

  it('keeps dataset ids and column codes out of what readers see: chart notes, dataset notes and descriptions', () => {
    const texts = [
      ...specs.flatMap((s) => (s.notes ?? []).flatMap((n) => [n.zh, n.en])),
      ...ours.flatMap((d) => [d.meta.description.zh, d.meta.description.en, ...(d.meta.notes ?? []).flatMap((n) => [n.zh, n.en])]),
    ];
    for (const text of texts) {
      for (const id of datasetIds) expect(text, id).not.toContain(id);
      expect(text).not.toMatch(/\b[a-z]+_(zh|en|level|demand|appendix|id)\b/);
    }
  });

  it('types no number into the chart notes: their caveats are words, the figures stay in the data', () => {
    for (const s of specs) for (const n of s.notes ?? []) for (const text of [n.zh, n.en]) expect(text, s.id).not.toMatch(/\d\s*(%|个|万|亿|percent)/);
  });

  it('spaces Chinese from Latin words in every Chinese label, note and description', () => {
    for (const d of ours) {
      for (const row of d.rows)
        for (const [col, value] of Object.entries(row))
          if (col.endsWith('_zh') && typeof value === 'string') expect(value, `${d.meta.id} ${col}`).not.toMatch(unspaced);
      for (const text of [d.meta.title.zh, d.meta.description.zh, ...(d.meta.notes ?? []).map((n) => n.zh)]) expect(text, d.meta.id).not.toMatch(unspaced);
    }
    const prose = article('zh')
      .replace(/^---[\s\S]*?---/, '')
      .replace(/<[^>]+>/g, '\u0000');
    expect(prose).not.toMatch(unspaced);
  });

  it('gives a plainly stated year no hedge, so it does not read as a target or an estimate', () => {
    for (const r of rows('key-figures-strategy-2020').filter((r) => r.unit === 'year')) expect(r.qualifier ?? [], String(r.measure)).toEqual([]);
  });
});
