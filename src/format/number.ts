import { QUALIFIERS, UNITS, type Qualifier, type Unit } from './units.ts';

export type Lang = 'zh' | 'en';

/** Drops floating-point noise (55.900000000000006 → 55.9) without rounding real digits. */
function clean(value: number): number {
  return Number(value.toPrecision(12));
}

const ZH_SCALES: [number, string][] = [
  [1e12, '万亿'],
  [1e8, '亿'],
  [1e4, '万'],
];
const EN_SCALES: [number, string][] = [
  [1e12, 'trillion'],
  [1e9, 'billion'],
  [1e6, 'million'],
];

function groupEnglish(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 10 });
}

function decimals(value: number): number {
  const text = String(value);
  return text.includes('.') ? text.split('.')[1].length : 0;
}

/**
 * A plain number the way a reader of each language expects it: 万/亿/万亿 in
 * Chinese from 10 000 up, million/billion/trillion in English from a million
 * up. Digits the data has are kept; none are invented or rounded away. The
 * largest scale that needs at most three decimals is used, as reports print
 * them: 67161.82亿 not 6.716182万亿, 10198 not 1.0198万.
 */
export function formatNumber(value: number, lang: Lang, scaled = true): string {
  const sign = value < 0 ? '-' : '';
  const abs = Math.abs(value);
  const scales = lang === 'zh' ? ZH_SCALES : EN_SCALES;
  if (scaled) {
    for (const [size, word] of scales) {
      const n = clean(abs / size);
      if (abs >= size && decimals(n) <= 3) return `${sign}${lang === 'zh' ? String(n) : groupEnglish(n)}${lang === 'zh' ? '' : ' '}${word}`;
    }
  }
  return sign + (lang === 'zh' ? String(clean(abs)) : groupEnglish(clean(abs)));
}

const LATIN = /^[A-Za-z€$£]/;

function joinUnit(number: string, unit: Unit, lang: Lang): string {
  const def = UNITS[unit];
  if (unit === 'rank') return lang === 'zh' ? `第${number}` : `No. ${number}`;
  if (lang === 'en' && 'prefixEn' in def && def.prefixEn) return `${def.prefixEn}${number}`;
  const label = def[lang];
  if (!label) return number;
  const space = lang === 'zh' ? LATIN.test(label) : 'spaced' in def && def.spaced;
  return `${number}${space ? ' ' : ''}${label}`;
}

/** A value with its unit: 135 EFLOPS, 55.9亿美元 / US$5.59 billion, 41%. */
export function formatValue(value: number, unit: Unit, lang: Lang): string {
  const def = UNITS[unit];
  if (unit === 'year') return lang === 'zh' ? `${value}年` : String(value);
  return joinUnit(formatNumber(value, lang, def.scaled), unit, lang);
}

/** Adds the report's hedges: 约31% / about 31%; 预计251亿美元 / US$25.1 billion (forecast). */
export function formatQualified(value: number, unit: Unit, lang: Lang, qualifiers: readonly Qualifier[] = []): string {
  const text = formatValue(value, unit, lang);
  const hedges = qualifiers.filter((q) => q !== 'forecast' && q !== 'target' && q !== 'estimate');
  const prefix = hedges.map((q) => QUALIFIERS[q][lang]).join(lang === 'zh' ? '' : ' ');
  const tags = qualifiers.filter((q) => q === 'forecast' || q === 'target' || q === 'estimate');
  if (lang === 'zh') return `${tags.map((q) => QUALIFIERS[q].zh).join('')}${prefix}${text}`;
  const hedged = prefix ? `${prefix} ${text}` : text;
  return tags.length ? `${hedged} (${tags.map((q) => QUALIFIERS[q].en).join(', ')})` : hedged;
}

/** Short axis ticks: 1万亿 / 1 trillion, 50% … Used by chart specs. */
export function formatTick(unit: Unit, lang: Lang): (value: number) => string {
  return (value) => (unit === 'percent' ? `${formatNumber(value, lang, false)}%` : formatNumber(value, lang, UNITS[unit].scaled));
}

/** Dates as stored (YYYY, YYYY-MM, YYYY-MM-DD), written out per language. */
export function formatDate(date: string, lang: Lang): string {
  const [y, m, d] = date.split('-').map(Number);
  if (lang === 'zh') return `${y}年${m ? `${m}月` : ''}${d ? `${d}日` : ''}`;
  if (!m) return String(y);
  const month = new Date(Date.UTC(y, m - 1, d || 1)).toLocaleString('en-GB', { month: 'short', timeZone: 'UTC' });
  return d ? `${d} ${month} ${y}` : `${month} ${y}`;
}
