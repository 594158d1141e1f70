// The search page: reads ?q=&type=&report= (so a search is a link a teacher can share),
// runs it, and renders results page by page (search-render.ts).
import { fillTemplate } from '../format/template.ts';
import { runSearch, searchOther, useAliases, useTermPairs, useTraditional, type Outcome, type SearchFilters } from './search-engine.ts';
import { renderOutcome, type Config, type ResultNodes } from './search-render.ts';

function readForm(form: HTMLFormElement): { query: string; filters: SearchFilters } {
  const data = new FormData(form);
  return { query: String(data.get('q') ?? '').trim(), filters: { type: String(data.get('type') ?? ''), report: String(data.get('report') ?? '') } };
}

function findNodes(): ResultNodes {
  const byId = (id: string) => document.getElementById(id)!;
  const partialSection = byId('search-partial');
  const otherSection = byId('search-other');
  return {
    status: byId('search-status'),
    own: byId('search-results'),
    partialSection,
    partial: partialSection.querySelector('ol')!,
    otherSection,
    other: otherSection.querySelector('ol')!,
    otherButton: byId('search-other-button') as HTMLButtonElement,
    more: byId('search-more') as HTMLButtonElement,
  };
}

export function startSearchPage(): void {
  const config = JSON.parse(document.getElementById('search-config')!.textContent!) as Config;
  useTermPairs(config.terms);
  useAliases(config.aliases);
  useTraditional(config.traditional.hints, config.traditional.url);
  const form = document.getElementById('search-form') as HTMLFormElement;
  const nodes = findNodes();
  const otherNone = document.getElementById('search-other-none')!;
  const hints = document.getElementById('search-hints')!;
  const params = new URLSearchParams(location.search);
  for (const name of ['q', 'type', 'report']) {
    const field = form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
    field.value = params.get(name) ?? '';
  }
  let generation = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let current: Outcome | undefined;

  // The search last started, so typing then pressing Enter (or a filter re-selected) does not
  // run the same search twice: each run may download index chunks of its own.
  let started = '';

  function show(result: Outcome, query: string, done: boolean): void {
    const count = renderOutcome(result, query, config, nodes);
    current = result;
    hints.hidden = count > 0;
    document.documentElement.dataset.searchFirst = query;
    if (done) document.documentElement.dataset.searchDone = query;
  }

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
    for (const list of [nodes.own, nodes.partial, nodes.other]) list.replaceChildren();
    for (const node of [nodes.partialSection, nodes.otherSection, nodes.otherButton, nodes.more, otherNone]) node.hidden = true;
    current = undefined;
    hints.hidden = query.length > 0;
    nodes.status.textContent = query ? config.strings['search.searching'] : '';
    if (!query) return;
    try {
      const onFirst = (first: Outcome) => mine === generation && first.own.length + first.other.length > 0 && show(first, query, false);
      const result = await runSearch(config.bundle, config.lang, query, filters, onFirst);
      if (mine === generation) show(result, query, true);
    } catch (error) {
      console.error(error);
      if (mine === generation) nodes.status.textContent = config.strings['search.error'];
    }
  }

  // The next page of results: one fragment download per result, no new index chunks.
  nodes.more.addEventListener('click', async () => {
    const { query } = readForm(form);
    const mine = generation;
    const before = nodes.own.childElementCount + nodes.partial.childElementCount + nodes.other.childElementCount;
    const next = current?.more;
    if (!next) return;
    nodes.more.disabled = true;
    try {
      const result = await next();
      if (mine !== generation) return;
      show(result, query, true);
      document.documentElement.dataset.searchMoreDone = String(result.own.length + result.other.length);
      // Keyboard and screen-reader users continue where the new results begin.
      const all = [...document.querySelectorAll<HTMLAnchorElement>('.search-result-title a')];
      all[before]?.focus();
    } catch (error) {
      console.error(error);
      nodes.status.textContent = config.strings['search.error'];
    } finally {
      nodes.more.disabled = false;
    }
  });

  // The other language's pages, on request: merging its bundle costs another 30–60 KB.
  nodes.otherButton.addEventListener('click', async () => {
    const { query, filters } = readForm(form);
    const mine = generation;
    nodes.otherButton.disabled = true;
    try {
      const result = await searchOther(config.bundle, config.lang, query, filters);
      if (mine !== generation) return;
      show({ ...result, otherPending: false }, query, true);
      nodes.otherSection.hidden = false;
      otherNone.hidden = result.other.length > 0;
      otherNone.textContent = fillTemplate(config.strings['search.none'], { q: query });
      nodes.other.querySelector('a')?.focus();
      document.documentElement.dataset.searchOtherDone = query;
    } catch (error) {
      console.error(error);
      nodes.status.textContent = config.strings['search.error'];
    } finally {
      nodes.otherButton.disabled = false;
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
