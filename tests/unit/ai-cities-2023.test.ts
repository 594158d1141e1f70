import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readAllDatasets } from '../../src/data/catalog.ts';
import type { DataRow } from '../../src/data/read-dataset.ts';
import { readingMinutes } from '../../src/format/reading-time.ts';
import financingChart from '../../src/charts/city-ai-financing-flagged.ts';

const REPORT = 'ai-cities-2023';
const all = readAllDatasets();
const rows = (id: string): DataRow[] => all.get(id)!.rows;
const article = (lang: string) => readFileSync(`content/${REPORT}/${lang}.mdx`, 'utf8');
const ids = (text: string, prefix: string) => [...text.matchAll(new RegExp(`id="(${prefix}[a-z0-9-]+)"`, 'g'))].map((m) => m[1]);
const byCity = (id: string, col: string) => Object.fromEntries(rows(id).map((r) => [r.city, r[col]]));

describe('the ai-cities-2023 data', () => {
  it('has the three index scores the feature prints, all above its 60-point line', () => {
    expect(byCity('city-ai-index-2021', 'score')).toEqual({ beijing: 88.72, shenzhen: 77.63, shanghai: 68.59 });
    const threshold = rows('ai-cities-key-figures').find((r) => r.measure === 'city-ai-index-threshold')!.value as number;
    for (const r of rows('city-ai-index-2021')) expect(r.score as number).toBeGreaterThan(threshold);
  });

  it('stores the financing totals as printed, flagged, with the ratios the chart note states', () => {
    const f = byCity('city-ai-financing', 'amount') as Record<string, number>;
    expect(f).toEqual({ beijing: 6.716182e12, shanghai: 4.355743e12, shenzhen: 2.706635e12 });
    expect(rows('city-ai-financing').every((r) => r.flag === 'unit-doubtful')).toBe(true);
    expect(f.beijing / f.shanghai).toBeCloseTo(1.54, 2);
    expect(f.beijing / f.shenzhen).toBeCloseTo(2.48, 2);
  });

  it('keeps the CIC forecast the financing chart compares against, and Beijing alone is about nine times it', () => {
    const cic = rows('key-figures-strategy-2020').find((r) => r.measure === 'base-layer-investment-2025')!;
    expect(cic.value).toBe(7.5e11);
    expect(Math.round((byCity('city-ai-financing', 'amount').beijing as number) / (cic.value as number))).toBe(9);
  });

  it('keeps the "nearly" hedges on the Beijing and Hangzhou company counts', () => {
    const c = Object.fromEntries(rows('city-ai-companies-2020').map((r) => [r.city, [r.companies, r.qualifier]]));
    expect(c).toEqual({ beijing: [1500, ['nearly']], shenzhen: [1318, []], shanghai: [1298, []], hangzhou: [700, ['nearly']] });
  });

  it('has twelve named cities, exactly three of them first tier, each on a tile-map province', () => {
    const cities = new Map(rows('city-strengths').map((r) => [r.city, r.tier]));
    expect(cities.size).toBe(12);
    expect(
      [...cities]
        .filter(([, t]) => t === 'first-tier')
        .map(([c]) => c)
        .sort(),
    ).toEqual(['beijing', 'shanghai', 'shenzhen']);
  });

  it('gives Guangzhou Unicom three cloud platforms and the data-centre figures the chart subtitle uses', () => {
    const g = Object.fromEntries(rows('guangzhou-unicom').map((r) => [r.measure, r.value]));
    expect([g['cloud-cores-government'], g['cloud-cores-medical'], g['cloud-cores-enterprise']]).toEqual([200000, 100000, 100000]);
    expect([g['data-centres'], g.racks]).toEqual([16, 23000]);
  });

  it('repeats each headline figure exactly as its main row states it', () => {
    const h = (m: string) => rows('ai-cities-headline-figures').find((r) => r.measure === m)!;
    const same = (a: DataRow, b: DataRow, ca: string, cb: string) => expect([a[ca], a.quote, a.qualifier]).toEqual([b[cb], b.quote, b.qualifier]);
    same(
      h('beijing-index-score'),
      rows('city-ai-index-2021').find((r) => r.city === 'beijing')!,
      'value',
      'score',
    );
    same(
      h('beijing-ai-companies'),
      rows('city-ai-companies-2020').find((r) => r.city === 'beijing')!,
      'value',
      'companies',
    );
    same(
      h('guangzhou-unicom-racks'),
      rows('guangzhou-unicom').find((r) => r.measure === 'racks')!,
      'value',
      'value',
    );
    same(
      h('pengcheng-outside-share'),
      rows('ai-cities-key-figures').find((r) => r.measure === 'outside-machine-time-share')!,
      'value',
      'value',
    );
    same(
      h('public-computing-platforms'),
      rows('ai-cities-key-figures').find((r) => r.measure === 'public-computing-platforms' && r.subject === 'chn')!,
      'value',
      'value',
    );
  });

  it('puts each city’s signature item among the first three the tile map’s phone tooltip shows', () => {
    // Kinds the tile map skips in its tooltip (src/charts/ai-cities-tile-map.ts); a phone shows three items.
    const skip = new Set(['tier', 'policy-documents', 'smart-city-ranking', 'industry-domain', 'research-direction', 'strength-field']);
    const firstThree = (city: string) =>
      rows('city-strengths')
        .filter((r) => r.city === city && !skip.has(String(r.kind)))
        .sort((a, b) => (a.order as number) - (b.order as number))
        .slice(0, 3)
        .map((r) => r.entity);
    expect(firstThree('shenzhen')).toContain('pengcheng-cloud-brain');
    expect(firstThree('guangzhou')).toContain('nscc-guangzhou');
    expect(firstThree('hangzhou')).toContain('zhejiang-lab');
  });

  it('never gives an expert a gender the text does not state', () => {
    const english = [
      ...rows('experts-2023').map((r) => String(r.note_en)),
      ...rows('expert-statements-2023').map((r) => `${r.summary_en} ${r.note_en}`),
      article('en'),
    ].join('\n');
    expect(english.match(/\b(he|him|his|she|her|hers)\b/gi) ?? []).toEqual([]);
  });

  it('ties every expert statement to one of the six experts', () => {
    const experts = new Set(rows('experts-2023').map((e) => e.expert));
    expect(experts.size).toBe(6);
    for (const s of rows('expert-statements-2023')) expect(experts.has(s.expert), String(s.summary_en)).toBe(true);
    expect(rows('expert-statements-2023')).toHaveLength(48);
  });
});

