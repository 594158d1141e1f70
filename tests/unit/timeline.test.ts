import { describe, expect, it } from 'vitest';
import { readAnchorList } from '../../src/data/anchor-list.ts';
import { EVENT_TYPES, readTimelineEvents } from '../../src/data/events.ts';

const anchors = readAnchorList();
const events = readTimelineEvents();

describe('the timeline’s events', () => {
  it('come from every report that dates events, oldest first', () => {
    expect(new Set(events.map((e) => e.source.id)).size).toBe(5);
    const dates = events.map((e) => e.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('each name a published anchor of their report’s article, so the timeline links to the section', () => {
    const unlinked = events.filter((e) => !e.anchor || !anchors[e.source.id]?.anchors.includes(e.anchor)).map((e) => `${e.id}: ${e.anchor}`);
    expect(unlinked).toEqual([]);
  });

  it('have a type from the list and a country: Chinese provinces and cities count as China', () => {
    for (const e of events) expect(EVENT_TYPES).toContain(e.type);
    const local = events.filter((e) => ['zhejiang', 'shanghai', 'suzhou'].includes(e.region));
    expect(local.length).toBeGreaterThan(0);
    for (const e of local) expect(e.country).toBe('chn');
    expect(events.find((e) => e.region === 'usa')?.country).toBe('usa');
  });
});
