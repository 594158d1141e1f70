import { readFileSync } from 'node:fs';
import { lostAnchors, readAnchorList } from '../../src/data/anchor-list.ts';
import { describe, expect, it } from 'vitest';
import { readAllDatasets } from '../../src/data/catalog.ts';
import { lookupValue } from '../../src/data/lookup.ts';
import type { DataRow } from '../../src/data/read-dataset.ts';
import { formatValue } from '../../src/format/number.ts';
import { readingMinutes } from '../../src/format/reading-time.ts';

const REPORT = 'strategic-push-for-ai';
const all = readAllDatasets();
const REPORT_DATASETS = [...all.values()].filter((d) => d.meta.report === REPORT).map((d) => d.meta.id);
const rows = (id: string): DataRow[] => all.get(id)!.rows;
const article = (lang: string) => readFileSync(`content/${REPORT}/${lang}.mdx`, 'utf8');
const ids = (text: string, prefix: string) => [...text.matchAll(new RegExp(`id="(${prefix}[a-z0-9-]+)"`, 'g'))].map((m) => m[1]);

describe('the strategic-push-for-ai data', () => {
  it('has four challenges and four directions, matched one to one', () => {
    const directions = rows('proposal-directions').map((d) => d.id);
    expect(directions).toHaveLength(4);
    expect(
      rows('proposal-challenges')
        .map((c) => c.direction_id)
        .sort(),
    ).toEqual([...directions].sort());
  });

  it('has three numbered measures under each direction, twelve in all, with unique ids', () => {
    const measures = rows('proposal-measures');
    expect(new Set(measures.map((m) => m.id)).size).toBe(12);
    for (const d of rows('proposal-directions')) {
      expect(measures.filter((m) => m.direction_id === d.id).map((m) => m.measure)).toEqual([1, 2, 3]);
    }
  });

  it('ties every target and every proposal sector mention to a real measure', () => {
    const measures = new Set(rows('proposal-measures').map((m) => m.id));
    for (const t of rows('proposal-targets')) expect(measures.has(String(t.measure_id)), String(t.id)).toBe(true);
    for (const s of rows('sector-mentions').filter((s) => s.stance === 'proposal')) expect(measures.has(String(s.measure_id)), String(s.sector)).toBe(true);
  });

  it('keeps the AI2000 figures consistent: 196 is 9.8% of 2,000 and the US multiple inverts the printed 1/6', () => {
    const t = (measure: string) => rows('ai2000-talent').find((r) => r.measure === measure)!;
    expect(((t('count').value as number) / 2000) * 100).toBeCloseTo(t('share').value as number, 5);
    expect(t('ratio-to-usa').printed).toBe('1/6');
    expect(t('usa-multiple').value).toBe(6);
    expect(t('rank').value).toBe(2);
  });

  it('keeps each derived figure in its own row, computed from the printed ones and marked as ours', () => {
    const t = (measure: string) => rows('ai2000-talent').find((r) => r.measure === measure)!;
    const usa = t('usa-implied-count');
    expect(usa.value).toBe((t('count').value as number) * (t('usa-multiple').value as number));
    expect(usa.qualifier).toEqual(['approx']);
    expect(usa.quote).toBe(t('ratio-to-usa').quote);
    expect(usa.note_en).toMatch(/our calculation/i);

    const gap = rows('data-gap-imagenet');
    const images = (side: string) => gap.find((r) => r.side === side && r.metric === 'images')!.value as number;
    const ratio = gap.find((r) => r.metric === 'ratio')!;
    expect(ratio.value).toBe(Number((images('internet') / images('industrial-inspection')).toPrecision(2)));
    expect(ratio.qualifier).toEqual(['approx']);
    expect(ratio.note_en).toMatch(/our calculation/i);
    expect(ratio.note_zh).toMatch(/本站计算/);
  });

  it('states no outside facts in its notes: no public-list figures, renamings or "as reported" claims', () => {
    const texts = REPORT_DATASETS.flatMap((id) => {
      const { meta, rows: rs } = all.get(id)!;
      return [
        meta.description.zh,
        meta.description.en,
        ...(meta.notes ?? []).flatMap((n) => [n.zh, n.en]),
        ...rs.flatMap((r) => [r.note_zh ?? '', r.note_en ?? '']),
      ];
    });
    for (const text of texts) {
      expect(text, text).not.toMatch(/公开报道|publicly reported|as reported|\bMeta\b|ILSVRC|1128|171人|222人/);
      // Column names and dataset ids are not reader language.
      expect(text, text).not.toMatch(/\b(title_zh|quote 列|unit 列|unit column|proposal-measures|proposal-targets|ai2000-talent|dependence-shares)\b/);
    }
  });

  it('repeats each headline figure exactly as its main row states it', () => {
    const headline = (m: string) => rows('strategic-push-headline-figures').find((r) => r.measure === m)!;
    const share = (id: string) => rows('dependence-shares').find((r) => r.id === id)!;
    for (const id of ['nvidia-high-end-chips', 'tensorflow-pytorch-frameworks']) {
      expect([headline(id).value, headline(id).quote, headline(id).qualifier]).toEqual([share(id).share, share(id).quote, share(id).qualifier]);
    }
    expect(headline('ai2000-count').value).toBe(rows('ai2000-talent').find((r) => r.measure === 'count')!.value);
    const ratio = rows('proposal-targets').find((r) => r.id === 'min-adoption-ratio')!;
    expect([headline('min-adoption-ratio').value, headline('min-adoption-ratio').qualifier]).toEqual([ratio.value, ratio.qualifier]);
  });

  it('records the 30% ratio as an example target, EFLOPS-class as at least 1 EFLOPS and the three-year deadlines as targets', () => {
    const targets = rows('proposal-targets');
    expect(targets.find((r) => r.id === 'min-adoption-ratio')!.qualifier).toEqual(['target', 'at-least']);
    expect(targets.find((r) => r.id === 'eflops-computing-centres')!.qualifier).toEqual(['target', 'at-least']);
    expect(targets.filter((r) => r.unit === 'years').map((r) => r.value)).toEqual([3, 3, 3]);
  });
});

