import { formatCitation, isoDay, type CiteStyle, type CitedPage, type CitedReport } from '../format/citation.ts';
import { scriptRuns } from '../data/script-runs.ts';

/**
 * The citations are built without an access date; the reader's copy carries today's. On English
 * pages the Chinese titles stay marked lang="zh-CN" (WCAG 3.1.2), as MixedText rendered them.
 */
const today = isoDay(new Date());
for (const el of document.querySelectorAll<HTMLElement>('.citation[data-cite]')) {
  const { style, page, report } = JSON.parse(el.dataset.cite!) as { style: CiteStyle; page: CitedPage; report: CitedReport };
  const text = formatCitation(style, { ...page, accessed: today }, report);
  const runs = page.lang === 'en' ? scriptRuns(text) : [{ text, zh: false }];
  el.replaceChildren(
    ...runs.map((run) => {
      if (!run.zh) return document.createTextNode(run.text);
      const span = document.createElement('span');
      span.lang = 'zh-CN';
      span.textContent = run.text;
      return span;
    }),
  );
}
