// Validates every dataset (schema, units, quotes) and prints a one-line summary.
// Usage: node scripts/validate-data.ts   (exit 1 with file:row:column on the first problem)
import { readAllDatasets } from '../src/data/catalog.ts';

try {
  const all = readAllDatasets();
  const rows = [...all.values()].reduce((n, d) => n + d.rows.length, 0);
  console.log(`data ok: ${all.size} datasets, ${rows} rows, every quote found in its report`);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
