interface PagefindUIInstance {
  triggerSearch(term: string): void;
}
declare global {
  interface Window {
    PagefindUI?: new (options: Record<string, unknown>) => PagefindUIInstance;
  }
}

function loadScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = () => resolve();
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/**
 * Mounts Pagefind's UI. The bundle is made after the Astro build, so it is
 * loaded at run time from the site's own /pagefind/ folder, never bundled.
 * `?q=` makes a search linkable.
 */
export async function startSearch(container: HTMLElement): Promise<void> {
  const bundlePath = container.dataset.bundle!;
  await loadScript(`${bundlePath}pagefind-ui.js`);
  const ui = new window.PagefindUI!({
    element: container,
    bundlePath,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
    translations: { placeholder: container.dataset.placeholder },
  });
  container.querySelector('input')?.setAttribute('aria-label', container.dataset.label ?? '');
  const query = new URLSearchParams(location.search).get('q');
  if (query) ui.triggerSearch(query);
}
