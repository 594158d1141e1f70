import type { DataRow } from '../../data/read-dataset.ts';
import type { Lang } from '../../format/number.ts';
import { label } from './rows.ts';

/**
 * Helpers for the CIC 2020 report's country tiers: the body text sorts countries
 * into two tiers, the appendix lists their strategy documents, and the two lists
 * do not quite match (South Korea has no document, Sweden has no tier).
 */

/** Row keys of the tier headings; `h0` heads the countries the report puts in no tier. */
export const TIER_HEADS: Record<Lang, Record<string, string>> = {
  zh: { h1: '第一梯队', h2: '第二梯队', h0: '未归入梯队' },
  en: { h1: 'First tier', h2: 'Second tier', h0: 'No tier' },
};

/** First tier in the highlight colour, second in the neutral, no tier hollow. */
export function tierColour(head: string): string {
  return head === 'h1' ? 'var(--chart-highlight)' : 'var(--chart-muted)';
}

/** Short English names for a phone-width axis. */
const SHORT_EN: Record<string, string> = { usa: 'US', eu: 'EU', gbr: 'UK', kor: 'S. Korea' };

interface RowName {
  name: string;
  /** True when a country is in a tier but has no document in the appendix. */
  empty: boolean;
}

/** The y order (headings and countries), the document rows, and each row key's label. */
export function strategyRows(docs: DataRow[], tiers: DataRow[], lang: Lang, short = false) {
  const name = (row: DataRow, base: string) => (short && lang === 'en' && SHORT_EN[String(row.region)]) || label(row, base, lang);
  const names = new Map<string, RowName>();
  const order: string[] = [];
  const withDocs = new Set(docs.map((d) => String(d.region)));
  for (const tier of [1, 2]) {
    order.push(`h${tier}`);
    for (const t of [...tiers].filter((r) => r.tier === tier).sort((a, b) => Number(a.order) - Number(b.order))) {
      order.push(String(t.region));
      names.set(String(t.region), { name: name(t, 'name'), empty: !withDocs.has(String(t.region)) });
    }
  }
  const untiered = docs.filter((d) => d.tier == null);
  if (untiered.length) order.push('h0');
  for (const d of untiered) {
    if (!names.has(String(d.region))) order.push(String(d.region));
    names.set(String(d.region), { name: name(d, 'region'), empty: false });
  }
  return { order, docs, names };
}

/** Counts the chart's title states: documents per tier, countries per tier, and the date range. */
export function tierCounts(docs: DataRow[], tiers: DataRow[]) {
  const inTier = (n: number) => docs.filter((d) => d.tier === n);
  const tier2 = tiers.filter((t) => t.tier === 2).map((t) => String(t.region));
  const perTier2 = new Set(tier2.map((r) => docs.filter((d) => d.region === r).length));
  const dates = docs.map((d) => String(d.date)).sort();
  return {
    docs: docs.length,
    t1: inTier(1).length,
    t2: inTier(2).length,
    c1: new Set(inTier(1).map((d) => d.region)).size,
    c2: tier2.length,
    // The title says "one each"; if the data ever stops saying so, the chart must not.
    each: perTier2.size === 1 ? [...perTier2][0] : Number.NaN,
    first: dates[0],
    last: dates.at(-1)!,
  };
}
