import * as fontkit from 'fontkit';
import { parseHTML } from 'linkedom';
import { FONT_FILES } from './fonts.ts';

let fonts: fontkit.Font[] | undefined;

/** The project's fonts, opened once per process (reading their cmaps is cheap after that). */
function openFonts(): fontkit.Font[] {
  fonts ??= FONT_FILES.map((file) => {
    const font = fontkit.openSync(file);
    if (!('hasGlyphForCodePoint' in font)) throw new Error(`${file} is a font collection; give one face`);
    return font;
  });
  return fonts;
}

/** Every character an SVG draws: the text of its <text> elements, entities decoded. */
export function drawnCharacters(svg: string): Set<string> {
  const { document } = parseHTML(`<html><body>${svg}</body></html>`);
  const text = [...document.querySelectorAll('text')].map((node) => node.textContent ?? '').join('');
  return new Set([...text].filter((ch) => !/[\n\r\t]/.test(ch)));
}

/** The characters of `svg` that none of the project's fonts has a glyph for. */
export function uncoveredCharacters(svg: string): string[] {
  const faces = openFonts();
  return [...drawnCharacters(svg)].filter((ch) => !faces.some((face) => face.hasGlyphForCodePoint(ch.codePointAt(0)!)));
}

/**
 * Throws when an image would draw a character with no glyph in our fonts. resvg then
 * falls back silently to an empty box (tofu), and the image ships broken.
 */
export function assertFontCoverage(svg: string): void {
  const missing = uncoveredCharacters(svg);
  if (missing.length === 0) return;
  const codes = missing.map((ch) => `${ch} U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
  const label = svg.match(/aria-label="([^"]*)"/)?.[1]?.slice(0, 80) ?? 'an image';
  throw new Error(`No glyph in the bundled fonts (src/charts/lib/fonts.ts) for ${codes.join(', ')} in "${label}"`);
}
