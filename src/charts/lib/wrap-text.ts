import { textWidth } from './text-width.ts';

// Kinsoku: a line never starts with closing punctuation, nor ends with an opening one.
const CLOSING = /^[，。、；：？！）》」』”’】〕…·,.;:!?)]/u;
const OPENING = /[（《「『“‘【〔(]$/u;
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/u;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/**
 * Break opportunities: Chinese between words (ICU's dictionary, so 覆盖范围 stays whole),
 * Latin only at spaces (so "(forecast)" and "1,500" stay whole). A space rides with the
 * word before it.
 */
function tokens(text: string): string[] {
  const out: string[] = [];
  for (const { segment } of segmenter.segment(text)) {
    const prev = out[out.length - 1];
    // A no-break space (U+00A0) joins its neighbours: "SU\u00a0Suzhou" stays on one line.
    const glue = prev !== undefined && (/^\s+$/.test(segment) || prev.endsWith('\u00a0') || (!/\s$/.test(prev) && !CJK.test(prev) && !CJK.test(segment)));
    if (glue) out[out.length - 1] = prev + segment;
    else out.push(segment);
  }
  return out;
}

/**
 * Breaks text into lines that fit `maxWidth` px at `fontSize`, for SVG text
 * (which does not wrap), measuring each word with the site font's advances.
 * Closing punctuation hangs at the end of a line; opening punctuation moves to
 * the next line with its word. A word wider than the line is split by character.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const fits = (s: string) => textWidth(s.trimEnd(), fontSize, bold) <= maxWidth;
  const lines: string[] = [];
  let line = '';
  for (const word of tokens(text)) {
    for (const token of fits(word) || CJK.test(word) === false ? [word] : [...word]) {
      if (fits(line + token) || !line.trim() || CLOSING.test(token)) {
        line += token;
        continue;
      }
      const carried = line.match(OPENING)?.[0] ?? '';
      lines.push(line.slice(0, line.length - carried.length).trimEnd());
      line = carried + token.trimStart();
    }
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** The widest line of `lines` in px. */
export function widestLine(lines: string[], fontSize: number, bold = false): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, fontSize, bold)));
}