describe('the strategic-push-for-ai explainer', () => {
  it.each(['zh', 'en'])('gives every measure and direction its own anchor in %s', (lang) => {
    const text = article(lang);
    expect(ids(text, 'measure-').sort()).toEqual(
      rows('proposal-measures')
        .map((m) => `measure-${m.id}`)
        .sort(),
    );
    expect(ids(text, 'direction-').sort()).toEqual(
      rows('proposal-directions')
        .map((d) => `direction-${d.id}`)
        .sort(),
    );
  });

  it.each(['zh', 'en'])('keeps the proposal outline readable without JavaScript in %s (every <details> open)', (lang) => {
    const details = article(lang).match(/<details[^>]*>/g) ?? [];
    expect(details).toHaveLength(4);
    for (const tag of details) expect(tag).toMatch(/\bopen\b/);
  });

  it.each(['zh', 'en'] as const)('keeps every published anchor of the report in %s', (lang) => {
    const present = new Set([...article(lang).matchAll(/\bid="([^"]+)"/g)].map((m) => m[1]));
    expect(lostAnchors(readAnchorList()[REPORT], present)).toEqual([]);
  });

  it.each(['zh', 'en'] as const)('reads in eight minutes or less in %s', (lang) => {
    expect(readingMinutes(article(lang), lang)).toBeLessThanOrEqual(8);
  });

  it('gives prose the bare figure and key-figure strips the report’s hedges', () => {
    const value = (measure: string, lang: 'zh' | 'en') => lookupValue('strategic-push-headline-figures', `measure=${measure}`, 'value', lang);
    expect(value('nvidia-high-end-chips', 'zh').text).toBe('90%');
    expect(value('nvidia-high-end-chips', 'zh').tagged).toBe('超过90%');
    expect(value('nvidia-high-end-chips', 'en').tagged).toBe('more than 90%');
    expect(value('ai2000-count', 'en').text).toBe('196 people');
    expect(value('min-adoption-ratio', 'en').text).toBe('30%');
    expect(value('min-adoption-ratio', 'en').tagged).toBe('at least 30% (target)');
  });

  it('separates an English count from its unit word', () => {
    expect(formatValue(196, 'people', 'en')).toBe('196 people');
    expect(formatValue(196, 'people', 'zh')).toBe('196人');
  });
});
