// `npm run mutation`: Stryker over the logic that matters, then the mutation score per folder.
// Not part of `npm test` (it runs the unit tests once per mutant: minutes, not seconds).
// Fails when a folder scores below MIN_SCORE. Extra arguments go to Stryker (e.g. --mutate).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const MIN_SCORE = 85;
const REPORT = 'reports/mutation/mutation.json';
const KILLED = new Set(['Killed', 'Timeout']);
const COUNTED = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage']);

const run = spawnSync('npx', ['stryker', 'run', ...process.argv.slice(2)], { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
if (run.status !== 0) process.exit(run.status ?? 1);

/** src/client/search-text.ts → src/client/search-*; other files → their folder. */
const groupOf = (file) => (file.startsWith('src/client/') ? (file.includes('/search-') ? 'src/client/search-*' : file) : file.split('/').slice(0, 2).join('/'));

const folders = new Map();
for (const [file, { mutants }] of Object.entries(JSON.parse(readFileSync(REPORT, 'utf8')).files)) {
  const group = folders.get(groupOf(file)) ?? { killed: 0, counted: 0, survivors: [] };
  for (const m of mutants) {
    if (!COUNTED.has(m.status)) continue;
    group.counted++;
    if (KILLED.has(m.status)) group.killed++;
    else group.survivors.push(`${file}:${m.location.start.line} ${m.mutatorName}`);
  }
  folders.set(groupOf(file), group);
}

let failed = false;
console.log('\nMutation score per folder (killed + timed out of all covered and uncovered mutants):');
for (const [folder, { killed, counted }] of [...folders].sort()) {
  const score = counted ? (100 * killed) / counted : 100;
  if (score < MIN_SCORE) failed = true;
  console.log(`  ${score < MIN_SCORE ? '✗' : '✓'} ${folder.padEnd(30)} ${score.toFixed(1).padStart(5)} %  (${killed}/${counted})`);
}
if (failed) {
  console.error(`\nBelow ${MIN_SCORE} % in at least one folder; the survivors are listed above by Stryker's clear-text report.`);
  process.exit(1);
}
