import zh from './zh.json';
import en from './en.json';
import type { Lang } from '../format/number.ts';
import { fillTemplate } from '../format/template.ts';

export type { Lang };
export const LANGS: readonly Lang[] = ['zh', 'en'];
export type UiKey = keyof typeof en;

const STRINGS: Record<Lang, Record<UiKey, string>> = { zh, en };

/** A UI string, with `{name}` placeholders filled from `vars`. */
export function t(lang: Lang, key: UiKey, vars: Record<string, string | number> = {}): string {
  const text = STRINGS[lang][key];
  if (text === undefined) throw new Error(`missing UI string "${key}" for ${lang}`);
  // A missing value stays a placeholder: some strings are filled again in the browser.
  return fillTemplate(text, vars, (name) => `{${name}}`);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'zh' ? 'en' : 'zh';
}

/** The value of <html lang>: zh-CN for Chinese pages. */
export function htmlLang(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : 'en';
}

export function pick<T>(text: { zh: T; en: T }, lang: Lang): T {
  return text[lang];
}
