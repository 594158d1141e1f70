// Lists a Pagefind bundle's explainer sections by the topic their heading leads with, so the
// search page opens the section about a term before pages that only mention it
// (src/client/search-topic.ts, which the page uses to read the list). Pagefind names a
// result by its fragment file and writes the fragment as gzip of "pagefind_dcd" + JSON; read
// from Pagefind 1.6.0, like the rest of the coupling (src/client/pagefind-internals.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { sectionTopics } from '../../src/client/search-topic.ts';

const SIGNATURE = 'pagefind_dcd';

/** One fragment file of a bundle as Pagefind wrote it. */
export function readFragment(file) {
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error(`pagefind fragment: ${file} does not start with ${SIGNATURE}`);
  return JSON.parse(text.slice(SIGNATURE.length));
}

/** Topic key → ids of the sections about it, for the bundle in `bundleDir`. */
export function readTopics(bundleDir) {
  const topics = {};
  for (const name of readdirSync(join(bundleDir, 'fragment')).sort()) {
    const fragment = readFragment(join(bundleDir, 'fragment', name));
    const id = name.replace(/\.pf_fragment$/, '');
    for (const key of sectionTopics(fragment.meta?.title ?? '', fragment.url)) (topics[key] ??= []).push(id);
  }
  return topics;
}
