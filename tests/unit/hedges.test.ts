import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lookupRow } from '../../src/data/lookup.ts';
import { hedgeBeside } from '../../src/format/hedge-words.ts';
import type { Qualifier } from '../../src/format/units.ts';
import { articles, ownProse, tagsAt } from '../support/mdx.ts';

// <Value> prints a figure without the report's hedge; the writer's sentence must carry it.
// A sentence ends at 。！？； (Chinese), at ". " "; " "? " (English), at a table cell, list item or
// paragraph. Components other than the Value are blanked so their attributes do not count.
const CELL = String.raw`<\/?(?:td|th|tr|li|p|caption)\b[^>]*>|[|]|\n\s*\n`;
const END = { zh: new RegExp(String.raw`[。！？；]|${CELL}`, 'g'), en: new RegExp(String.raw`[.?!;]\s|${CELL}`, 'g') } as const;

/** The sentence's text before and after the span start–end. */
function sentenceAround(text: string, start: number, end: number, lang: 'zh' | 'en') {
  let from = 0;
  let to = text.length;
  for (const m of text.matchAll(END[lang])) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { before: text.slice(from, start), after: text.slice(end, to) };
}

const blank = (text: string) => text.replace(/<(Value|KeyFigures|Chart|Quote|Note)\b[^>]*?\/?>/gs, (t) => ' '.repeat(t.length));

describe.each(articles)('$file', ({ lang, file }) => {
  const text = readFileSync(file, 'utf8');
  const plain = blank(text);

  it('carries every hedged figure’s hedge in the sentence’s own words, a quantity hedge beside the number', () => {
    const missing: string[] = [];
    for (const v of tagsAt(text, 'Value')) {
      const row = lookupRow(v.attrs.of, v.attrs.where);
      const { before, after } = sentenceAround(plain, v.start, v.end, lang);
      const squash = (t: string) => t.replace(/\s+/g, ' ').trim();
      for (const q of (row.qualifier ?? []) as Qualifier[])
        if (hedgeBeside(before, after, q, lang).length === 0)
          missing.push(`${file}:${v.line}: ${q} (${v.attrs.of} ${v.attrs.where}): “${squash(before).slice(-50)} ▮ ${squash(after).slice(0, 30)}”`);
    }
    expect(missing).toEqual([]);
  });

  it('puts no bracketed qualifier tag in running prose', () => {
    const tag = /[(（]\s*(target|forecast|estimated?|projected|预计|目标|估计|预测)\s*[)）]/gi;
    const found = ownProse(text)
      .split('\n')
      .flatMap((line, i) => [...line.matchAll(tag)].map((m) => `${file}: ${m[0]} in “${line.trim().slice(0, 60)}”`));
    expect(found).toEqual([]);
  });
});
