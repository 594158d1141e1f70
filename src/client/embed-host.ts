/**
 * embed.js — the optional one-line script a host page adds next to our
 * iframes. It does one thing: when one of OUR iframes reports its content
 * height, set that iframe's height. Messages from any other origin, or naming
 * a chart the iframe is not showing, are ignored.
 *
 * Host pages may also follow their own dark mode:
 *   window.AIInfraEmbeds.setTheme('dark' | 'light' | 'auto')
 * which posts {type: 'ai-infra:theme', theme} to each of our iframes.
 */
interface HeightMessage {
  type: 'ai-infra:height';
  chart: string;
  height: number;
}

(() => {
  const script = document.currentScript as HTMLScriptElement | null;
  const origin = script?.src ? new URL(script.src).origin : location.origin;

  function ourFrames(): HTMLIFrameElement[] {
    return [...document.querySelectorAll<HTMLIFrameElement>('iframe[data-ai-infra-chart]')].filter((frame) => {
      try {
        return new URL(frame.src, location.href).origin === origin;
      } catch {
        return false;
      }
    });
  }

  function isHeightMessage(data: unknown): data is HeightMessage {
    const m = data as HeightMessage | null;
    return !!m && m.type === 'ai-infra:height' && typeof m.chart === 'string' && typeof m.height === 'number' && Number.isFinite(m.height);
  }

  addEventListener('message', (event: MessageEvent) => {
    if (event.origin !== origin || !isHeightMessage(event.data)) return;
    const { chart, height } = event.data;
    const frame = ourFrames().find((f) => f.contentWindow === event.source);
    if (!frame || frame.dataset.aiInfraChart !== chart) return;
    frame.style.height = `${Math.ceil(Math.min(Math.max(height, 80), 4000))}px`;
  });

  (window as unknown as { AIInfraEmbeds: object }).AIInfraEmbeds = {
    setTheme(theme: 'light' | 'dark' | 'auto'): void {
      for (const frame of ourFrames()) frame.contentWindow?.postMessage({ type: 'ai-infra:theme', theme }, origin);
    },
  };
})();
