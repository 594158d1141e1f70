import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { renderPng, renderStandaloneSvg } from '../../src/charts/render-standalone.ts';
import { drawnCharacters, uncoveredCharacters } from '../../src/charts/lib/font-coverage.ts';
import { FONT_FILES, fontFamilyAttribute } from '../../src/charts/lib/fonts.ts';
import { readChartContext } from '../../src/data/chart-context.ts';

const LABELS = { zh: '智能算力占比从3%升至41%（约135 EFLOPS）', en: 'Source: CAICT, “AI Infrastructure” (2021), §2.3' };

function labelSvg(): string {
  const line = (lang: 'zh' | 'en', y: number) => `<text x="8" y="${y}" font-size="18" font-family="${fontFamilyAttribute(lang)}">${LABELS[lang]}</text>`;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="420" height="64"><rect width="100%" height="100%" fill="#fff"/>${line('zh', 26)}${line('en', 54)}</svg>`;
}

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

describe('fonts of the build-time images', () => {
  // Every render here is drawn afresh, not read from the build's image cache.
  beforeAll(() => {
    process.env.PNG_CACHE_DIR = 'off';
  });

  it('come from the npm packages in the lock file, not from the host', () => {
    for (const file of FONT_FILES) {
      expect(file).toMatch(/node_modules\/@expo-google-fonts\/noto-sans(-sc|-symbols-2)?\/.+\.ttf$/);
      expect(existsSync(file), file).toBe(true);
    }
  });

  it('have a glyph for every character of a Chinese and an English label', () => {
    const svg = labelSvg();
    expect(drawnCharacters(svg)).toContain('智');
    expect(drawnCharacters(svg)).toContain('§');
    expect(uncoveredCharacters(svg)).toEqual([]);
  });

  it('stop the render, naming the character, when a glyph would fall back to an empty box', () => {
    const svg = labelSvg().replace('智能', '智\u{17000}能');
    expect(uncoveredCharacters(svg)).toEqual(['\u{17000}']);
    expect(() => renderPng(svg)).toThrow(/No glyph .* U\+17000/);
  });

  it.each(['zh', 'en'] as const)('cover every character of every chart image in %s', (lang) => {
    const missing = [...charts.keys()].flatMap((id) => {
      const ctx = readChartContext(id, lang);
      const svg = renderStandaloneSvg(ctx.spec, ctx.data, lang, { source: ctx.sourceText, credit: ctx.credit });
      return uncoveredCharacters(svg).map((ch) => `${id}: ${ch}`);
    });
    expect(missing).toEqual([]);
  });

  it('draw the same bytes when the host has no fonts at all', () => {
    const inProcess = sha(renderPng(labelSvg()));
    // A private mount namespace hides every system font directory from the child renderer,
    // as on a fresh CI machine or static host without fonts-noto-cjk.
    const hide = ['/usr/share/fonts', '/usr/local/share/fonts'].filter(existsSync).map((dir) => `mount -t tmpfs none ${dir}`);
    const script = [
      "import { renderPng } from './src/charts/render-standalone.ts';",
      "import { createHash } from 'node:crypto';",
      `const svg = ${JSON.stringify(labelSvg())};`,
      "process.stdout.write(createHash('sha256').update(renderPng(svg)).digest('hex'));",
    ].join('\n');
    const child = spawnSync(
      'unshare',
      [
        '-m',
        'sh',
        '-c',
        `${hide.join(' && ')} && find /usr/share/fonts /usr/local/share/fonts -type f 2>/dev/null | wc -l >&2; node --input-type=module -e "$0"`,
        script,
      ],
      {
        encoding: 'utf8',
      },
    );
    expect(child.status, child.stderr).toBe(0);
    expect(child.stderr.trim().split('\n')[0], 'fonts still visible in the child').toBe('0');
    expect(child.stdout).toBe(inProcess);
  });
});
