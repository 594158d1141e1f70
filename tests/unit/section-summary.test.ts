import { describe, expect, it } from 'vitest';
import { curlQuotes, readAttributes, sectionSummary, trimText } from '../../src/data/section-summary.ts';

const body = `<KeyFigures of="k" items="a" />

<H2 id="computing-power">Computing power</H2>

<Chart id="compute-structure" />

**Basic computing** is [general](https://x.org) CPU capacity; China had <Value of="k" where="measure=total" /> in 2020.

Second paragraph.

<H2 id="next">Next</H2>

<Note>Only a note.</Note>
`;
const value = (a: Record<string, string>) => `[${a.of}:${a.where}]`;

describe('sectionSummary', () => {
  it('takes the first prose paragraph of the section, with values filled and markup removed', () => {
    expect(sectionSummary(body, 'computing-power', value)).toBe('Basic computing is general CPU capacity; China had [k:measure=total] in 2020.');
  });

  it('is empty for a section without prose, so the page falls back to the article description', () => {
    expect(sectionSummary(body, 'next', value)).toBe('');
    expect(sectionSummary(body, 'missing', value)).toBe('');
  });

  it('reads into the subsections of an H2 that opens with a list, but an H3 stops at the next heading', () => {
    const listFirst =
      '<H2 id="a">A</H2>\n\n<H3 id="a1">A1</H3>\n\n<ol>\n  <li>item</li>\n</ol>\n\n<H3 id="a2">A2</H3>\n\nFirst words.\n\n<H2 id="b">B</H2>\n\nOther.\n';
    expect(sectionSummary(listFirst, 'a', value)).toBe('First words.');
    expect(sectionSummary(listFirst, 'a1', value)).toBe('');
  });

  it('keeps a paragraph that starts with a glossary term', () => {
    expect(sectionSummary('<H2 id="a">A</H2>\n\n<Term id="pue">PUE</Term> measures power.\n', 'a', value)).toBe('PUE measures power.');
  });
});

describe('trimText', () => {
  it('cuts at a sentence end when one falls in the second half', () => {
    expect(trimText('算力是计算能力。智能算力增长很快，占比越来越高。后面还有很多很多话', 26)).toBe('算力是计算能力。智能算力增长很快，占比越来越高。');
  });

  it('cuts English at a word and marks the cut', () => {
    expect(trimText('one two three four five six', 12)).toBe('one two…');
  });
});

describe('readAttributes', () => {
  it('reads quoted attributes', () => {
    expect(readAttributes('<Value of="a" where="x=1,y=2" col="share" />')).toEqual({ of: 'a', where: 'x=1,y=2', col: 'share' });
  });
});

describe('curlQuotes', () => {
  it('prints quotes the way MDX renders them in the article', () => {
    expect(curlQuotes(`Wuhan's "AI" centre`)).toBe('Wuhan’s “AI” centre');
  });
});
