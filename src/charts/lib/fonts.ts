import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Lang } from '../../format/number.ts';

/**
 * The fonts every build-time image is drawn with. They come from npm packages pinned in
 * package-lock.json (Google's Noto Sans SC and Noto Sans as TTF; @fontsource ships only
 * woff2, which resvg cannot read), so the same bytes come out on any machine: the renderer
 * never looks at the fonts installed on the host (see docs/sharing.md).
 */
const FONT_PACKAGE_FILES = [
  '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
  '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf',
  '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf',
  // Arrows and geometric marks (▸) that neither text font has.
  '@expo-google-fonts/noto-sans-symbols-2/400Regular/NotoSansSymbols2_400Regular.ttf',
] as const;

// Resolved from the project root, not from this module: in the build this file is bundled
// into a chunk under the output directory, which may sit outside the project.
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));

/** Absolute paths of the font files handed to resvg. */
export const FONT_FILES: string[] = FONT_PACKAGE_FILES.map((file) => requireFromRoot.resolve(file));

/** Family names inside those files, as resvg and fontkit read them. */
export const FAMILY_ZH = 'Noto Sans SC';
export const FAMILY_LATIN = 'Noto Sans';
export const FAMILY_SYMBOLS = 'Noto Sans Symbols 2';

/**
 * Family list per language, first choice first. English starts with the Latin font because
 * the CJK font's quotes and § are full-width; Chinese starts with the CJK font so that the
 * punctuation is the Chinese kind. The second family covers what the first lacks.
 */
export const FONT_STACK: Record<Lang, string[]> = {
  zh: [FAMILY_ZH, FAMILY_LATIN, FAMILY_SYMBOLS],
  en: [FAMILY_LATIN, FAMILY_ZH, FAMILY_SYMBOLS],
};

/** The same list as an SVG font-family attribute value. */
export function fontFamilyAttribute(lang: Lang): string {
  return FONT_STACK[lang].map((family) => `'${family}'`).join(', ');
}

/** resvg's font options: our files only, system fonts off. */
export function resvgFontOptions(lang: Lang = 'zh') {
  return {
    loadSystemFonts: false,
    fontFiles: FONT_FILES,
    defaultFontFamily: FONT_STACK[lang][0],
    sansSerifFamily: FONT_STACK[lang][0],
  };
}
