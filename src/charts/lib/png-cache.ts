import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { FONT_FILES } from './fonts.ts';
import { pngStats } from './png-optimise.ts';

// Images are a pure function of the SVG, the scale, resvg's version and the font files, so a
// render is cached under the hash of all four. Rasterising is most of an image's cost; the
// second build of `npm test` (under a sub-path) and every rebuild then draw nothing anew.
// PNG_CACHE_DIR=off turns the cache off.
const cacheDir = () => process.env.PNG_CACHE_DIR ?? join(process.cwd(), 'node_modules', '.cache', 'ai-infra-png');
const requireFromRoot = createRequire(join(process.cwd(), 'package.json'));
const RENDERER_VERSION = [
  (requireFromRoot('@resvg/resvg-js/package.json') as { version: string }).version,
  ...FONT_FILES.map((file) => `${file.split('node_modules/').pop()}:${statSync(file).size}`),
  'optimised-1',
].join('|');

function cacheFile(svg: string, scale: number): string {
  const key = createHash('sha256').update(RENDERER_VERSION).update(`\0${scale}\0`).update(svg).digest('hex');
  return join(cacheDir(), `${key}.png`);
}

/** The cached PNG for this SVG and scale, or the one `draw` makes (then stored). */
export function cachedPng(svg: string, scale: number, draw: () => Buffer): Buffer {
  if (cacheDir() === 'off') return draw();
  const file = cacheFile(svg, scale);
  try {
    const png = readFileSync(file);
    pngStats().cached += 1;
    return png;
  } catch {
    const png = draw();
    mkdirSync(cacheDir(), { recursive: true });
    // Write then rename, so a parallel build never reads half a file.
    const partial = `${file}.${process.pid}.tmp`;
    writeFileSync(partial, png);
    renameSync(partial, file);
    return png;
  }
}
