import { formatNumber, formatValue, type Lang } from './number.ts';
import { UNITS, type Unit } from './units.ts';

// How a figure reads inside a sentence, as each language's editors expect. Key-figure strips,
// tables and charts keep numerals (formatValue); running prose uses proseValue:
// - English newsroom style: one to nine spelled out for counts and durations ("five years",
//   "three companies"); numerals for 10 and above and always with measurement units, money and
//   percentages (3 EFLOPS, 9%); multiples in words ("twice", "three times", "14,000 times").
// - Chinese per GB/T 15835-2011: ordinals and small counts as Chinese numerals (第二, 两项,
//   四大, 六届 — the measure word stays in the sentence); 两 before a measure word or 倍;
//   measured quantities, money and percentages in Arabic numerals.

const EN_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_ORDINALS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const ZH_NUMERALS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Units whose small values are spelled out in prose: counts and durations, not measurements. */
const WORD_UNITS: ReadonlySet<Unit> = new Set(['count', 'companies', 'people', 'items', 'images', 'years', 'months', 'days', 'hours', 'minutes']);

const small = (value: number, max: number) => Number.isInteger(value) && value >= 1 && value <= max;

function englishLabel(value: number, unit: Unit): string {
  const label: string = UNITS[unit].en;
  // "1 years" → "one year": English units are stored plural.
  return value === 1 && label.endsWith('s') && label !== 'times' ? label.slice(0, -1) : label;
}

function english(value: number, unit: Unit, bare: boolean): string | undefined {
  if (unit === 'rank') return small(value, 9) ? EN_ORDINALS[value] : undefined;
  if (unit === 'times') {
    if (value === 2) return 'twice';
    return `${small(value, 9) ? EN_WORDS[value] : formatNumber(value, 'en', false)} times`;
  }
  if (!WORD_UNITS.has(unit) || !small(value, 9)) return undefined;
  const label = englishLabel(value, unit);
  return bare || !label ? EN_WORDS[value] : `${EN_WORDS[value]} ${label}`;
}

function chinese(value: number, unit: Unit, bare: boolean): string | undefined {
  if (unit === 'rank') return small(value, 10) ? `第${ZH_NUMERALS[value]}` : undefined;
  if (unit === 'times') return small(value, 10) ? `${value === 2 ? '两' : ZH_NUMERALS[value]}倍` : undefined;
  // Counts only: the sentence supplies the measure word (两项, 六届); durations stay 3年.
  if ((unit !== 'count' && unit !== 'items') || !small(value, 9)) return undefined;
  const numeral = value === 2 && !bare ? '两' : ZH_NUMERALS[value];
  return unit === 'items' && !bare ? `${numeral}个` : numeral;
}

export interface ProseOptions {
  /** The number without its unit, for the first half of a range: "five to eight years", "5至8年". */
  bare?: boolean;
}

/** A figure as running prose writes it; `<Value>` uses this (it carries no hedge: the sentence does). */
export function proseValue(value: number, unit: Unit, lang: Lang, options: ProseOptions = {}): string {
  const bare = options.bare ?? false;
  const words = lang === 'zh' ? chinese(value, unit, bare) : english(value, unit, bare);
  if (words !== undefined) return words;
  if (bare) return formatNumber(value, lang, UNITS[unit].scaled);
  return formatValue(value, unit, lang);
}
