import { formatCitation, isoDay, type CiteStyle, type CitedPage, type CitedReport } from '../format/citation.ts';

/** The citations are built without an access date; the reader's copy carries today's. */
const today = isoDay(new Date());
for (const el of document.querySelectorAll<HTMLElement>('.citation[data-cite]')) {
  const { style, page, report } = JSON.parse(el.dataset.cite!) as { style: CiteStyle; page: CitedPage; report: CitedReport };
  el.textContent = formatCitation(style, { ...page, accessed: today }, report);
}
