import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { readSections } from '../../src/data/sections.ts';
import { readSources } from '../../src/data/sources.ts';

const reports = readdirSync('content').filter((dir) => existsSync(join('content', dir, 'zh.mdx')) || existsSync(join('content', dir, 'en.mdx')));
const body = (report: string, lang: string) => readFileSync(join('content', report, `${lang}.mdx`), 'utf8');
const chartIds = (text: string) => [...text.matchAll(/<Chart\s+id="([^"]+)"/g)].map((m) => m[1]);

describe.each(reports)('the %s explainer', (report) => {
  it('exists in both languages and names a known report', () => {
    expect(existsSync(join('content', report, 'zh.mdx'))).toBe(true);
    expect(existsSync(join('content', report, 'en.mdx'))).toBe(true);
    expect(Object.keys(readSources())).toContain(report);
  });

  it('has the same section ids, in the same order, in Chinese and English', () => {
    const ids = (lang: string) => readSections(body(report, lang), `content/${report}/${lang}.mdx`).map((s) => `${s.depth}:${s.id}`);
    expect(ids('en')).toEqual(ids('zh'));
    expect(ids('zh').length).toBeGreaterThan(0);
  });

  it('shows the same charts in both languages, each one that exists', () => {
    expect(chartIds(body(report, 'en'))).toEqual(chartIds(body(report, 'zh')));
    for (const id of chartIds(body(report, 'zh'))) expect(charts.has(id), id).toBe(true);
  });

  it('does not reuse a chart id as a section id (both are anchors on one page)', () => {
    const sections = new Set(readSections(body(report, 'zh'), report).map((s) => s.id));
    for (const id of chartIds(body(report, 'zh'))) expect(sections.has(id), id).toBe(false);
  });
});

describe('charts', () => {
  it('each appear in an article', () => {
    const used = new Set(reports.flatMap((r) => chartIds(body(r, 'zh'))));
    expect([...charts.keys()].filter((id) => !used.has(id))).toEqual([]);
  });
});
