/**
 * The units a dataset column may declare. Values are stored in the unit named
 * here, as plain numbers (41 with `percent` means 41 %; 1.75e12 with
 * `parameters` means 1.75万亿 parameters). Scale words (万/亿, million/billion)
 * are added by the formatter, never stored.
 *
 * `scaled` units get 万/亿 or million/billion when large; the others print the
 * number as it is followed by the unit label.
 */
export interface UnitDef {
  /** Label after the number in Chinese, e.g. "元", "家". Empty for none. */
  zh: string;
  /** Label after the number in English, e.g. "yuan", "companies". */
  en: string;
  /** Whether large values get 万/亿 (zh) or million/billion (en). */
  scaled: boolean;
  /** Put a space between number and label (Latin units: "135 EFLOPS"). */
  spaced?: boolean;
  /** Currency symbol written before the number in English ("US$1.2 billion"). */
  prefixEn?: string;
}

export const UNITS = {
  count: { zh: '', en: '', scaled: true },
  companies: { zh: '家', en: 'companies', scaled: true, spaced: true },
  people: { zh: '人', en: 'people', scaled: true, spaced: true },
  items: { zh: '个', en: '', scaled: true },
  percent: { zh: '%', en: '%', scaled: false },
  'percentage-points': { zh: '个百分点', en: 'percentage points', scaled: false, spaced: true },
  times: { zh: '倍', en: '×', scaled: true },
  CNY: { zh: '元', en: 'yuan', scaled: true, spaced: true },
  USD: { zh: '美元', en: '', scaled: true, prefixEn: 'US$' },
  EUR: { zh: '欧元', en: '', scaled: true, prefixEn: '€' },
  GBP: { zh: '英镑', en: '', scaled: true, prefixEn: '£' },
  JPY: { zh: '日元', en: 'yen', scaled: true, spaced: true },
  KRW: { zh: '韩元', en: 'won', scaled: true, spaced: true },
  EFLOPS: { zh: 'EFLOPS', en: 'EFLOPS', scaled: false, spaced: true },
  PFLOPS: { zh: 'PFLOPS', en: 'PFLOPS', scaled: false, spaced: true },
  TFLOPS: { zh: 'TFLOPS', en: 'TFLOPS', scaled: false, spaced: true },
  TOPS: { zh: 'TOPS', en: 'TOPS', scaled: false, spaced: true },
  'TOPS/W': { zh: 'TOPS/W', en: 'TOPS/W', scaled: false, spaced: true },
  'PFLOPS-days': { zh: 'PFLOPS·天', en: 'petaflop/s-days', scaled: false, spaced: true },
  FLOP: { zh: '次浮点运算', en: 'floating-point operations', scaled: true, spaced: true },
  W: { zh: 'W', en: 'W', scaled: false, spaced: true },
  km: { zh: '公里', en: 'km', scaled: true, spaced: true },
  kWh: { zh: '千瓦时', en: 'kWh', scaled: true, spaced: true },
  parameters: { zh: '参数', en: 'parameters', scaled: true, spaced: true },
  bytes: { zh: '字节', en: 'bytes', scaled: true, spaced: true },
  GB: { zh: 'GB', en: 'GB', scaled: false, spaced: true },
  TB: { zh: 'TB', en: 'TB', scaled: false, spaced: true },
  images: { zh: '张图片', en: 'images', scaled: true, spaced: true },
  hours: { zh: '小时', en: 'hours', scaled: false, spaced: true },
  seconds: { zh: '秒', en: 'seconds', scaled: false, spaced: true },
  minutes: { zh: '分钟', en: 'minutes', scaled: false, spaced: true },
  days: { zh: '天', en: 'days', scaled: false, spaced: true },
  months: { zh: '个月', en: 'months', scaled: false, spaced: true },
  years: { zh: '年', en: 'years', scaled: false, spaced: true },
  year: { zh: '年', en: '', scaled: false },
  score: { zh: '分', en: 'points', scaled: false, spaced: true },
  rank: { zh: '位', en: '', scaled: false },
  ratio: { zh: '', en: '', scaled: false },
} as const satisfies Record<string, UnitDef>;

export type Unit = keyof typeof UNITS;
export const UNIT_NAMES = Object.keys(UNITS) as [Unit, ...Unit[]];

/** Qualifiers keep the report's hedges: 约, 超过, 近, 不到, 预计 … */
export const QUALIFIERS = {
  approx: { zh: '约', en: 'about' },
  'more-than': { zh: '超过', en: 'more than' },
  nearly: { zh: '近', en: 'nearly' },
  'less-than': { zh: '不到', en: 'less than' },
  'at-least': { zh: '至少', en: 'at least' },
  'up-to': { zh: '最高', en: 'up to' },
  forecast: { zh: '预计', en: 'forecast' },
  estimate: { zh: '估计', en: 'estimated' },
  target: { zh: '目标', en: 'target' },
} as const;
export type Qualifier = keyof typeof QUALIFIERS;
export const QUALIFIER_NAMES = Object.keys(QUALIFIERS) as [Qualifier, ...Qualifier[]];
