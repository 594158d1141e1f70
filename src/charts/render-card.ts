import type { Lang } from '../format/number.ts';
import { fontFamilyAttribute } from './lib/fonts.ts';
import { readPalette, resolveColours } from './lib/palette.ts';
import { wrapText } from './lib/wrap-text.ts';

/** What a page's link preview says. */
export interface CardText {
  lang: Lang;
  /** Small line above the title: the kind of page and where it belongs ("Section · report title"). */
  kicker: string;
  title: string;
  /** One or two sentences under the title; cards with a figure leave it out. */
  description?: string;
  /** Bottom line: the site's name. */
  siteName: string;
}

// Drawn at 600×315 and rasterised at 2×: 1200×630, the size Open Graph and X ask for.
export const CARD_WIDTH = 600;
export const CARD_HEIGHT = 315;
const PAD = 32;

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** At most `max` lines; the last one ends in an ellipsis when text was cut. */
function clampLines(text: string, width: number, size: number, max: number): string[] {
  const lines = wrapText(text, width, size);
  if (lines.length <= max) return lines;
  // Room for the ellipsis: drop the last word of Latin text, the last character of Chinese.
  const line = lines[max - 1];
  const shorter = /[A-Za-z0-9]$/.test(line) && /\s/.test(line) ? line.replace(/\s+\S+$/, '') : line.replace(/.$/u, '');
  return [...lines.slice(0, max - 1), `${shorter.replace(/[\s,，、;；:：]+$/u, '')}…`];
}

interface Block {
  lines: string[];
  size: number;
  weight?: number;
  fill: string;
}

/** Text lines from `top`, each block after the previous one; returns the SVG and the bottom edge. */
function drawBlocks(blocks: Block[], x: number, top: number): { svg: string; bottom: number } {
  let y = top;
  const parts: string[] = [];
  for (const { lines, size, weight, fill } of blocks) {
    const lineHeight = Math.round(size * 1.3);
    for (const line of lines) {
      parts.push(`<text x="${x}" y="${y + size}" font-size="${size}"${weight ? ` font-weight="${weight}"` : ''} fill="${fill}">${escapeXml(line)}</text>`);
      y += lineHeight;
    }
    y += Math.round(size * 0.6);
  }
  return { svg: parts.join(''), bottom: y };
}

/** The standalone chart scaled into a box, keeping its proportions. */
function placeFigure(standalone: string, box: { x: number; y: number; width: number; height: number }): string {
  return standalone.replace(
    /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/,
    `<svg x="${box.x}" y="${box.y}" width="${box.width}" height="${box.height}" preserveAspectRatio="xMidYMin meet"`,
  );
}

/**
 * A page's 1200×630 link preview: kicker, title, description and site name on the page
 * colour, with a highlight rule on the left. With `figure` (a standalone chart SVG) the text
 * takes the left column and the chart the right, as for a section led by a chart.
 */
export function renderCardSvg(card: CardText, figure?: string): string {
  const palette = readPalette('light');
  const textWidth = figure ? 220 : CARD_WIDTH - 2 * PAD;
  const titleSize = figure ? 22 : 30;
  const blocks: Block[] = [
    { lines: clampLines(card.kicker, textWidth, 13, 2), size: 13, weight: 700, fill: palette['chart-highlight'] },
    { lines: clampLines(card.title, textWidth, titleSize, figure ? 6 : 3), size: titleSize, weight: 700, fill: palette.text },
  ];
  if (card.description && !figure) blocks.push({ lines: clampLines(card.description, textWidth, 16, 3), size: 16, fill: palette['text-muted'] });
  const text = drawBlocks(blocks, PAD, PAD - 6);
  const footer = `<text x="${PAD}" y="${CARD_HEIGHT - PAD + 8}" font-size="14" font-weight="700" fill="${palette.text}">${escapeXml(card.siteName)}</text>`;
  const chart = figure ? placeFigure(figure, { x: PAD + textWidth + 20, y: 20, width: CARD_WIDTH - PAD - textWidth - 36, height: CARD_HEIGHT - 40 }) : '';
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" font-family="${fontFamilyAttribute(card.lang)}, sans-serif" role="img" aria-label="${escapeXml(card.title)}">`,
    `<rect width="100%" height="100%" fill="${palette.bg}"/>`,
    `<rect x="0" y="0" width="8" height="${CARD_HEIGHT}" fill="${palette['chart-highlight']}"/>`,
    text.svg,
    footer,
    chart,
    '</svg>',
  ].join('');
  return resolveColours(svg, palette);
}
