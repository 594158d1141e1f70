import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readDataset } from '../../src/data/catalog.ts';
import type { DataRow } from '../../src/data/read-dataset.ts';
import { charts } from '../../src/charts/registry.ts';
import { readChartData } from '../../src/data/chart-data.ts';
import { readingMinutes } from '../../src/format/reading-time.ts';

const rows = (id: string): DataRow[] => readDataset(id).rows;
const value = (id: string, where: Record<string, string>, col = 'value') => {
  const hits = rows(id).filter((r) => Object.entries(where).every(([k, v]) => String(r[k]) === v));
  expect(hits, `${id} ${JSON.stringify(where)}`).toHaveLength(1);
  return hits[0][col] as number;
};
const article = (lang: string) => readFileSync(`content/ai-infrastructure-2021/${lang}.mdx`, 'utf8');

describe('the rebuilt tables of the 2021 AI infrastructure report', () => {
  it('table 1 has nine documents for eight pilot zones, Guangzhou with two', () => {
    const zones = rows('pilot-zones');
    expect(zones).toHaveLength(9);
    expect(new Set(zones.map((z) => z.zone)).size).toBe(value('local-ai-infra-key-figures', { measure: 'pilot-zones' }));
    expect(zones.filter((z) => z.zone === 'guangzhou')).toHaveLength(2);
  });

  it('table 3 lists 23 provinces, matching the 19 provincial and 4 municipal platforms of the text', () => {
    const launch = rows('gov-open-data-province-launch');
    const platforms = (level: string) => value('gov-open-data-platforms', { level, measure: 'platforms' });
    expect(launch).toHaveLength(platforms('provincial') + platforms('municipality'));
    expect(value('gov-open-data-provinces-by-year', { year: '2021' }, 'provinces')).toBe(launch.length);
    expect(launch.filter((r) => r.first_year === '2015').map((r) => r.province)).toEqual(['zhejiang']);
  });

  it('adds the platform levels up to the total the report states, old and new', () => {
    const p = (level: string, measure = 'platforms') => value('gov-open-data-platforms', { level, measure });
    expect(p('provincial') + p('municipality') + p('city')).toBe(p('total'));
    expect(p('provincial', 'new-since-2020h2') + p('city', 'new-since-2020h2')).toBe(p('total', 'new-since-2020h2'));
  });

  it('table 4 has three measures for each of seven frameworks, two of them American', () => {
    const fw = rows('frameworks-github-2021');
    expect(fw).toHaveLength(21);
    expect(new Set(fw.filter((r) => r.origin === 'foreign').map((r) => r.framework))).toEqual(new Set(['tensorflow', 'pytorch']));
  });

  it('table 5 has eight models plus PanGu CV from the text, all dated 2020–2021', () => {
    const models = rows('large-models-2021');
    expect(models.filter((m) => m.in_table5 === 'yes')).toHaveLength(8);
    for (const m of models) expect(String(m.release)).toMatch(/^202[01]-\d\d$/);
  });

  it('counts 7 built and 10 planned computing centres, naming 7 and 5 cities', () => {
    const centres = rows('computing-centres');
    for (const status of ['built', 'planned-or-under-construction']) {
      expect(centres.filter((c) => c.status === status)).toHaveLength(value('computing-centre-counts', { status }, 'cities_named'));
    }
    expect(value('computing-centre-counts', { status: 'built' }, 'centres')).toBe(7);
    expect(value('computing-centre-counts', { status: 'planned-or-under-construction' }, 'centres')).toBe(10);
  });

  it('has the 76% overhead cut the report states, within rounding, from PUE 1.14 against 1.59', () => {
    const pue = (subject: string) => value('case-study-figures', { subject, measure: 'pue' });
    const cut = ((pue('industry-average') - 1 - (pue('baidu-data-centres') - 1)) / (pue('industry-average') - 1)) * 100;
    expect(Math.round(cut)).toBe(value('case-study-figures', { measure: 'infrastructure-energy-reduction' }));
  });

  it('labels every figure we derived, not the report, as our calculation', () => {
    expect(rows('ai-chips-2021').find((c) => c.chip === 'mlu270')?.note_en).toMatch(/our calculation \(256 ÷ 2\)/);
    for (const r of rows('gov-open-data-provinces-by-year')) expect(r.note_en, String(r.year)).toMatch(/^Our calculation/);
    expect(readDataset('gov-open-data-provinces-by-year').meta.description.en).toMatch(/We counted these/);
  });

  it('dates a running count by when it was counted, not by the year it counts from', () => {
    const versions = rows('case-study-figures').find((r) => r.measure === 'versions');
    expect(versions?.value).toBe(11);
    expect(versions?.date).toBeNull();
  });

  it('keeps the Iluvatar BI at FP16 apart from the INT8 chips', () => {
    const chips = rows('ai-chips-2021');
    expect(chips.filter((c) => c.precision === 'INT8').every((c) => c.unit === 'TOPS')).toBe(true);
    expect(chips.find((c) => c.chip === 'iluvatar-bi')).toMatchObject({ precision: 'FP16', unit: 'TFLOPS' });
  });
});

