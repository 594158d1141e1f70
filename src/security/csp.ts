/**
 * The Content-Security-Policy every page carries (as <meta http-equiv>, since
 * a static host may not let us set headers). It allows nothing from another
 * origin: scripts, styles, fonts, images, fetches and frames come from our own
 * origin only.
 *
 * - script-src 'self': Astro is told never to inline a script
 *   (vite.build.assetsInlineLimit: 0 in astro.config.mjs), so no hash is needed.
 * - 'wasm-unsafe-eval': Pagefind compiles its WebAssembly search index.
 * - style-src 'unsafe-inline': Plot writes a <style> element and style
 *   attributes into every chart SVG. Inline styles cannot load anything
 *   external under this policy (img-src and font-src stay 'self').
 * - img-src data:: Pagefind UI and Plot use data: URIs for small images.
 * - frame-ancestors cannot be set from a <meta> (browsers ignore it there);
 *   embed pages are meant to be framed by anyone anyway.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
