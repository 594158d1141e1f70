// Checks that a published copy of the site serves the build's exact bytes:
//   node scripts/verify-mirror.ts https://example.org/ai-infra/ [https://mirror.example.cn/ai-infra/]
// Reads integrity.json from the first URL (SHA-256 of every file, written by scripts/finish-dist.ts),
// fetches every file and compares. Given a second URL, also compares the two integrity.json and
// checks the second mirror's files against the first's list. Exits 1 on any difference.
import { verifyMirrors } from './lib/verify-mirrors.ts';

const urls = process.argv.slice(2);
if (urls.length < 1 || urls.length > 2) {
  console.error('usage: node scripts/verify-mirror.ts BASE_URL [SECOND_BASE_URL]');
  process.exit(2);
}
process.exit(await verifyMirrors(urls, console.log));
