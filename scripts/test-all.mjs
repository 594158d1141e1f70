// `npm test`: every check, in the order that fails fastest. Stops at the first failure.
// Unit and chart tests need no build; build and browser tests read dist/ and dist-base/.
import { spawnSync } from 'node:child_process';

// The test builds say on purpose which host they use: CI=true makes an unset SITE_URL an error.
const env = { ...process.env, TZ: 'UTC', ASTRO_TELEMETRY_DISABLED: '1', SITE_URL: process.env.SITE_URL ?? 'https://ai-infra.example.org' };
// DIST_DIR and DIST_BASE_DIR move the two builds, so parallel runs in one tree do not collide.
const dist = process.env.DIST_DIR ?? 'dist';
const distBase = process.env.DIST_BASE_DIR ?? 'dist-base';
const steps = [
  ['types (astro check)', 'npx', ['astro', 'check', '--minimumSeverity', 'warning']],
  ['formatting (prettier)', 'npx', ['prettier', '--check', '.']],
  ['unit and chart tests', 'npx', ['vitest', 'run', '--project', 'unit', '--project', 'charts']],
  ['build at /', 'npm', ['run', 'build'], { OUT_DIR: `./${dist}`, PAGEFIND_SITE: dist }],
  ['build at /ai-infra/', 'npm', ['run', 'build'], { BASE_PATH: '/ai-infra/', OUT_DIR: `./${distBase}`, PAGEFIND_SITE: distBase }],
  ['tests of the built site and in Chromium', 'npx', ['vitest', 'run', '--project', 'build', '--project', 'e2e']],
];

const times = [];
const printTimes = () => {
  console.log('\nTime per stage:');
  for (const [name, seconds] of times) console.log(`  ${seconds.toFixed(1).padStart(7)} s  ${name}`);
  console.log(
    `  ${times
      .reduce((sum, [, s]) => sum + s, 0)
      .toFixed(1)
      .padStart(7)} s  in all`,
  );
};

for (const [name, command, args, extra = {}] of steps) {
  console.log(`\n▶ ${name}`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...env, ...extra } });
  times.push([name, (Date.now() - started) / 1000]);
  if (result.status !== 0) {
    printTimes();
    console.error(`\n✗ ${name} failed (exit ${result.status})`);
    process.exit(result.status || 1);
  }
  console.log(`✓ ${name} (${times.at(-1)[1].toFixed(1)} s)`);
}
printTimes();
