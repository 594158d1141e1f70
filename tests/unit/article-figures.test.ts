import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupRow, lookupValue } from '../../src/data/lookup.ts';
import { readGlossary } from '../../src/data/glossary.ts';
import { quoteOccursIn } from '../../src/data/sources.ts';
import { articles, ownProse, tags } from '../support/mdx.ts';

// What the build checks when it renders an article, checked here without a build, plus the
// promise no build can check: no figure typed into our own prose.

// A number followed by a unit, a share, a multiple or a scale word is a figure; a year, a
// section number or the 1 of a formula ("N + 1 times") is not.
// Counts with a measure word (个, 项, 篇 …) and durations (3年, 16 months) are figures too; a
// four-digit year before 年 is a date.
const FIGURE =
  /(?<![+＋]\s?)(?:\d[\d,.]*\s*(%|％|万|亿|倍|EFLOPS|PFLOPS|TOPS|[bm]illion|trillion|yuan|元|家|times|per ?cent|points|分|个月|个|项|件|篇|座|届|位|名|months?|years?\b)|(?<![\d.])\d{1,3}\s*年)/i;

describe.each(articles)('$file', ({ report, lang, file }) => {
  const text = readFileSync(file, 'utf8');

  it('names only rows that exist, one row per <Value>', () => {
    for (const v of tags(text, 'Value')) expect(() => lookupValue(v.of, v.where, v.col ?? 'value', lang), `${v.of} ${v.where}`).not.toThrow();
    for (const k of tags(text, 'KeyFigures'))
      for (const m of k.items.split(',')) expect(() => lookupRow(k.of, `measure=${m.trim()}`), `${k.of} ${m}`).not.toThrow();
  });

  it('links only glossary terms that exist and quotes only words the report has', () => {
    const glossary = readGlossary();
    for (const term of tags(text, 'Term')) expect(glossary.has(term.id), term.id).toBe(true);
    for (const quote of tags(text, 'Quote')) expect(quoteOccursIn(quote.report ?? report, quote.text), quote.text).toBe(true);
  });

  it('types no figure into its own prose: every number with a unit comes from the data', () => {
    const typed = ownProse(text)
      .split('\n')
      .filter((line) => FIGURE.test(line))
      .map((line) => line.match(new RegExp(`.{0,30}${FIGURE.source}.{0,10}`, 'i'))![0]);
    expect(typed).toEqual([]);
  });
});
