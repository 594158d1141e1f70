// The search page: reads ?q=&type=&report= (so a search is a link a teacher can share),
// runs it, and renders results as DOM nodes (excerpts are text runs, never HTML).
import { runSearch, searchOther, useTermPairs, type Hit, type Lang, type Outcome, type SearchFilters } from './search-engine.ts';
import type { Excerpt } from './search-excerpt.ts';
import { compact, queryTerms } from './search-text.ts';

interface Config {
  lang: Lang;
  bundle: string;
  reports: Record<string, string>;
  strings: Record<string, string>;
  terms: [string, string][];
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}

function fill(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? ''));
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

function readForm(form: HTMLFormElement): { query: string; filters: SearchFilters } {
  const data = new FormData(form);
  return { query: String(data.get('q') ?? '').trim(), filters: { type: String(data.get('type') ?? ''), report: String(data.get('report') ?? '') } };
}

export function startSearchPage(): void {
  const config = JSON.parse(document.getElementById('search-config')!.textContent!) as Config;
  useTermPairs(config.terms);
  const form = document.getElementById('search-form') as HTMLFormElement;
  const status = document.getElementById('search-status')!;
  const own = document.getElementById('search-results')!;
  const otherSection = document.getElementById('search-other')!;
  const other = otherSection.querySelector('ol')!;
  const otherButton = document.getElementById('search-other-button') as HTMLButtonElement;
  const otherNone = document.getElementById('search-other-none')!;
  const hints = document.getElementById('search-hints')!;
  const params = new URLSearchParams(location.search);
  for (const name of ['q', 'type', 'report']) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    field.value = params.get(name) ?? '';
  }
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  // The search last started, so typing then pressing Enter (or a filter re-selected) does not
  // run the same search twice: each run may download index chunks of its own.
  let started = '';

  async function run(): Promise<void> {
    clearTimeout(timer);
    const { query, filters } = readForm(form);
    const key = JSON.stringify([query, filters]);
    if (key === started) return;
    started = key;
    const mine = ++generation;
    const url = new URL(location.href);
    for (const [k, v] of Object.entries({ q: query, ...filters })) v ? url.searchParams.set(k, v) : url.searchParams.delete(k);
    history.replaceState(null, '', url);
    own.replaceChildren();
    other.replaceChildren();
    otherSection.hidden = true;
    otherButton.hidden = true;
    otherNone.hidden = true;
    hints.hidden = query.length > 0;
    status.textContent = query ? config.strings['search.searching'] : '';
    if (!query) return;
    const show = (result: Outcome, done: boolean) => {
      if (mine !== generation) return;
      own.replaceChildren(...result.own.map((h) => renderHit(h, query, config, 'h2')));
      other.replaceChildren(...result.other.map((h) => renderHit(h, query, config, 'h3')));
      otherButton.hidden = !result.otherPending;
      otherButton.textContent = fill(config.strings['search.other.ask'], { q: query });
      otherSection.hidden = result.other.length === 0 && !result.otherPending;
      const count = result.own.length + result.other.length;
      if (!done && count === 0) return;
      status.textContent = count ? fill(config.strings['search.count'], { n: count, q: query }) : fill(config.strings['search.none'], { q: query });
      hints.hidden = count > 0;
      document.documentElement.dataset.searchFirst = query;
      if (done) document.documentElement.dataset.searchDone = query;
    };
    try {
      show(await runSearch(config.bundle, config.lang, query, filters, (first) => show(first, false)), true);
    } catch (error) {
      console.error(error);
      if (mine === generation) status.textContent = config.strings['search.error'];
    }
  }

  // The other language's pages, on request: merging its bundle costs another 30–60 KB.
  otherButton.addEventListener('click', async () => {
    const { query, filters } = readForm(form);
    const mine = generation;
    otherButton.disabled = true;
    try {
      const result = await searchOther(config.bundle, config.lang, query, filters);
      if (mine !== generation) return;
      own.replaceChildren(...result.own.map((h) => renderHit(h, query, config, 'h2')));
      other.replaceChildren(...result.other.map((h) => renderHit(h, query, config, 'h3')));
      otherButton.hidden = true;
      otherNone.hidden = result.other.length > 0;
      otherNone.textContent = fill(config.strings['search.none'], { q: query });
      other.querySelector('a')?.focus();
      document.documentElement.dataset.searchOtherDone = query;
    } catch (error) {
      console.error(error);
      status.textContent = config.strings['search.error'];
    } finally {
      otherButton.disabled = false;
    }
  });

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  form.addEventListener('input', (event) => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(), (event.target as HTMLElement).tagName === 'SELECT' ? 0 : 250);
  });
  if (params.get('q')) void run();
  else if (!matchMedia('(pointer: coarse)').matches) (form.elements.namedItem('q') as HTMLInputElement).focus();
}
