import { defineConfig } from 'vitest/config';

// Mutation testing (`npm run mutation`) runs the unit tests only: a mutant must be killed by a
// test written for the behaviour, not by a chart snapshot diff or a browser test.
export default defineConfig({
  test: { include: ['tests/unit/**/*.test.ts'], env: { TZ: 'UTC' } },
});
