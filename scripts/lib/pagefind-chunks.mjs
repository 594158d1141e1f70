// Reads which words each of a Pagefind bundle's index chunks covers, from its .pf_meta file,
// so the search page can keep a query within its download budget (chunks weigh about
// 30 KB each; see src/client/search-narrow.ts). Pagefind 1.x writes the meta file as gzip of
// "pagefind_dcd" + CBOR of [version, pages, index_chunks, filters, …], each index chunk being
// [from, to, hash]; only the subset of CBOR those use is decoded here. Read from Pagefind 1.6.0, like
// the browser side of the coupling (src/client/pagefind-internals.ts, PAGEFIND_VERSION).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

const SIGNATURE = 'pagefind_dcd';

/** Decodes one CBOR item at `offset`: unsigned and negative integers, strings, arrays, maps, simple values. */
export function decodeCbor(bytes, offset = 0) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  function read(at) {
    if (at >= bytes.length) throw new Error(`pagefind meta: CBOR ends early at byte ${at}`);
    const major = bytes[at] >> 5;
    const info = bytes[at] & 31;
    if (major === 7 && info >= 24) throw new Error(`pagefind meta: unsupported CBOR float or simple value at byte ${at}`);
    let length;
    let next = at + 1;
    if (info < 24) length = info;
    else if (info === 24) [length, next] = [bytes[at + 1], at + 2];
    else if (info === 25) [length, next] = [view.getUint16(at + 1), at + 3];
    else if (info === 26) [length, next] = [view.getUint32(at + 1), at + 5];
    else if (info === 27) [length, next] = [Number(view.getBigUint64(at + 1)), at + 9];
    else throw new Error(`pagefind meta: unsupported CBOR length ${info} at byte ${at}`);
    if (next > bytes.length || ((major === 2 || major === 3) && next + length > bytes.length)) throw new Error(`pagefind meta: CBOR ends early at byte ${at}`);
    switch (major) {
      case 0:
        return [length, next];
      case 1:
        return [-1 - length, next];
      case 2:
        return [bytes.subarray(next, next + length), next + length];
      case 3:
        return [new TextDecoder().decode(bytes.subarray(next, next + length)), next + length];
      case 4: {
        const items = [];
        for (let i = 0; i < length; i++) {
          const [item, after] = read(next);
          items.push(item);
          next = after;
        }
        return [items, next];
      }
      case 5: {
        const map = new Map();
        for (let i = 0; i < length; i++) {
          const [key, afterKey] = read(next);
          const [value, afterValue] = read(afterKey);
          map.set(key, value);
          next = afterValue;
        }
        return [map, next];
      }
      case 7:
        return [info === 20 ? false : info === 21 ? true : null, next];
      default:
        throw new Error(`pagefind meta: unsupported CBOR type ${major} at byte ${at}`);
    }
  }
  return read(offset)[0];
}

/**
 * Every index chunk of the bundle in `bundleDir`, in order: the first and last word it covers
 * (as Pagefind shortens them) and the bytes a browser downloads for it (the file is gzip already).
 */
export function readChunkRanges(bundleDir) {
  const metaFiles = readdirSync(bundleDir).filter((f) => f.endsWith('.pf_meta'));
  if (metaFiles.length !== 1) throw new Error(`pagefind meta: expected one .pf_meta file in ${bundleDir}, found ${metaFiles.length}`);
  const bytes = gunzipSync(readFileSync(join(bundleDir, metaFiles[0])));
  if (bytes.subarray(0, SIGNATURE.length).toString('latin1') !== SIGNATURE) throw new Error(`pagefind meta: ${metaFiles[0]} does not start with ${SIGNATURE}`);
  const meta = decodeCbor(bytes, SIGNATURE.length);
  const chunks = Array.isArray(meta) ? meta[2] : undefined;
  if (!Array.isArray(chunks) || chunks.some((c) => !Array.isArray(c) || typeof c[0] !== 'string' || typeof c[1] !== 'string'))
    throw new Error(`pagefind meta: ${metaFiles[0]} has no index chunk list where Pagefind ${meta?.[0]} was expected to write one`);
  return chunks.map(([from, to, hash]) => ({ from, to, hash, bytes: statSync(join(bundleDir, 'index', `${hash}.pf_index`)).size }));
}
