import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { load, type CheerioAPI } from 'cheerio';

/** The two builds scripts/test-all.mjs makes: at the root, and under a sub-path. */
// DIST_DIR / DIST_BASE_DIR let several people test in one work tree without sharing a build.
export const BUILDS = [
  { name: 'root', dir: resolve(process.env.DIST_DIR ?? 'dist'), base: '/' },
  { name: 'sub-path', dir: resolve(process.env.DIST_BASE_DIR ?? 'dist-base'), base: '/ai-infra/' },
] as const;

export function requireBuild(dir: string): void {
  if (!existsSync(join(dir, 'index.html'))) throw new Error(`${dir} is missing: run "npm test" (it builds first) or "npm run build"`);
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind'))
    .map((f) => join(dir, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

export function loadPage(file: string): CheerioAPI {
  return load(readFileSync(file, 'utf8'));
}

/** "dist/zh/charts/x/index.html" → "/zh/charts/x/" (before the base). */
export function urlPathOf(dir: string, file: string): string {
  return `/${relative(dir, file)
    .replace(/index\.html$/, '')
    .replace(/\.html$/, '')}`;
}
