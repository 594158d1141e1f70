// Renders search results as DOM nodes (excerpts are text runs, never HTML): the matches, the
// partial matches below their divider, the other language's, the honest count and "Show more".
import { fillTemplate } from '../format/template.ts';
import { MORE, type Hit, type Lang, type Outcome } from './search-engine.ts';
import type { Excerpt } from './search-excerpt.ts';
import { compact, isPartialMatch, queryTerms } from './search-text.ts';
import type { TraditionalHints } from './search-traditional.ts';

export interface Config {
  lang: Lang;
  bundle: string;
  reports: Record<string, string>;
  strings: Record<string, string>;
  terms: [string, string][];
  /** The page language's abbreviations and their long forms (search-aliases.ts). */
  aliases: [string, string][];
  /** Tells a Traditional query, and where the list that converts it is. */
  traditional: { hints: TraditionalHints; url: string };
}

export interface ResultNodes {
  status: HTMLElement;
  own: HTMLElement;
  partialSection: HTMLElement;
  partial: HTMLElement;
  other: HTMLElement;
  otherSection: HTMLElement;
  otherButton: HTMLButtonElement;
  more: HTMLButtonElement;
}

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function renderExcerpt(excerpt: Excerpt): HTMLElement {
  return el('p', { className: 'search-excerpt' }, ...excerpt.map((run) => (run.mark ? el('mark', {}, run.text) : run.text)));
}

/** The link to a result: its section, with the terms to highlight on arrival. */
function targetUrl(hit: Hit, query: string): string {
  const url = new URL(hit.section?.url ?? hit.url, location.href);
  const terms = hit.quality.tier === 3 ? [query] : queryTerms(query);
  for (const term of terms.slice(0, 5)) url.searchParams.append('highlight', term);
  return url.pathname + url.search + url.hash;
}

function renderHit(hit: Hit, query: string, config: Config, heading: 'h2' | 'h3'): HTMLLIElement {
  const href = targetUrl(hit, query);
  const facts = [hit.type ? config.strings[`search.type.${hit.type}`] : '', hit.report ? config.reports[hit.report] : '', hit.date ?? ''].filter(Boolean);
  const item = el('li', { className: 'search-result' });
  item.dataset.tier = String(hit.quality.tier);
  item.append(el(heading, { className: 'search-result-title' }, el('a', { href }, hit.title)));
  if (facts.length) item.append(el('p', { className: 'search-result-facts' }, facts.join(' · ')));
  if (hit.section && compact(hit.section.title) !== compact(hit.title))
    item.append(el('p', { className: 'search-result-section' }, '→ ', el('a', { href }, hit.section.title)));
  item.append(renderExcerpt(hit.excerpt));
  return item;
}

/**
 * Shows an outcome: the page language's matches, then (below a divider) its partial matches,
 * then the other language's. Returns how many results are shown.
 */
export function renderOutcome(result: Outcome, typed: string, config: Config, nodes: ResultNodes): number {
  const query = result.query;
  const partial = (h: Hit) => isPartialMatch(h.quality, query);
  nodes.own.replaceChildren(...result.own.filter((h) => !partial(h)).map((h) => renderHit(h, query, config, 'h2')));
  nodes.partial.replaceChildren(...result.own.filter(partial).map((h) => renderHit(h, query, config, 'h3')));
  nodes.partialSection.hidden = nodes.partial.childElementCount === 0;
  nodes.partialSection.querySelector('h2')!.textContent = fillTemplate(config.strings['search.partial'], { q: typed });
  nodes.other.replaceChildren(...result.other.map((h) => renderHit(h, query, config, 'h3')));
  nodes.otherButton.hidden = !result.otherPending;
  nodes.otherButton.textContent = fillTemplate(config.strings['search.other.ask'], { q: typed });
  nodes.otherSection.hidden = result.other.length === 0 && !result.otherPending;
  const shown = result.own.length + result.other.length;
  const total = result.ownTotal + result.otherTotal;
  const next = Math.min(result.ownTotal - result.own.length, MORE.own) + Math.min(result.otherTotal - result.other.length, MORE.other);
  nodes.more.hidden = !result.more;
  nodes.more.textContent = fillTemplate(config.strings['search.more'], { k: next });
  nodes.status.textContent = shown
    ? fillTemplate(config.strings['search.count'], { n: total, q: typed, shown })
    : fillTemplate(config.strings['search.none'], { q: typed });
  return shown;
}
