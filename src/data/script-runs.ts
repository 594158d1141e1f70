/**
 * Splits text into Chinese and non-Chinese runs, so that Chinese inside an English page can be
 * marked lang="zh-CN" (WCAG 3.1.2) without marking the English around it. A run starts and ends
 * with a Chinese character or full-width mark and may hold digits and spaces in between
 * (华为昇腾910芯片, PDF-spaced 昇 腾); curly quotes hugging it belong to it.
 */
export interface ScriptRun {
  text: string;
  zh: boolean;
}

const HAN = '\\u3000-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\uff00-\\uffef';
const RUN = new RegExp(`[“‘]?[${HAN}](?:[${HAN}\\d.,%·\\s-]*[${HAN}])?[”’]?`, 'g');

export function scriptRuns(text: string): ScriptRun[] {
  const runs: ScriptRun[] = [];
  let last = 0;
  for (const match of text.matchAll(RUN)) {
    if (match.index > last) runs.push({ text: text.slice(last, match.index), zh: false });
    runs.push({ text: match[0], zh: true });
    last = match.index + match[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), zh: false });
  return runs;
}

/** True when the text holds any Chinese character. */
export function hasChinese(text: string): boolean {
  return new RegExp(`[${HAN}]`).test(text);
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The markup of MixedText for code that builds HTML as strings (popovers): escaped text with
 * each Chinese run in <span lang="zh-CN"> on English pages, plain escaped text on Chinese ones.
 */
export function mixedHtml(text: string, lang: 'zh' | 'en'): string {
  if (lang === 'zh') return escapeHtml(text);
  return scriptRuns(text)
    .map((run) => (run.zh ? `<span lang="zh-CN">${escapeHtml(run.text)}</span>` : escapeHtml(run.text)))
    .join('');
}
