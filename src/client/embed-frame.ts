/**
 * Runs inside an embed iframe: applies the theme chosen in the embed code
 * (?theme=light|dark, or the host's later message) and reports the content
 * height to the parent so embed.js can size the iframe without a scrollbar.
 */
import { heightMessages, linkMessage, readWordPressSecret } from './embed-protocols.ts';

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

/**
 * In a WordPress post the frame is sandboxed with scripts only: it may neither open a tab nor
 * download. Links go to the host as WordPress "link" messages (it opens them), and the
 * download menu gives way to the chart page link, where the downloads work.
 */
function speakWordPress(secret: string): void {
  document.querySelector<HTMLElement>('.chart-menu')?.setAttribute('hidden', '');
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]') as HTMLAnchorElement | null;
    if (!link) return;
    event.preventDefault();
    parent.postMessage(linkMessage(link.href, secret), '*');
  });
}

export function startEmbedFrame(): void {
  applyTheme(new URLSearchParams(location.search).get('theme') as Theme | null);
  const secret = readWordPressSecret(location.hash);
  const chart = document.querySelector('[data-chart-figure]')?.id ?? '';
  const src = location.href.replace(/#.*$/, '');
  const post = (height: number) => {
    for (const message of heightMessages({ chart, height, src, secret })) parent.postMessage(message, '*');
  };
  addEventListener('message', (event: MessageEvent) => {
    const message = event.data as { type?: string; theme?: unknown; message?: string; secret?: string } | null;
    if (event.source !== parent || parent === window) return;
    if (message?.type === 'ai-infra:theme') applyTheme(message.theme);
    // WordPress says "ready" once its script runs, possibly after our first report: say it again.
    if (secret && message?.message === 'ready' && message.secret === secret) post(contentHeight());
  });
  if (parent === window) return;
  if (secret) speakWordPress(secret);
  let last = 0;
  const report = () => {
    const height = contentHeight();
    if (height === last) return;
    last = height;
    post(height);
  };
  new ResizeObserver(report).observe(document.body);
  report();
}
