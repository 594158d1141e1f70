// Finds where in a page a query matched: the section (the last heading with an id before
// the match) and a short excerpt around it with the match marked. Works on Pagefind's
// fragment: `raw_content` is the indexed text, split into words by zero-width spaces in
// Chinese pages and by spaces otherwise; `anchors` give each heading's word position.
import type { PagefindFragment } from './search-rank.ts';
import { termsRegExp } from './search-text.ts';
import { rawContentWords } from './pagefind-internals.ts';

/** Excerpt text in runs; `mark` runs are the matched terms. Rendered as text, never as HTML. */
export type Excerpt = { text: string; mark: boolean }[];

const CONTEXT = 48;

function unescapeAngles(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>');
}

/** Pagefind's excerpt (text with <mark> tags, < and > escaped) as runs. */
export function excerptFromPagefind(html: string): Excerpt {
  return html
    .split(/(<mark>.*?<\/mark>)/s)
    .filter(Boolean)
    .map((part) => (part.startsWith('<mark>') ? { text: unescapeAngles(part.slice(6, -7)), mark: true } : { text: unescapeAngles(part), mark: false }));
}

function words(fragment: PagefindFragment): { joined: string; starts: number[] } {
  const raw = unescapeAngles(fragment.raw_content ?? fragment.content);
  const { words: list, joiner } = rawContentWords(raw);
  const starts: number[] = [];
  let at = 0;
  for (const w of list) {
    starts.push(at);
    at += w.length + joiner.length;
  }
  return { joined: list.join(joiner), starts };
}

function wordAt(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function sectionAt(fragment: PagefindFragment, word: number): { title: string; url: string } | undefined {
  const headings = fragment.anchors.filter((a) => /^h[2-6]$/i.test(a.element) && a.id && a.location <= word && a.text.trim());
  const last = headings.sort((a, b) => a.location - b.location).at(-1);
  if (!last) return undefined;
  return { title: last.text.replace(/#\s*$/, '').trim(), url: `${fragment.url.split('#')[0]}#${last.id}` };
}

/** Marks every term inside `text`. */
function markRuns(text: string, re: RegExp): Excerpt {
  const runs: Excerpt = [];
  let last = 0;
  for (const m of text.matchAll(re)) {
    if (m.index > last) runs.push({ text: text.slice(last, m.index), mark: false });
    runs.push({ text: m[0], mark: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) runs.push({ text: text.slice(last), mark: false });
  return runs;
}

// A cut between two Latin letters or digits is inside a word; it moves to the nearest space
// outward of the match, if one is this close (Chinese has no spaces, and is cut anywhere).
const INSIDE = /[\p{Script=Latin}\p{N}]{2}/u;
const SNAP = 16;

/** `at`, or the start of the next word when `at` falls inside one (never past the match at `limit`). */
function wordStart(text: string, at: number, limit: number): number {
  if (at === 0 || !INSIDE.test(text.slice(at - 1, at + 1))) return at;
  const space = text.slice(at, Math.min(limit, at + SNAP)).search(/\s/);
  return space < 0 ? at : at + space + 1;
}

/** `at`, or the end of the previous word when `at` falls inside one. */
function wordEnd(text: string, at: number): number {
  if (at >= text.length || !INSIDE.test(text.slice(at - 1, at + 1))) return at;
  const space = text.slice(Math.max(0, at - SNAP), at).search(/\s\S*$/);
  return space < 0 ? at : Math.max(0, at - SNAP) + space;
}

/** The first place any of `terms` occurs in the page: its section and an excerpt around it. */
export function locateMatch(fragment: PagefindFragment, terms: string[]): { section?: { title: string; url: string }; excerpt: Excerpt } {
  const re = termsRegExp(terms);
  const { joined, starts } = words(fragment);
  const first = re ? joined.search(new RegExp(re.source, 'iu')) : -1;
  if (!re || first < 0) {
    const sub = fragment.sub_results.find((s) => s.url.includes('#'));
    const section = sub ? { title: sub.title, url: sub.url } : undefined;
    return { section, excerpt: excerptFromPagefind(sub?.excerpt ?? fragment.excerpt) };
  }
  const from = wordStart(joined, Math.max(0, first - CONTEXT), first);
  const to = wordEnd(joined, Math.min(joined.length, first + CONTEXT * 2));
  const text = `${from > 0 ? '…' : ''}${joined.slice(from, to).trim()}${to < joined.length ? '…' : ''}`;
  return { section: sectionAt(fragment, wordAt(starts, first)), excerpt: markRuns(text, re) };
}
