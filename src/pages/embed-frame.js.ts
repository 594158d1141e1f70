import type { APIRoute } from 'astro';
import { buildSync } from 'esbuild';

/**
 * The embed page's own script as one classic (non-module) file. WordPress sandboxes oEmbed
 * iframes without allow-same-origin, so the page's origin is opaque and module scripts, which
 * are always fetched with CORS, would be refused by a host that sends no CORS header; a classic
 * script loads anyway, so the frame still reports its height and speaks WordPress's messages.
 */
export const GET: APIRoute = () => {
  const { outputFiles } = buildSync({ entryPoints: ['src/client/embed-frame-start.ts'], bundle: true, format: 'iife', target: 'es2020', write: false });
  return new Response(outputFiles[0].text, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
};
