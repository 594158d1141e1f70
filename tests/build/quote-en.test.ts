import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { readAllDatasets } from '../../src/data/catalog.ts';
import { BUILDS, loadPage, requireBuild } from '../support/dist.ts';
import { unmarkedChinese } from '../support/unmarked-chinese.ts';

// Issue 19 §3: English readers get our translation of every quote, told that it is ours, with
// the Chinese one tap away and marked as Chinese; Chinese readers get the report's words only.
const { dir } = BUILDS[0];
requireBuild(dir);
const dataset = (id: string) => readAllDatasets().get(id)!;
const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('quotes in English', () => {
  it('the table under a chart shows quote_en on English pages, the Chinese inside a zh-CN disclosure', () => {
    const $ = loadPage(join(dir, 'en/charts/compute-structure/index.html'));
    const { rows } = dataset('compute-structure');
    const cells = $('figure table tbody td.quote');
    expect(cells.length).toBe(rows.length);
    cells.each((i, cell) => {
      expect(squash($(cell).find('.quote-translation').text())).toBe(`“${squash(rows[i].quote_en)}”`);
      const original = $(cell).find('details summary + [lang="zh-CN"]');
      expect(squash(original.text())).toBe(`“${squash(rows[i].quote)}”`);
    });
    expect($('figure table thead th').last().text()).toMatch(/our translation/);
    expect($('figure .translation-statement').text()).toMatch(/our translation/);
  });

  it('Chinese pages show the report’s words and no English rendering', () => {
    const $ = loadPage(join(dir, 'zh/charts/compute-structure/index.html'));
    const { rows } = dataset('compute-structure');
    const table = $('figure table').text();
    for (const row of rows) {
      expect(table).toContain(row.quote);
      expect(table).not.toContain(row.quote_en);
    }
    expect($('figure details.quote-original, figure .translation-statement').length).toBe(0);
  });

  it('dataset pages show translation notes and mark every Chinese run on the English page', () => {
    const $ = loadPage(join(dir, 'en/data/city-ai-financing/index.html'));
    const { rows } = dataset('city-ai-financing');
    expect(rows.some((r) => r.translation_note)).toBe(true);
    for (const row of rows.filter((r) => r.translation_note))
      expect(squash($('td .translation-note').text())).toContain(squash(row.translation_note!).slice(0, 30));
    expect(unmarkedChinese($, $('main')[0])).toEqual([]);
  });

  it('the CSV download carries quote_en and translation_note for every row', () => {
    for (const [id, { rows }] of readAllDatasets()) {
      const csv = csvParse(readFileSync(join(dir, 'data', `${id}.csv`), 'utf8').replace(/^\uFEFF/, ''));
      expect(csv.columns.indexOf('quote_en'), id).toBe(csv.columns.indexOf('quote') + 1);
      csv.forEach((record, i) => {
        expect(record.quote_en).toBe(rows[i].quote_en);
        expect(record.translation_note).toBe(rows[i].translation_note ?? '');
      });
    }
  });
});
