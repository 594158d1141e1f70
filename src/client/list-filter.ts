/**
 * Filters a list with the <select>s of a form: `<form data-filter-for="list-id">`, each select's
 * name matching a `data-<name>` attribute (space-separated values) on the list's items. Without
 * JavaScript every item shows. The choice is kept in the URL (?name=value) so a filtered list can
 * be linked, and a live region says how many items show.
 */
function selectsOf(form: HTMLFormElement): HTMLSelectElement[] {
  return [...form.querySelectorAll('select')];
}

function apply(form: HTMLFormElement, list: HTMLElement, status: HTMLElement | null): void {
  const chosen = selectsOf(form).filter((s) => s.value !== '');
  const items = [...list.querySelectorAll<HTMLElement>('[data-filter-item]')];
  let shown = 0;
  for (const item of items) {
    item.hidden = chosen.some((s) => !(item.dataset[s.name] ?? '').split(' ').includes(s.value));
    if (!item.hidden) shown++;
  }
  // A group (a year, a report) with nothing left in it disappears with its heading.
  for (const group of list.querySelectorAll<HTMLElement>('[data-filter-group]')) group.hidden = !group.querySelector('[data-filter-item]:not([hidden])');
  if (status) status.textContent = (status.dataset.template ?? '{shown}/{total}').replace('{shown}', String(shown)).replace('{total}', String(items.length));
}

function keepInUrl(form: HTMLFormElement): void {
  const params = new URLSearchParams();
  for (const s of selectsOf(form)) if (s.value) params.set(s.name, s.value);
  const query = params.toString();
  history.replaceState(null, '', `${query ? `?${query}` : location.pathname}${location.hash}`);
}

function readUrl(form: HTMLFormElement): void {
  const params = new URLSearchParams(location.search);
  for (const s of selectsOf(form)) {
    const wanted = params.get(s.name);
    // Only a value the select offers is taken: the query string never becomes markup or a free filter.
    if (wanted && [...s.options].some((o) => o.value === wanted)) s.value = wanted;
  }
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-filter-for]')) {
  const list = document.getElementById(form.dataset.filterFor!);
  if (!list) continue;
  const status = form.querySelector<HTMLElement>('[data-filter-status]');
  const update = () => {
    apply(form, list, status);
    keepInUrl(form);
  };
  readUrl(form);
  apply(form, list, status);
  form.addEventListener('change', update);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    update();
  });
}
