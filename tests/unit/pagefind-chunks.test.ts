import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { encode } from 'cbor-x';
import { describe, expect, it } from 'vitest';
import { readChunkRanges } from '../../scripts/lib/pagefind-chunks.mjs';

/** A bundle folder with a meta file holding `meta` after Pagefind's signature, and index chunks of the given sizes. */
function bundle(meta: Buffer, chunkFiles: Record<string, number>): string {
  const dir = mkdtempSync(join(tmpdir(), 'pf-'));
  mkdirSync(join(dir, 'index'));
  writeFileSync(join(dir, 'pagefind.en_x.pf_meta'), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), meta])));
  for (const [hash, size] of Object.entries(chunkFiles)) writeFileSync(join(dir, 'index', `${hash}.pf_index`), Buffer.alloc(size));
  return dir;
}

describe('the chunk list of a bundle', () => {
  it('gives each chunk its word range, its file name and the size of its file', () => {
    // Pagefind 1.6's meta: [version, pages, index chunks, filters, …], pages as [hash, word count, …].
    const meta = encode([
      '1.6.0',
      [['en_p', 395, '']],
      [
        ['0', 'b', 'en_1'],
        ['算力', '算法', 'en_2'],
      ],
      [],
    ]);
    expect(readChunkRanges(bundle(meta, { en_1: 100, en_2: 250 }))).toEqual([
      { from: '0', to: 'b', hash: 'en_1', bytes: 100 },
      { from: '算力', to: '算法', hash: 'en_2', bytes: 250 },
    ]);
  });

  it('stops on a meta file of another shape, naming it', () => {
    expect(() => readChunkRanges(bundle(encode(['9.0.0', [], 'x']), {}))).toThrow(/pagefind\.en_x\.pf_meta has no index chunk list.*9\.0\.0/);
  });

  it('stops on a meta file that is not CBOR, naming it', () => {
    expect(() => readChunkRanges(bundle(Buffer.from([0x82, 0x63, 0x61]), {}))).toThrow(/pagefind\.en_x\.pf_meta is not CBOR/);
  });
});
