import { existsSync, readFileSync } from 'node:fs';
import type { ChartData, ChartSpec } from '../charts/lib/types.ts';
import { readAllDatasets } from './catalog.ts';

/** The line of the spec's source that names `dataset` (as a quoted string), for the error message; 1 if not found. */
function lineNaming(file: string, dataset: string): number {
  if (!existsSync(file)) return 1;
  const lines = readFileSync(file, 'utf8').split('\n');
  const index = lines.findIndex((line) => line.includes(`'${dataset}'`) || line.includes(`"${dataset}"`));
  return index + 1 || 1;
}

/** The rows a chart needs; a spec naming a missing dataset stops the build at the line naming it. */
export function readChartData(spec: ChartSpec): ChartData {
  const all = readAllDatasets();
  return Object.fromEntries(
    spec.datasets.map((id) => {
      const dataset = all.get(id);
      if (!dataset) {
        const file = `src/charts/${spec.id}.ts`;
        throw new Error(`${file}:${lineNaming(file, id)}: chart "${spec.id}" names dataset "${id}", which does not exist in data/`);
      }
      return [id, dataset.rows];
    }),
  );
}
