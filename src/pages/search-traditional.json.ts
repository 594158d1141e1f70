// The Traditional → Simplified list the search page loads for a Traditional query
// (src/client/search-traditional.ts); one for both languages, as either page may get one.
import type { APIRoute } from 'astro';
import { siteTraditionalPairs } from '../data/traditional-map.ts';

export const GET: APIRoute = () => new Response(JSON.stringify(siteTraditionalPairs()), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
