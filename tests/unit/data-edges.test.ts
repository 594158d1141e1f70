import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeAnchorList } from '../../src/data/anchor-list.ts';
import { readDataset } from '../../src/data/catalog.ts';
import { countriesOf, readTimelineEvents } from '../../src/data/events.ts';
import { chartTopics } from '../../src/data/topics.ts';
import { charts } from '../../src/charts/registry.ts';

// topics.ts also reads the articles through astro:content, which only a build provides.
vi.mock('../../src/data/articles.ts', () => ({ readArticles: async () => [] }));

describe('writeAnchorList (what `npm run anchors:update` writes)', () => {
  it('sorts reports and anchors and lists each anchor once, keeping aliases', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'anchors-')), 'anchors.json');
    writeAnchorList({ zeta: { anchors: ['b', 'a', 'b'], aliases: { old: 'a' } }, alpha: { anchors: ['y', 'x'], aliases: {} } }, file);
    const written = JSON.parse(readFileSync(file, 'utf8'));
    expect(Object.keys(written)).toEqual(['alpha', 'zeta']);
    expect(written.zeta).toEqual({ anchors: ['a', 'b'], aliases: { old: 'a' } });
    expect(written.alpha.anchors).toEqual(['x', 'y']);
  });
});

describe('timeline events', () => {
  const events = readTimelineEvents();

  it('take the row’s own anchor over the dataset’s', () => {
    const meta = readDataset('events-cities-2023').meta;
    const own = events.filter((e) => e.dataset === 'events-cities-2023' && e.row.anchor && e.row.anchor !== meta.anchor);
    expect(own.length).toBeGreaterThan(0);
    for (const e of own) expect(e.anchor).toBe(e.row.anchor);
    const plain = events.filter((e) => e.dataset === 'events-cities-2023' && !e.row.anchor);
    for (const e of plain) expect(e.anchor).toBe(meta.anchor);
  });

  it('list China first in the country filter, then the others by name', () => {
    for (const lang of ['zh', 'en'] as const) {
      const countries = countriesOf(events, lang, lang === 'zh' ? '中国' : 'China');
      expect(countries[0]).toEqual(['chn', lang === 'zh' ? '中国' : 'China']);
      const rest = countries.slice(1).map(([, name]) => name);
      expect(rest).toEqual([...rest].sort((a, b) => a.localeCompare(b, lang)));
      expect(rest.length).toBeGreaterThan(2);
    }
  });
});

describe('chart topics', () => {
  it('come from the spec when it names its own, not from its dataset’s tags', () => {
    const own = [...charts].filter(([, spec]) => spec.topics);
    expect(own.length).toBeGreaterThan(0);
    for (const [id, spec] of own) {
      expect(chartTopics(id)).toEqual(spec.topics);
      expect(chartTopics(id)).not.toEqual(readDataset(spec.datasets[0]).meta.tags);
    }
  });

  it('fall back to the main dataset’s tags', () => {
    const [id, spec] = [...charts].find(([, s]) => !s.topics)!;
    expect(chartTopics(id)).toEqual(readDataset(spec.datasets[0]).meta.tags);
  });
});
