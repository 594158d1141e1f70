/**
 * The markup of the in-place popovers for glossary terms and figures, built as strings: line
 * breaks between inline tags would put spaces into Chinese text. The trigger is a link that
 * works without JavaScript (to the glossary entry, to the dataset row); src/client/popover.ts
 * turns it into a button that opens the popover next to it. Popover bodies are spans, since
 * they stand inside a paragraph, where a <div> or <p> would end the paragraph.
 */

import { mixedHtml } from '../data/script-runs.ts';

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

interface Shell {
  /** The popover's id; its title's id is `${id}-t`. */
  id: string;
  kind: 'term' | 'figure';
  title: string;
  closeLabel: string;
  body: string;
}

/** The popover: a titled, closable, non-modal dialog kept out of the search index. */
function popover({ id, kind, title, closeLabel, body }: Shell): string {
  const close = `<button type="button" class="pop-close" popovertarget="${id}" popovertargetaction="hide" aria-label="${escapeHtml(closeLabel)}">×</button>`;
  const head = `<span class="pop-head"><span class="pop-title" id="${id}-t">${escapeHtml(title)}</span>${close}</span>`;
  return `<span class="pop pop-${kind}" id="${id}" popover role="dialog" aria-labelledby="${id}-t" data-pagefind-ignore="all">${head}${body}</span>`;
}

function trigger(kind: 'term' | 'figure', id: string, href: string, inner: string): string {
  return `<a class="${kind}-link" href="${escapeHtml(href)}" data-pop="${id}" aria-controls="${id}">${inner}</a>`;
}

export interface TermParts {
  popId: string;
  /** The term as the reader met it (rendered slot HTML). */
  inner: string;
  name: string;
  definition: string;
  glossaryHref: string;
  moreLabel: string;
  closeLabel: string;
}

export function termHtml(p: TermParts): string {
  const body = `<span class="pop-text">${escapeHtml(p.definition)}</span><a class="pop-link" href="${escapeHtml(p.glossaryHref)}">${escapeHtml(p.moreLabel)} →</a>`;
  return `<span class="term">${trigger('term', p.popId, p.glossaryHref, p.inner)}${popover({ id: p.popId, kind: 'term', title: p.name, closeLabel: p.closeLabel, body })}</span>`;
}

export interface FigureStrings {
  title: string;
  close: string;
  /** Label of the report's own words on this page: 报告原文 / Original (Chinese). */
  original: string;
  ours: string;
  showOriginal: string;
  hideOriginal: string;
  row: string;
}

export interface FigureParts {
  popId: string;
  lang: 'zh' | 'en';
  text: string;
  value: string;
  quote: string;
  /** Our English rendering of the quote, when the row has one (English pages only). */
  quoteEn?: string;
  note?: string;
  source: string;
  rowHref: string;
  strings: FigureStrings;
}

/** The report's words: on English pages our translation first, the Chinese one tap away. */
function quoteHtml(p: FigureParts): string {
  const zhAttr = p.lang === 'en' ? ' lang="zh-CN"' : '';
  const original = `<span class="pop-quote" id="${p.popId}-zh"${zhAttr}${p.quoteEn ? ' hidden' : ''}>“${escapeHtml(p.quote)}”</span>`;
  if (!p.quoteEn) return `<span class="pop-label">${escapeHtml(p.strings.original)}</span>${original}`;
  const s = p.strings;
  const toggle = `<button type="button" class="pop-toggle" aria-expanded="false" aria-controls="${p.popId}-zh" data-show="${escapeHtml(s.showOriginal)}" data-hide="${escapeHtml(s.hideOriginal)}">${escapeHtml(s.showOriginal)}</button>`;
  return `<span class="pop-label">${escapeHtml(s.ours)}</span><span class="pop-quote">“${escapeHtml(p.quoteEn)}”</span>${toggle}${original}`;
}

export function figureHtml(p: FigureParts): string {
  const note = p.note ? `<span class="pop-note">${mixedHtml(p.note, p.lang)}</span>` : '';
  const body = `${quoteHtml(p)}${note}<span class="pop-source">${escapeHtml(p.source)}</span><a class="pop-link" href="${escapeHtml(p.rowHref)}">${escapeHtml(p.strings.row)} →</a>`;
  const data = `<data class="figure" value="${escapeHtml(p.value)}">${escapeHtml(p.text)}</data>`;
  return `${trigger('figure', p.popId, p.rowHref, data)}${popover({ id: p.popId, kind: 'figure', title: p.strings.title, closeLabel: p.strings.close, body })}`;
}
