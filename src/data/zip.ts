import { zipSync, type Zippable } from 'fflate';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

// A fixed timestamp so the same data gives the same archive, byte for byte.
const MTIME = new Date(Date.UTC(2020, 0, 1));

/** A ZIP archive (deflate, UTF-8 names) of the download files, written by fflate. */
export function zip(entries: ZipEntry[]): Buffer {
  const files: Zippable = Object.fromEntries(entries.map(({ name, data }) => [name, [new Uint8Array(data), { mtime: MTIME, level: 9 }]]));
  return Buffer.from(zipSync(files));
}
