/** Approximate advance of a character in ems: CJK and full-width glyphs are square, Latin is narrower. */
function charWidth(ch: string): number {
  if (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch)) return 1;
  if (/[A-Z%@#MW]/.test(ch)) return 0.68;
  return 0.55;
}

// Kinsoku: a line never starts with closing punctuation, nor ends with an opening one.
const CLOSING = /^[，。、；：？！）》」』”’】〕…·,.;:!?)]/u;
const OPENING = /[（《「『“‘【〔(]$/u;
const widthOf = (text: string) => [...text].reduce((sum, ch) => sum + charWidth(ch), 0);

/**
 * Breaks text into lines that fit `maxWidth` px at `fontSize`, for SVG text
 * (which does not wrap). Latin breaks at spaces; Chinese may break between
 * any two characters, except before closing punctuation (it hangs at the end
 * of the line instead) or after opening punctuation.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const limit = maxWidth / fontSize;
  const tokens = text.match(/[A-Za-z0-9.,%$€£'’()\-–/:;!?“”"]+\s*|\s+|./gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    if (widthOf(line + token) <= limit || !line.trim() || CLOSING.test(token)) {
      line += token;
      continue;
    }
    const carried = line.match(OPENING)?.[0] ?? '';
    lines.push(line.slice(0, line.length - carried.length).trimEnd());
    line = carried + token.trimStart();
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}
