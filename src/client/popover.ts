import { placePopover } from './place-popover.ts';

/**
 * Glossary terms and figures open their popover in place (markup: src/components/popover-html.ts).
 * The trigger is a link (to the glossary entry, to the dataset row) so it works without
 * JavaScript; here it becomes a button: a tap, a click, Enter or Space opens the popover
 * beside it, inside the viewport at any width. The native Popover API ("auto" popovers)
 * closes it on Escape and on a tap outside, keeps one open at a time, and gives focus back to the
 * trigger when it closes with focus inside (Escape, the close button). A mouse hovering
 * a trigger previews its popover, which closes again when the mouse leaves both.
 */

type Pop = HTMLElement & { showPopover(): void; hidePopover(): void };
const HOVER_OPEN_MS = 350;
const HOVER_CLOSE_MS = 250;

let current: { trigger: HTMLElement; pop: Pop } | null = null;
let hoverTimer = 0;

const isOpen = (pop: Element) => pop.matches(':popover-open');

function place(trigger: HTMLElement, pop: Pop): void {
  // The first line box of a term that wraps: the popover hangs from where the reader looked.
  const first = trigger.getClientRects()[0] ?? trigger.getBoundingClientRect();
  const size = pop.getBoundingClientRect();
  const view = document.documentElement;
  const at = placePopover(first, size, { width: view.clientWidth, height: view.clientHeight });
  pop.style.left = `${at.left}px`;
  pop.style.top = `${at.top}px`;
  pop.dataset.side = at.side;
}

function open(trigger: HTMLElement, pop: Pop, byHover = false): void {
  if (!isOpen(pop)) pop.showPopover();
  pop.dataset.hover = byHover ? 'true' : '';
  place(trigger, pop);
}

/** `beforetoggle` fires inside showPopover/hidePopover (and on light dismiss), so the state is right at once. */
function onBeforeToggle(trigger: HTMLElement, pop: Pop, event: Event): void {
  const opening = (event as Event & { newState?: string }).newState === 'open';
  trigger.setAttribute('aria-expanded', String(opening));
  if (opening) current = { trigger, pop };
  else if (current?.pop === pop) current = null;
}

function hoverLater(action: () => void, ms: number): void {
  clearTimeout(hoverTimer);
  hoverTimer = window.setTimeout(action, ms);
}

function wireHover(trigger: HTMLElement, pop: Pop): void {
  const enter = (e: PointerEvent) => e.pointerType === 'mouse' && hoverLater(() => isOpen(pop) || open(trigger, pop, true), HOVER_OPEN_MS);
  const leave = (e: PointerEvent) => e.pointerType === 'mouse' && hoverLater(() => pop.dataset.hover && isOpen(pop) && pop.hidePopover(), HOVER_CLOSE_MS);
  trigger.addEventListener('pointerenter', enter);
  trigger.addEventListener('pointerleave', leave);
  pop.addEventListener('pointerenter', () => clearTimeout(hoverTimer));
  pop.addEventListener('pointerleave', leave);
}

function wire(trigger: HTMLElement): void {
  const pop = document.getElementById(trigger.dataset.pop ?? '') as Pop | null;
  if (!pop) return;
  trigger.setAttribute('role', 'button');
  trigger.setAttribute('aria-expanded', 'false');
  // A tap outside closes an open popover on pointerdown; a tap on its own trigger must not reopen it.
  let wasOpen = false;
  trigger.addEventListener('pointerdown', () => (wasOpen = isOpen(pop) && !pop.dataset.hover));
  trigger.addEventListener('click', (e) => {
    e.preventDefault();
    clearTimeout(hoverTimer);
    if (wasOpen || (isOpen(pop) && !pop.dataset.hover)) {
      if (isOpen(pop)) pop.hidePopover();
    } else open(trigger, pop);
    wasOpen = false;
  });
  trigger.addEventListener('keydown', (e) => {
    if (e.key !== ' ') return;
    e.preventDefault();
    trigger.click();
  });
  pop.addEventListener('beforetoggle', (e) => onBeforeToggle(trigger, pop, e));
  wireHover(trigger, pop);
}

/** "Show the Chinese original" inside a figure popover. */
function toggleOriginal(button: HTMLElement): void {
  const target = document.getElementById(button.getAttribute('aria-controls') ?? '');
  if (!target) return;
  const show = target.hidden;
  target.hidden = !show;
  button.setAttribute('aria-expanded', String(show));
  button.textContent = (show ? button.dataset.hide : button.dataset.show) ?? '';
  if (current) place(current.trigger, current.pop);
}

function reposition(): void {
  if (current) place(current.trigger, current.pop);
}

if ('popover' in HTMLElement.prototype) {
  document.querySelectorAll<HTMLElement>('a[data-pop]').forEach(wire);
  document.addEventListener('click', (e) => {
    const toggle = (e.target as Element).closest?.<HTMLElement>('.pop-toggle');
    if (toggle) toggleOriginal(toggle);
  });
  window.addEventListener('resize', reposition);
  document.addEventListener('scroll', () => requestAnimationFrame(reposition), { passive: true });
  document.documentElement.classList.add('has-popovers');
}
