import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const INTEGRITY_FILE = 'integrity.json';

/**
 * Files a mirror must serve byte for byte: everything in the build but the precompressed copies
 * (a server may or may not pick them; they decode to the file itself), host configuration that
 * hosts do not serve (`_headers`, `_server/`) and integrity.json itself.
 */
export function isCheckedFile(path: string): boolean {
  return !/\.(gz|br)$/.test(path) && path !== '_headers' && !path.startsWith('_server/') && path !== INTEGRITY_FILE;
}

export interface Integrity {
  algorithm: 'sha256';
  /** Site-relative path ("zh/index.html") → hex digest. */
  files: Record<string, string>;
}

export async function integrityOf(dir: string, paths: string[]): Promise<Integrity> {
  const checked = paths.filter(isCheckedFile).sort();
  const digests = await Promise.all(checked.map(async (p) => sha256(await readFile(join(dir, p)))));
  return { algorithm: 'sha256', files: Object.fromEntries(checked.map((p, i) => [p, digests[i]])) };
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
