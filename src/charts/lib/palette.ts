import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export type Theme = 'light' | 'dark';

/**
 * The site's colours as literal values, read from src/styles/theme.css so the
 * stylesheet stays their one source. A downloaded SVG or PNG has no stylesheet
 * around it, so every var(--…) in it must become a colour.
 */
export function readPalette(theme: Theme): Record<string, string> {
  const css = readFileSync(resolve('src/styles/theme.css'), 'utf8');
  const pairs = [...css.matchAll(/--([\w-]+):\s*light-dark\(([^,]+),\s*([^)]+)\);/g)];
  if (pairs.length === 0) throw new Error('src/styles/theme.css: no light-dark() colours found');
  return Object.fromEntries(pairs.map(([, name, light, dark]) => [name, (theme === 'light' ? light : dark).trim()]));
}

/** Replaces var(--name) and currentColor with the palette's literal colours. */
export function resolveColours(svg: string, palette: Record<string, string>): string {
  return svg
    .replace(/var\(--([\w-]+)\)/g, (whole, name: string) => palette[name] ?? whole)
    .replace(/currentColor/g, palette['chart-text'])
    .replace(/--plot-background: white/g, `--plot-background: ${palette.bg}`);
}
