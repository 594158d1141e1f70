import { resolve } from 'node:path';

/**
 * The data folder. Astro bundles our modules during a build, so paths are taken
 * from the working directory (the project root for every npm script), not from
 * import.meta.url. Tests point DATA_DIR at fixtures.
 */
export function dataDir(): string {
  return resolve(process.env.DATA_DIR ?? 'data');
}
