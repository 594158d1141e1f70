// Reads which words each of a Pagefind bundle's index chunks covers, from its .pf_meta file,
// so the search page can keep a query within its download budget (chunks weigh about
// 30 KB each; see src/client/search-narrow.ts). Pagefind 1.x writes the meta file as gzip of
// "pagefind_dcd" + CBOR of [version, pages, index_chunks, filters, …], each index chunk being
// [from, to, hash]; cbor-x decodes it. Read from Pagefind 1.6.0, like the browser side of the
// coupling (src/client/pagefind-internals.ts, PAGEFIND_VERSION).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decode } from 'cbor-x';

const SIGNATURE = 'pagefind_dcd';

/** The meta file's CBOR, decoded, or an error naming the file. */
function readMeta(bundleDir, name) {
  const bytes = gunzipSync(readFileSync(join(bundleDir, name)));
  if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`pagefind meta: ${name} does not start with ${SIGNATURE}`);
  try {
    return decode(bytes.subarray(SIGNATURE.length));
  } catch (error) {
    throw new Error(`pagefind meta: ${name} is not CBOR: ${error.message}`);
  }
}

/**
 * Every index chunk of the bundle in `bundleDir`, in order: the first and last word it covers
 * (as Pagefind shortens them) and the bytes a browser downloads for it (the file is gzip already).
 */
export function readChunkRanges(bundleDir) {
  const metaFiles = readdirSync(bundleDir).filter((f) => f.endsWith('.pf_meta'));
  if (metaFiles.length !== 1) throw new Error(`pagefind meta: expected one .pf_meta file in ${bundleDir}, found ${metaFiles.length}`);
  const meta = readMeta(bundleDir, metaFiles[0]);
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks) || chunks.some((c) => !Array.isArray(c) || typeof c[0] !== 'string' || typeof c[1] !== 'string'))
    throw new Error(`pagefind meta: ${metaFiles[0]} has no index chunk list where Pagefind ${meta?.[0]} was expected to write one`);
  return chunks.map(([from, to, hash]) => ({ from, to, hash, bytes: statSync(join(bundleDir, 'index', `${hash}.pf_index`)).size }));
}
