import { Resvg } from '@resvg/resvg-js';
import type { ChartData, ChartSpec } from './lib/types.ts';
import { readPalette, resolveColours, type Theme } from './lib/palette.ts';
import { wrapText } from './lib/wrap-text.ts';
import { fontFamilyAttribute, resvgFontOptions } from './lib/fonts.ts';
import { assertFontCoverage } from './lib/font-coverage.ts';
import { cachedPng } from './lib/png-cache.ts';
import { optimisePng } from './lib/png-optimise.ts';
import { renderChartSvg } from './render-svg.ts';
import type { Lang } from '../format/number.ts';

export const STANDALONE_WIDTH = 720;
const PAD = 16;
// Only the fonts that come with the project (src/charts/lib/fonts.ts): a viewer's own
// font takes over only in the SVG download, where the generic family is the last resort.
const FONTS: Record<Lang, string> = {
  zh: `${fontFamilyAttribute('zh')}, sans-serif`,
  en: `${fontFamilyAttribute('en')}, sans-serif`,
};

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function textBlock(lines: string[], y: number, size: number, attrs: string): { svg: string; height: number } {
  const lineHeight = Math.round(size * 1.35);
  const svg = lines.map((line, i) => `<text x="${PAD}" y="${y + size + i * lineHeight}" font-size="${size}" ${attrs}>${escapeXml(line)}</text>`).join('');
  return { svg, height: lines.length * lineHeight };
}

export interface StandaloneOptions {
  theme?: Theme;
  /** "Source: …" line, as on the page. */
  source: string;
  /** "Chart: site name", so a PNG travels with its credit. */
  credit: string;
}

/**
 * The chart as one self-contained SVG file: title, subtitle, chart, source and
 * credit burnt in, colours resolved, no stylesheet needed. Used for the SVG and
 * PNG downloads, the newsletter fallback image and the social preview.
 */
interface StandaloneLayout {
  title: { svg: string; height: number };
  subtitle: { svg: string; height: number };
  chartTop: number;
  chartHeight: number;
  footer: { svg: string; height: number };
  height: number;
}

function layOutStandalone(spec: ChartSpec, data: ChartData, lang: Lang, options: StandaloneOptions, palette: Record<string, string>): StandaloneLayout {
  const text = spec.text(data, lang);
  const inner = STANDALONE_WIDTH - 2 * PAD;
  const title = textBlock(wrapText(text.title, inner, 20), PAD, 20, `font-weight="700" fill="${palette.text}"`);
  const subtitle = textBlock(wrapText(text.subtitle, inner, 14), PAD + title.height + 4, 14, `fill="${palette['text-muted']}"`);
  const chartTop = PAD + title.height + subtitle.height + 16;
  const chartHeight = spec.height(STANDALONE_WIDTH);
  const footer = textBlock([...wrapText(options.source, inner, 12), options.credit], chartTop + chartHeight + 12, 12, `fill="${palette['text-muted']}"`);
  return { title, subtitle, chartTop, chartHeight, footer, height: chartTop + chartHeight + 12 + footer.height + PAD };
}

/** The standalone image's height at STANDALONE_WIDTH, without drawing it (for <img height>). */
export function standaloneHeight(spec: ChartSpec, data: ChartData, lang: Lang, options: StandaloneOptions): number {
  return layOutStandalone(spec, data, lang, options, readPalette(options.theme ?? 'light')).height;
}

/**
 * The chart as one self-contained SVG file: title, subtitle, chart, source and
 * credit burnt in, colours resolved, no stylesheet needed. Used for the SVG and
 * PNG downloads, the newsletter fallback image and the social preview.
 */
export function renderStandaloneSvg(spec: ChartSpec, data: ChartData, lang: Lang, options: StandaloneOptions): string {
  const palette = readPalette(options.theme ?? 'light');
  const { title, subtitle, chartTop, footer, height } = layOutStandalone(spec, data, lang, options, palette);
  const chart = renderChartSvg(spec, data, lang, STANDALONE_WIDTH)
    .replace(/^<svg /, `<svg x="0" y="${chartTop}" `)
    .replace(/font-family="[^"]*"/, `font-family="${FONTS[lang]}"`);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${STANDALONE_WIDTH}" height="${height}" viewBox="0 0 ${STANDALONE_WIDTH} ${height}" font-family="${FONTS[lang]}" role="img" aria-label="${escapeXml(spec.text(data, lang).alt)}">`,
    `<rect width="100%" height="100%" fill="${palette.bg}"/>`,
    title.svg,
    subtitle.svg,
    chart,
    footer.svg,
    '</svg>',
  ].join('');
  return resolveColours(svg, palette);
}

/**
 * Rasterises a standalone SVG, losslessly optimised; scale 2 gives a crisp image on high-density
 * screens. Stops the build when the SVG draws a character our fonts lack: resvg would draw an
 * empty box.
 */
export function renderPng(svg: string, scale = 2): Buffer {
  assertFontCoverage(svg);
  return cachedPng(svg, scale, () => optimisePng(new Resvg(svg, { fitTo: { mode: 'zoom', value: scale }, font: resvgFontOptions() }).render().asPng()));
}

/** A 1200×630 social preview: the standalone chart centred on the page colour. */
export function renderPreviewSvg(standalone: string, theme: Theme = 'light'): string {
  const { bg } = readPalette(theme);
  const [, w, h] = standalone.match(/width="(\d+)" height="(\d+)"/) ?? [];
  const inner = standalone.replace(
    /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="\d+" height="\d+"/,
    `<svg x="24" y="24" width="552" height="267" preserveAspectRatio="xMidYMid meet"`,
  );
  return `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="315" viewBox="0 0 600 315"><rect width="100%" height="100%" fill="${bg}"/>${inner.replace('viewBox', `data-size="${w}x${h}" viewBox`)}</svg>`;
}
