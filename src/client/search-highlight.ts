// Marks the searched terms on the page a search result leads to (?highlight=…, one
// parameter per term). The terms come from the URL, so they only ever become text
// inside <mark> elements made with DOM calls, never markup.
import { termsRegExp } from './search-text.ts';

const SKIP = 'script, style, noscript, template, textarea, svg, mark, [data-pagefind-ignore]';

function textNodes(root: Element): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) => (node.parentElement?.closest(SKIP) ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes: Text[] = [];
  while (walker.nextNode()) nodes.push(walker.currentNode as Text);
  return nodes;
}

function markIn(node: Text, re: RegExp): HTMLElement[] {
  const marks: HTMLElement[] = [];
  const matches = [...node.data.matchAll(re)].reverse();
  for (const m of matches) {
    const hit = node.splitText(m.index);
    hit.splitText(m[0].length);
    const mark = document.createElement('mark');
    mark.className = 'search-hit';
    hit.replaceWith(mark);
    mark.append(hit);
    marks.unshift(mark);
  }
  return marks;
}

/** Wraps every occurrence of the URL's highlight terms in <main>; returns the marks. */
export function highlightFromUrl(url = new URL(location.href)): HTMLElement[] {
  const terms = url.searchParams
    .getAll('highlight')
    .map((t) => t.trim())
    .filter((t) => t.length > 0 && t.length <= 64)
    .slice(0, 5);
  const main = document.querySelector('main');
  const re = termsRegExp(terms);
  if (!main || !re) return [];
  const marks = textNodes(main).flatMap((node) => markIn(node, re));
  // A match inside a closed data table is opened so the reader can see it.
  for (const mark of marks) mark.closest('details')?.setAttribute('open', '');
  if (marks.length && !url.hash) marks[0].scrollIntoView({ block: 'center' });
  return marks;
}
