/**
 * The resize messages an embed sends to its host, in each dialect a host page may already
 * understand. None carries anything secret (a height, a chart id, our own URL), so each goes
 * to '*': we cannot know the host's origin.
 */

/**
 * WordPress's secret, which its host script appends to an oEmbed iframe's URL as
 * `#?secret=…` (older versions `#secret=…`). WordPress itself accepts only letters and digits.
 */
export function readWordPressSecret(hash: string): string | undefined {
  const secret = new URLSearchParams(hash.replace(/^#\??/, '')).get('secret') ?? undefined;
  return secret && /^[a-zA-Z0-9]+$/.test(secret) ? secret : undefined;
}

export interface Resize {
  chart: string;
  height: number;
  /** The embed's own URL, by which some hosts find the iframe. */
  src: string;
  secret?: string;
}

/**
 * One height in every shape we speak:
 * - ours, `{type: 'ai-infra:height'}`, which embed.js checks against our origin and the chart id;
 * - WordPress's `{message: 'height', value, secret}` (its wp-embed.js clamps it to 200–1000 px
 *   and matches the iframe by secret and window), only when WordPress gave us a secret;
 * - Datawrapper's `{'datawrapper-height': {id: height}}`, whose listener sizes the iframe whose
 *   src contains the id (our chart ids are long and specific, so it finds only ours);
 * - the `iframe.resize` JSON string (embed.ly, Infogram and Flourish-style listeners), which a
 *   host matches by src.
 */
export function heightMessages({ chart, height, src, secret }: Resize): unknown[] {
  const messages: unknown[] = [
    { type: 'ai-infra:height', chart, height },
    { 'datawrapper-height': { [chart]: height } },
    JSON.stringify({ context: 'iframe.resize', src, height }),
  ];
  if (secret) messages.push({ message: 'height', value: height, secret });
  return messages;
}

/** WordPress's request to open a link in the host page (a sandboxed frame may not navigate it). */
export function linkMessage(href: string, secret: string): unknown {
  return { message: 'link', value: href, secret };
}
