import { eachLimited } from './each-limited.ts';
import { INTEGRITY_FILE, sha256, type Integrity } from './integrity.ts';

export interface MirrorProblem {
  /** The file's path in integrity.json ("zh/index.html"), or integrity.json itself. */
  path: string;
  problem: string;
}

export interface MirrorReport {
  base: string;
  checked: number;
  problems: MirrorProblem[];
}

/** integrity.json of the site at `base` ("https://host/ai-infra/"). */
export async function fetchIntegrity(base: string): Promise<Integrity> {
  const res = await fetch(new URL(INTEGRITY_FILE, base));
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  const integrity = (await res.json()) as Integrity;
  if (integrity.algorithm !== 'sha256' || typeof integrity.files !== 'object') throw new Error('not a list of SHA-256 digests');
  return integrity;
}

/**
 * Fetches every file `expected` lists from the mirror at `base` and compares its SHA-256. fetch
 * undoes gzip or brotli, so a mirror that sends the precompressed copies still matches. A few
 * requests at a time: a mirror's rate limit should not read as a mismatch.
 */
export async function checkMirror(base: string, expected: Integrity, concurrency = 8): Promise<MirrorReport> {
  const paths = Object.keys(expected.files);
  const results = await eachLimited(paths, concurrency, async (path): Promise<MirrorProblem | undefined> => {
    try {
      const res = await fetch(new URL(path.split('/').map(encodeURIComponent).join('/'), base));
      if (!res.ok) return { path, problem: `HTTP ${res.status}` };
      const digest = sha256(new Uint8Array(await res.arrayBuffer()));
      return digest === expected.files[path] ? undefined : { path, problem: `SHA-256 ${digest}, expected ${expected.files[path]}` };
    } catch (error) {
      return { path, problem: `fetch failed: ${(error as Error).message}` };
    }
  });
  return { base, checked: paths.length, problems: results.filter((r) => r !== undefined) };
}

/** Where two integrity lists disagree: a file one lacks, or a different digest. */
export function compareIntegrity(a: Integrity, b: Integrity): MirrorProblem[] {
  const paths = [...new Set([...Object.keys(a.files), ...Object.keys(b.files)])].sort();
  return paths.flatMap((path) => {
    if (!(path in a.files)) return [{ path, problem: 'only in the second integrity.json' }];
    if (!(path in b.files)) return [{ path, problem: 'only in the first integrity.json' }];
    return a.files[path] === b.files[path] ? [] : [{ path, problem: 'the two integrity.json give different SHA-256' }];
  });
}
