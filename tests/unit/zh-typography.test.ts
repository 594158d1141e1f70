import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { run, type Options } from 'zhlint';
import { articles } from '../support/mdx.ts';

// zhlint on the Chinese articles' prose, configured to the house convention in docs/writing.md:
// mainland full-width punctuation, no space after full-width punctuation (bold lead-ins too),
// none inside brackets or outside full-width quotes. Spacing between Chinese and Latin/number
// runs follows our own rule (numbers close up: 2020年; Latin words spaced), so zhlint's
// mixed-width spacing rule is off and the Latin-word rule is checked below.
const OPTIONS: Options = {
  rules: {
    // No preset: zhlint's default preset spaces numbers from Chinese units and turns （） into
    // (), against the house style. These rules are the ones the house style shares with it.
    noSpaceAfterFullwidthPauseOrStop: true,
    noSpaceBeforePauseOrStop: true,
    noSpaceInsideBracket: true,
    noSpaceOutsideFullwidthBracket: true,
    noSpaceOutsideFullwidthQuotation: true,
    noSpaceInsideHyperMark: true,
    noSpaceBetweenFullwidthContent: true,
  },
};

/** The prose of an MDX line: figures stand in as 0, terms as their words, other markup removed. */
function prose(line: string): string {
  return line
    .replace(/<Value\b[^>]*\/>/g, '0')
    .replace(/<Quote\b[^>]*\btext=(?:"([^"]*)"|'([^']*)')[^>]*\/>/g, (_m, a, b) => `“${a ?? b}”`)
    .replace(/<[^>]+>/g, '')
    .replace(/\]\([^)]*\)/g, ']')
    .trim();
}

const zh = articles.filter((a) => a.lang === 'zh');

describe.each(zh)('$file', ({ file }) => {
  const lines = readFileSync(file, 'utf8')
    .replace(/^---[\s\S]*?---/, (m) => m.replace(/[^\n]/g, ''))
    .split('\n');

  it('passes zhlint with the house rules', () => {
    const found: string[] = [];
    lines.forEach((line, i) => {
      const text = prose(line);
      if (!/\p{Script=Han}/u.test(text)) return;
      const { result } = run(text, OPTIONS);
      if (result !== text) found.push(`${file}:${i + 1}: “${text.slice(0, 80)}” → “${result.slice(0, 80)}”`);
    });
    expect(found).toEqual([]);
  });

  // The reports' own words (quotations) are verbatim and exempt.
  it('spaces a Latin word from the Chinese around it (华为 Ascend、640 TOPS 领先)', () => {
    const found = lines.flatMap((line, i) =>
      [
        ...prose(line)
          .replace(/“[^”]*”/g, '“”')
          .matchAll(/\p{Script=Han}[A-Za-z]{2,}|[A-Za-z]{2,}\p{Script=Han}/gu),
      ].map((m) => `${file}:${i + 1}: ${m[0]}`),
    );
    expect(found).toEqual([]);
  });
});
