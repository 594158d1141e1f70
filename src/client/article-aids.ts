/**
 * Reading aids on an article page: the table of contents follows the reader,
 * renamed anchors still land (data-anchor-aliases: old id → new id), and the
 * keys j / k (or ] / [) move to the next / previous section.
 */
const article = document.querySelector<HTMLElement>('article.article');
const headings = [...document.querySelectorAll<HTMLElement>('article.article h2[data-section-heading]')];
const tocLinks = [...document.querySelectorAll<HTMLAnchorElement>('.toc a[href^="#"], .toc-phone a[href^="#"]')];
const current = document.querySelector<HTMLElement>('.toc-phone .toc-current');

function currentHeading(): HTMLElement | undefined {
  const line = window.innerHeight / 3;
  let found = headings[0];
  for (const h of headings) if (h.getBoundingClientRect().top < line) found = h;
  return found;
}

function updateToc(): void {
  const heading = currentHeading();
  for (const a of tocLinks) a.setAttribute('aria-current', String(a.hash.slice(1) === heading?.id));
  if (current) current.textContent = heading ? (heading.firstChild?.textContent?.trim() ?? '') : '';
}

function followAlias(): void {
  const aliases = JSON.parse(article?.dataset.anchorAliases ?? '{}') as Record<string, string>;
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id && !document.getElementById(id) ? aliases[id] : undefined;
  if (!target) return;
  history.replaceState(null, '', `#${target}`);
  document.getElementById(target)?.scrollIntoView();
}

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

/** How far below the viewport's top a heading sits when scrolled to (the page's scroll-padding and its scroll-margin), plus slack. */
function restingTop(h: HTMLElement): number {
  const px = (value: string) => parseFloat(value) || 0;
  return px(getComputedStyle(document.documentElement).scrollPaddingTop) + px(getComputedStyle(h).scrollMarginTop) + 2;
}

/** j goes to the next heading; k to the start of the section the reader is in, or the one before if already there. */
function goTo(step: 1 | -1): void {
  const tops = headings.map((h) => h.getBoundingClientRect().top - restingTop(h));
  const at = tops.findLastIndex((top) => top <= 0);
  const index = step === 1 ? at + 1 : at >= 0 && tops[at] < -4 ? at : at - 1;
  const next = headings[index];
  if (!next) return;
  next.tabIndex = -1;
  next.focus({ preventScroll: true });
  next.scrollIntoView({ block: 'start', behavior: 'instant' });
  history.replaceState(null, '', `#${next.id}`);
}

function onKey(event: KeyboardEvent): void {
  if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
  const step = { j: 1, ']': 1, k: -1, '[': -1 }[event.key] as 1 | -1 | undefined;
  if (!step) return;
  event.preventDefault();
  goTo(step);
}

// A tapped link in the phone contents closes it, so the section is not hidden behind the list.
for (const a of document.querySelectorAll('.toc-phone a')) a.addEventListener('click', () => a.closest('details')?.removeAttribute('open'));

if (headings.length) {
  addEventListener('scroll', updateToc, { passive: true });
  updateToc();
  addEventListener('keydown', onKey);
}
followAlias();
addEventListener('hashchange', followAlias);
