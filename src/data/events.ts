import type { Lang } from '../format/number.ts';
import { readAllDatasets } from './catalog.ts';
import type { DataRow } from './read-dataset.ts';
import { readSource, type Source } from './sources.ts';

/** The event types data/README.md lists for events-* datasets, in the order the timeline offers them. */
export const EVENT_TYPES = [
  'strategy',
  'policy',
  'pilot-zone',
  'data-platform-launch',
  'dataset-release',
  'platform-launch',
  'model-release',
  'chip-launch',
  'organisation',
  'other',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export interface TimelineEvent {
  /** Stable within a build: dataset and row number. */
  id: string;
  date: string;
  type: EventType;
  /** Region code as the row gives it: a country, `eu`, or a Chinese province or city. */
  region: string;
  /** The country the event belongs to: Chinese provinces and cities count as China. */
  country: string;
  row: DataRow;
  source: Source;
  dataset: string;
  /** The article section that mentions it: the row's own `anchor`, else the dataset's. */
  anchor: string | undefined;
}

// Countries are ISO 3166 alpha-3 codes (plus eu and world); every other region code in the
// events data is a Chinese province or city (data/README.md, "Shared conventions").
const isCountry = (region: string) => /^[a-z]{3}$/.test(region) || region === 'eu' || region === 'world';

function eventOf(dataset: string, row: DataRow, index: number, anchor: string | undefined, source: Source): TimelineEvent {
  const region = String(row.region);
  const type = String(row.type) as EventType;
  if (!EVENT_TYPES.includes(type)) throw new Error(`data: ${dataset} row ${index + 2}: unknown event type "${type}"`);
  return {
    id: `${dataset}-${index + 1}`,
    date: String(row.date),
    type,
    region,
    country: isCountry(region) ? region : 'chn',
    row,
    source,
    dataset,
    anchor: (row.anchor as string | undefined) || anchor,
  };
}

/** Every dated event of the five reports (the events-* datasets), oldest first. */
export function readTimelineEvents(): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  for (const { meta, rows } of readAllDatasets().values()) {
    if (!meta.id.startsWith('events-')) continue;
    const source = readSource(meta.report)!;
    rows.forEach((row, i) => events.push(eventOf(meta.id, row, i, meta.anchor, source)));
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || (a.source.date ?? '').localeCompare(b.source.date ?? ''));
}

/** The countries that have events, with their name in the reader's language (from the rows). */
export function countriesOf(events: TimelineEvent[], lang: Lang, chinaName: string): [string, string][] {
  const names = new Map<string, string>();
  for (const e of events) if (!names.has(e.country)) names.set(e.country, e.country === 'chn' ? chinaName : String(e.row[`region_${lang}`]));
  return [...names].sort((a, b) => (a[0] === 'chn' ? -1 : b[0] === 'chn' ? 1 : a[1].localeCompare(b[1], lang)));
}
