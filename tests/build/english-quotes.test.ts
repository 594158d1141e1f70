import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, htmlFiles, loadPage, requireBuild, urlPathOf } from '../support/dist.ts';

// English pages set quotation marks and apostrophes as type (“ ” ‘ ’), as the article bodies
// already do: a straight ' or " beside curly ones reads as a typo. Everything a reader sees or
// hears counts: text, chart labels, and the alt, title, aria-label and description texts.
// Code and Chinese (the report's verbatim words) are left as they are.
const { dir } = BUILDS[0];
requireBuild(dir);
const ATTRIBUTES = ['alt', 'title', 'aria-label', 'content'];

/** Every straight quote an English page shows, with a few characters either side. */
function straightQuotes(file: string): string[] {
  const $ = loadPage(file);
  $('script, style, code, pre, textarea, [lang^="zh"], meta[http-equiv], meta[name="robots"], meta[property="og:url"]').remove();
  const found: string[] = [];
  const look = (text: string) => {
    for (const m of text.matchAll(/.{0,25}['"].{0,25}/gs)) found.push(m[0].replace(/\s+/g, ' '));
  };
  $('body *, head title')
    .contents()
    .each((_, node) => void (node.type === 'text' && look(node.data)));
  for (const name of ATTRIBUTES) $(`[${name}]`).each((_, el) => look($(el).attr(name)!));
  return found;
}

describe('English pages', () => {
  const pages = htmlFiles(join(dir, 'en'));

  it('are all looked at', () => expect(pages.length).toBeGreaterThan(250));

  it('show curly quotation marks and apostrophes, never straight ones', () => {
    const wrong = pages.flatMap((file) => straightQuotes(file).map((where) => `${urlPathOf(dir, file)}: ${where}`));
    expect(wrong.slice(0, 30), `${wrong.length} straight quotes`).toEqual([]);
  });
});
