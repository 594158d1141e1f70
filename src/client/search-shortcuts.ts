// "/" or Ctrl/⌘-K moves focus to the search box from any page: the search page's own
// box when there is one, otherwise the header's. "/" is left alone while the reader is
// typing in a field; Ctrl/⌘-K is not, as search boxes elsewhere on the web behave.
function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

function searchBox(): HTMLInputElement | null {
  return document.querySelector<HTMLInputElement>('#search-input') ?? document.querySelector<HTMLInputElement>('#site-search');
}

export function listenForSearchShortcut(): void {
  document.addEventListener('keydown', (event) => {
    const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
    const ctrlK = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey;
    if (!slash && !ctrlK) return;
    const box = searchBox();
    if (!box) return;
    event.preventDefault();
    box.focus();
    box.select();
  });
}
