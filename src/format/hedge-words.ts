import type { Qualifier } from './units.ts';
import type { Lang } from './number.ts';

// The words a writer may use to carry a report's hedge in a sentence, per qualifier and
// language. <Value> prints the number and unit only, so the sentence around it must say
// "about", "more than", "预计" … in its own words; tests/unit/hedges.test.ts checks it.
// English entries match whole words, case-insensitively; Chinese entries match anywhere.
// Hedges of quantity ("about", "超过", "多") belong beside the number they qualify; hedges of
// status ("forecast", "目标") may sit anywhere in the sentence, as verbs do: hedgeBeside.
export const HEDGE_WORDS: Record<Qualifier, Record<Lang, readonly string[]>> = {
  approx: {
    en: ['about', 'around', 'roughly', 'nearly', 'some', 'approximately', 'close to', 'almost'],
    zh: ['约', '近', '左右', '大约', '上下', '多'],
  },
  'more-than': {
    en: ['more than', 'over', 'above', 'upwards of', 'exceed', 'exceeds', 'exceeding', 'topped', 'plus'],
    zh: ['超过', '逾', '多', '以上', '超', '余'],
  },
  nearly: { en: ['nearly', 'almost', 'close to', 'just under'], zh: ['近', '接近', '将近'] },
  'less-than': {
    en: ['less than', 'fewer than', 'under', 'below'],
    zh: ['不足', '少于', '以下', '不到', '低于'],
  },
  'at-least': {
    en: ['at least', 'no fewer than', 'no less than', 'minimum'],
    zh: ['不少于', '至少', '不低于'],
  },
  'up-to': { en: ['up to', 'as much as', 'as many as', 'peak', 'at most'], zh: ['最高', '高达', '最多'] },
  forecast: {
    en: ['forecast', 'forecasts', 'expected', 'expects', 'projected', 'projects', 'will', 'estimated', 'predicts', 'would'],
    zh: ['预计', '将', '有望', '预测', '预期'],
  },
  estimate: {
    en: ['estimate', 'estimated', 'estimates', 'reckons', 'put'],
    zh: ['估计', '估算', '测算', '预估'],
  },
  target: {
    en: ['target', 'targets', 'aim', 'aims', 'plan', 'plans', 'planned', 'goal', 'goals'],
    zh: ['目标', '力争', '计划', '争取', '要'],
  },
};

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The hedge words of `qualifier` that `sentence` carries (none: the hedge is missing). */
export function hedgesIn(sentence: string, qualifier: Qualifier, lang: Lang): string[] {
  const words = HEDGE_WORDS[qualifier][lang];
  if (lang === 'zh') return words.filter((w) => sentence.includes(w));
  return words.filter((w) => new RegExp(`\\b${escape(w)}\\b`, 'i').test(sentence));
}

/** Qualifiers that hedge the quantity itself, so their word must stand beside the number. */
const QUANTITY = new Set<Qualifier>(['approx', 'more-than', 'nearly', 'less-than', 'at-least', 'up-to']);
// Chinese hedges that follow the number (2.3万多架, 30个以上); the rest precede it.
const ZH_AFTER = new Set(['左右', '上下', '多', '以上', '余', '以下']);
// How far from the number a hedge may stand: "约为"/"超过了" before, a measure word before 多/以上;
// in English a few short words ("more than the", "about US$").
const REACH = { zh: { before: 2, after: 2 }, en: { before: 12 } } as const;

/**
 * The hedge words of `qualifier` found beside a figure, given the sentence's text before and
 * after it. A quantity hedge must touch the number (多 in "多层" three words away does not
 * count); a status hedge anywhere in the sentence does.
 */
export function hedgeBeside(before: string, after: string, qualifier: Qualifier, lang: Lang): string[] {
  if (!QUANTITY.has(qualifier)) return hedgesIn(before + ' ' + after, qualifier, lang);
  const words = HEDGE_WORDS[qualifier][lang];
  if (lang === 'zh') {
    // A hedge never reaches across a comma or a stop: "个，多数" is not "多个".
    const head = before.replace(/\s+$/, '');
    const tail = after.replace(/^\s+/, '').replace(/[，、：,:].*$/s, '');
    return words.filter((w) =>
      ZH_AFTER.has(w) ? tail.slice(0, REACH.zh.after + w.length).includes(w) : head.slice(-(REACH.zh.before + w.length)).includes(w),
    );
  }
  const head = before.replace(/\s+$/, '');
  return words.filter((w) => new RegExp(`\\b${escape(w)}\\b(?=.{0,${REACH.en.before}}$)`, 'is').test(head));
}
