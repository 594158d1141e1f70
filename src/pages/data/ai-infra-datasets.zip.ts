import type { APIRoute } from 'astro';
import { buildDataBundle } from '../../data/bundle.ts';

/** Every dataset at once, made at build time (src/data/bundle.ts). */
export const GET: APIRoute = () => new Response(new Uint8Array(buildDataBundle()), { headers: { 'Content-Type': 'application/zip' } });
