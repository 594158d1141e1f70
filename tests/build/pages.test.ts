import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { readAllDatasets } from '../../src/data/catalog.ts';
import { BUILDS, loadPage, requireBuild } from '../support/dist.ts';

const { dir } = BUILDS[0];
requireBuild(dir);

describe('built pages', () => {
  it('print every chart of an article as inline SVG with its title', () => {
    for (const lang of ['zh', 'en']) {
      const $ = loadPage(join(dir, lang, 'reports/ai-infrastructure-2021/index.html'));
      const figure = $('figure#compute-structure');
      expect(figure.length).toBe(1);
      expect(figure.find('svg[role="img"]').length).toBe(2);
      expect(figure.find('svg title').first().text()).toMatch(lang === 'zh' ? /智能算力/ : /AI computing/);
    }
  });

  it('put the data behind each chart in an accessible table with every quote', () => {
    const $ = loadPage(join(dir, 'en/charts/compute-structure/index.html'));
    const rows = readAllDatasets().get('compute-structure')!.rows;
    expect($('figure table tbody tr').length).toBe(rows.length);
    for (const row of rows) expect($('figure table').text()).toContain(row.quote);
    expect($('figure table th[scope="col"]').length).toBeGreaterThan(2);
  });

  it('give every chart a page and an embed without site furniture', () => {
    for (const id of charts.keys()) {
      for (const lang of ['zh', 'en']) {
        const embed = loadPage(join(dir, lang, 'embed', id, 'index.html'));
        expect(embed('figure.chart svg').length, id).toBeGreaterThan(0);
        expect(embed('header, nav, form[role="search"], footer').length, `${id} embed has site furniture`).toBe(0);
        expect(loadPage(join(dir, lang, 'charts', id, 'index.html'))(`figure#${id}`).length).toBe(1);
      }
    }
  });

  it('serve each dataset as CSV and JSON that match the data', () => {
    for (const [id, { rows }] of readAllDatasets()) {
      const json = JSON.parse(readFileSync(join(dir, 'data', `${id}.json`), 'utf8'));
      expect(json.rows).toHaveLength(rows.length);
      expect(json.source.title.zh).toBeTruthy();
      const csv = readFileSync(join(dir, 'data', `${id}.csv`), 'utf8');
      expect(csv.split('\n')[0]).toContain('quote');
    }
  });

  it('fill prose figures from the data, not from typed numbers', () => {
    const $ = loadPage(join(dir, 'zh/reports/ai-infrastructure-2021/index.html'));
    const values = $('data.figure')
      .map((_, el) => $(el).text())
      .get();
    expect(values).toContain('135 EFLOPS');
    // The number and unit only: the sentence carries the report's hedge in words (issue 19).
    expect(values).toContain('31%');
    expect(values.filter((v) => /约|超过|预计|目标|（/.test(v))).toEqual([]);
  });
});