describe('the charts of the 2021 AI infrastructure explainer', () => {
  const ours = [...charts.values()].filter((s) => readDataset(s.datasets[0]).meta.report === 'ai-infrastructure-2021');

  it('include the minimum set the issue asks for', () => {
    const ids = ours.map((s) => s.id);
    for (const id of [
      'compute-structure',
      'ai-chips-int8-tops',
      'ai-server-vendors-2020h1',
      'large-models-parameters-2021',
      'frameworks-github-2021',
      'dataset-search-languages',
      'gov-open-data-platforms-2021',
      'gov-open-data-province-map',
      'city-open-data-2021',
      'pilot-zones-timeline',
      'baidu-data-centre-pue',
    ]) {
      expect(ids).toContain(id);
    }
  });

  it('each appear in both languages and sit under a section the article has', () => {
    for (const lang of ['zh', 'en']) {
      const text = article(lang);
      for (const spec of ours) {
        expect(text, `${spec.id} in ${lang}`).toContain(`<Chart id="${spec.id}" />`);
        expect(text, `${spec.anchor} in ${lang}`).toMatch(new RegExp(`<H[23] id="${spec.anchor}">`));
      }
    }
  });

  it('state their finding with a number from the data in both languages', () => {
    for (const spec of ours) {
      const data = readChartData(spec);
      for (const lang of ['zh', 'en'] as const) expect(spec.text(data, lang).title, spec.id).toMatch(/\d/);
    }
  });
});

describe('the article', () => {
  it('reads in twelve minutes or less in each language, charts included', () => {
    for (const lang of ['zh', 'en'] as const) expect(readingMinutes(article(lang), lang), lang).toBeLessThanOrEqual(12);
  });

  it('opens with the key-figures strip in both languages', () => {
    for (const lang of ['zh', 'en']) expect(article(lang)).toContain('<KeyFigures of="ai-infra-2021-key-figures"');
  });

  it('covers every top-level section of the report, then sources and caveats', () => {
    const ids = [...article('zh').matchAll(/<H2 id="([^"]+)">/g)].map((m) => m[1]);
    expect(ids).toEqual([
      'global-landscape',
      'local-policies',
      'open-data',
      'computing-power',
      'open-platforms',
      'case-studies',
      'outlook',
      'sources-and-caveats',
    ]);
  });

  it('gives each outlook trend and table 6 product a linkable id from the data', () => {
    for (const lang of ['zh', 'en']) {
      for (const t of rows('outlook-trends')) expect(article(lang)).toContain(`id="trend-${t.trend}"`);
      expect(article(lang).match(/<tr id="robot-/g)).toHaveLength(rows('apollo-partner-robots').length);
    }
  });
});