describe('the ai-cities-2023 explainer', () => {
  it.each(['zh', 'en'])('gives every expert a linkable entry in %s', (lang) => {
    expect(ids(article(lang), 'expert-').sort()).toEqual(
      rows('experts-2023')
        .map((e) => `expert-${e.expert}`)
        .sort(),
    );
  });

  it.each(['zh', 'en'])('lists every quoted Shanghai measure and Suzhou platform part with its own anchor in %s', (lang) => {
    const text = article(lang);
    expect(ids(text, 'measure-').sort()).toEqual(
      rows('shanghai-private-investment-measures-2023')
        .map((m) => `measure-${m.measure}`)
        .sort(),
    );
    expect(ids(text, 'suzhou-platform-')).toHaveLength(rows('sjtu-suzhou-ai-platform').length);
  });

  it.each(['zh', 'en'])('shows the key figures strip and flags the financing figures in %s', (lang) => {
    const text = article(lang);
    expect(text).toContain(
      '<KeyFigures of="ai-cities-headline-figures" items="beijing-index-score,beijing-ai-companies,public-computing-platforms,pengcheng-outside-share,guangzhou-unicom-racks" />',
    );
    expect(text).toContain('<Chart id="city-ai-financing-flagged" />');
    expect(text).toContain('where="measure=base-layer-investment-2025"');
  });

  it.each(['zh', 'en'] as const)('reads in nine minutes or less in %s', (lang) => {
    expect(readingMinutes(article(lang), lang)).toBeLessThanOrEqual(9);
  });

  it('explains the doubtful unit in the financing chart’s own notes, the only notes shown under it in the article', () => {
    const notes = financingChart.notes ?? [];
    expect(notes.some((n) => n.zh.includes('百万元') && n.zh.includes('亿元'))).toBe(true);
    expect(notes.some((n) => n.en.includes('million yuan') && n.en.includes('亿元'))).toBe(true);
  });
});
