import { checkMirror, compareIntegrity, fetchIntegrity, type MirrorProblem } from './mirror-check.ts';
import type { Integrity } from './integrity.ts';

/**
 * What `node scripts/verify-mirror.ts` does, with its output going to `log`: checks the first
 * site against its own integrity.json, and a second one (if given) against the same list after
 * comparing the two lists. Returns the exit code: 0 when everything matches, 1 otherwise.
 */
export async function verifyMirrors(urls: string[], log: (line: string) => void): Promise<number> {
  const bases = urls.map((u) => (u.endsWith('/') ? u : `${u}/`));
  const print = (where: string, problems: MirrorProblem[]) => {
    for (const { path, problem } of problems.slice(0, 50)) log(`  ✗ ${where}${path}: ${problem}`);
    if (problems.length > 50) log(`  … and ${problems.length - 50} more`);
  };
  const lists: Integrity[] = [];
  for (const base of bases) {
    try {
      lists.push(await fetchIntegrity(base));
    } catch (error) {
      const { cause, message } = error as Error;
      log(`✗ ${base}: cannot read integrity.json (${cause instanceof Error ? cause.message : message})`);
      return 1;
    }
  }
  let failed = false;
  if (lists[1]) {
    const differences = compareIntegrity(lists[0], lists[1]);
    log(differences.length ? `✗ integrity.json differs at ${differences.length} files` : '✓ both integrity.json list the same files and digests');
    print('', differences);
    failed = differences.length > 0;
  }
  for (const base of bases) {
    const { checked, problems } = await checkMirror(base, lists[0]);
    log(`${problems.length ? '✗' : '✓'} ${base}: ${checked - problems.length} of ${checked} files match`);
    print(base, problems);
    failed ||= problems.length > 0;
  }
  return failed ? 1 : 0;
}
