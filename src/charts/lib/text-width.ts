// Advances of printable ASCII (32–126) in thousandths of an em, from Arial/Liberation Sans,
// metric-compatible with Helvetica; system UI fonts (SF, Segoe, Roboto) are within a few per cent.
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584,
  556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278,
  469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260,
  334, 584,
];
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW: Record<string, number> = {
  '\u2009': 167,
  '\u202f': 167,
  '\u00a0': 278,
  '’': 222,
  '‘': 222,
  '“': 333,
  '”': 333,
  '–': 556,
  '—': 1000,
  '·': 278,
  '…': 1000,
  '≥': 549,
  '×': 584,
};
// The reader's Latin font may be wider than Arial: DejaVu Sans (Linux's system-ui) is about 15 %
// wider, and its bold 14 % wider again (both checked against DejaVu Sans with fontkit). Measure on that safe side; CJK glyphs are one em in every font.
const SLACK = 1.15;
const BOLD = 1.14;

/** Advance of one character in ems. */
export function charWidth(ch: string): number {
  const code = ch.codePointAt(0)!;
  if (code >= 32 && code <= 126) return (ASCII[code - 32] / 1000) * SLACK;
  if (WIDE.test(ch)) return 1;
  return ((NARROW[ch] ?? 600) / 1000) * SLACK;
}

/** Width in px of `text` set in the site's sans at `fontSize` px. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let ems = 0;
  for (const ch of text) ems += charWidth(ch);
  return ems * fontSize * (bold ? BOLD : 1);
}
