/**
 * Runs inside an embed iframe: applies the theme chosen in the embed code
 * (?theme=light|dark, or the host's later message) and reports the content
 * height to the parent so embed.js can size the iframe without a scrollbar.
 */
type Theme = 'light' | 'dark' | 'auto';

function applyTheme(theme: unknown): void {
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  else if (theme === 'auto') delete document.documentElement.dataset.theme;
}

/** The body's height, or more when chart marks or labels overflow their SVG box (overflow is visible). */
function contentHeight(): number {
  const bottoms = [...document.querySelectorAll('svg > *')].map((el) => el.getBoundingClientRect().bottom);
  return Math.ceil(Math.max(document.body.getBoundingClientRect().bottom, ...bottoms) + scrollY);
}

export function startEmbedFrame(): void {
  applyTheme(new URLSearchParams(location.search).get('theme') as Theme | null);
  addEventListener('message', (event: MessageEvent) => {
    const message = event.data as { type?: string; theme?: unknown } | null;
    if (event.source === parent && message?.type === 'ai-infra:theme') applyTheme(message.theme);
  });
  if (parent === window) return;
  const chart = document.querySelector('[data-chart-figure]')?.id;
  let last = 0;
  const report = () => {
    const height = contentHeight();
    if (height === last) return;
    last = height;
    // The height and chart id are not secret, and the host's origin is unknown to us: '*' is safe here.
    parent.postMessage({ type: 'ai-infra:height', chart, height }, '*');
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
