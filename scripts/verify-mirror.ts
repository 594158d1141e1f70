// Checks that a published copy of the site serves the build's exact bytes:
//   node scripts/verify-mirror.ts https://example.org/ai-infra/ [https://mirror.example.cn/ai-infra/]
// Reads integrity.json from the first URL (SHA-256 of every file, written by scripts/finish-dist.ts),
// fetches every file and compares. Given a second URL, also compares the two integrity.json and
// checks the second mirror's files against the first's list. Exits 1 on any difference.
import { checkMirror, compareIntegrity, fetchIntegrity, type MirrorProblem } from './lib/mirror-check.ts';

const urls = process.argv.slice(2).map((u) => (u.endsWith('/') ? u : `${u}/`));
if (urls.length < 1 || urls.length > 2) {
  console.error('usage: node scripts/verify-mirror.ts BASE_URL [SECOND_BASE_URL]');
  process.exit(2);
}

const print = (where: string, problems: MirrorProblem[]) => {
  for (const { path, problem } of problems.slice(0, 50)) console.log(`  ✗ ${where}${path}: ${problem}`);
  if (problems.length > 50) console.log(`  … and ${problems.length - 50} more`);
};

/** integrity.json of a mirror, or the exit with why it could not be read. */
const integrityAt = (url: string) =>
  fetchIntegrity(url).catch((error: Error) => {
    console.log(`✗ ${url}: cannot read integrity.json (${error.cause instanceof Error ? error.cause.message : error.message})`);
    process.exit(1);
  });

const reference = await integrityAt(urls[0]);
let failed = false;
if (urls[1]) {
  const differences = compareIntegrity(reference, await integrityAt(urls[1]));
  console.log(differences.length ? `✗ integrity.json differs at ${differences.length} files` : '✓ both integrity.json list the same files and digests');
  print('', differences);
  failed ||= differences.length > 0;
}
for (const url of urls) {
  const report = await checkMirror(url, reference);
  const bad = report.problems.length;
  console.log(`${bad ? '✗' : '✓'} ${url}: ${report.checked - bad} of ${report.checked} files match`);
  print(url, report.problems);
  failed ||= bad > 0;
}
process.exit(failed ? 1 : 0);
