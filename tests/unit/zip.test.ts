import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { zip } from '../../src/data/zip.ts';

// JSZip is an independent reader: it checks every entry's CRC-32 as `unzip -t` does.
const read = (bytes: Buffer) => JSZip.loadAsync(bytes, { checkCRC32: true });

describe('zip', () => {
  const entries = [
    { name: 'README.md', data: Buffer.from('# 数据\nEvery dataset.\n') },
    { name: 'data/compute.csv', data: Buffer.from('measure,value\n算力,135\n'.repeat(50)) },
  ];

  it('writes an archive an independent reader opens with every CRC correct and every byte intact', async () => {
    const archive = await read(zip(entries));
    expect(Object.keys(archive.files).filter((n) => !archive.files[n].dir)).toEqual(['README.md', 'data/compute.csv']);
    for (const { name, data } of entries) expect(Buffer.from(await archive.file(name)!.async('uint8array'))).toEqual(data);
  });

  it('gives the same bytes for the same files', () => {
    expect(zip(entries).equals(zip(entries))).toBe(true);
  });

  it('is checked: the reader rejects an archive whose CRC was changed', async () => {
    const bytes = zip(entries);
    // The first central-directory entry's CRC-32 sits 16 bytes after its signature.
    const central = bytes.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bytes.writeUInt32LE(bytes.readUInt32LE(central + 16) ^ 1, central + 16);
    await expect(read(bytes)).rejects.toThrow(/crc32/i);
  });
});
