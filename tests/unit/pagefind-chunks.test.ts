import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { decodeCbor, readChunkRanges } from '../../scripts/lib/pagefind-chunks.mjs';

const text = (s: string) => {
  const b = Buffer.from(s, 'utf8');
  if (b.length >= 24) throw new Error('test helper: short strings only');
  return Buffer.concat([Buffer.from([0x60 + b.length]), b]);
};
const array = (...items: Buffer[]) => Buffer.concat([Buffer.from([0x80 + items.length]), ...items]);

describe('the CBOR reader', () => {
  it('reads integers of every width, negatives, strings, arrays, maps and booleans', () => {
    expect(decodeCbor(Buffer.from([0x17]))).toBe(23);
    expect(decodeCbor(Buffer.from([0x18, 0xff]))).toBe(255);
    expect(decodeCbor(Buffer.from([0x19, 0x01, 0x00]))).toBe(256);
    expect(decodeCbor(Buffer.from([0x1a, 0x00, 0x01, 0x00, 0x00]))).toBe(65536);
    expect(decodeCbor(Buffer.from([0x20]))).toBe(-1);
    expect(decodeCbor(Buffer.from([0xf5]))).toBe(true);
    expect(decodeCbor(array(text('算力'), Buffer.from([0xa1, 0x01, 0x02])))).toEqual(['算力', new Map([[1, 2]])]);
  });

  it('names the byte it cannot read', () => {
    expect(() => decodeCbor(Buffer.from([0x80 + 1, 0xfb]))).toThrow(/unsupported .* at byte 1/);
    expect(() => decodeCbor(Buffer.from([0x82, 0x63, 0x61]))).toThrow(/ends early at byte 1/);
  });
});

describe('the chunk list of a bundle', () => {
  function bundle(meta: Buffer, chunkFiles: Record<string, number>): string {
    const dir = mkdtempSync(join(tmpdir(), 'pf-'));
    mkdirSync(join(dir, 'index'));
    writeFileSync(join(dir, 'pagefind.en_x.pf_meta'), gzipSync(Buffer.concat([Buffer.from('pagefind_dcd'), meta])));
    for (const [hash, size] of Object.entries(chunkFiles)) writeFileSync(join(dir, 'index', `${hash}.pf_index`), Buffer.alloc(size));
    return dir;
  }

  it('gives each chunk its word range, its file name and the size of its file', () => {
    const meta = array(text('1.6.0'), array(), array(array(text('0'), text('b'), text('en_1')), array(text('c'), text('z'), text('en_2'))), array());
    expect(readChunkRanges(bundle(meta, { en_1: 100, en_2: 250 }))).toEqual([
      { from: '0', to: 'b', hash: 'en_1', bytes: 100 },
      { from: 'c', to: 'z', hash: 'en_2', bytes: 250 },
    ]);
  });

  it('stops on a meta file of another shape, naming it', () => {
    expect(() => readChunkRanges(bundle(array(text('9.0.0'), array(), text('x')), {}))).toThrow(/pagefind\.en_x\.pf_meta has no index chunk list.*9\.0\.0/);
  });
});
