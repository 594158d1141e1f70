import type { Qualifier } from './units.ts';
import type { Lang } from './number.ts';

// The words a writer may use to carry a report's hedge in a sentence, per qualifier and
// language. <Value> prints the number and unit only, so the sentence around it must say
// "about", "more than", "预计" … in its own words; tests/unit/hedges.test.ts checks it.
// English entries match whole words, case-insensitively; Chinese entries match anywhere.
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
