import type { ChartData, ChartSpec } from '../charts/lib/types.ts';
import { readAllDatasets } from './catalog.ts';

/** The rows a chart needs; a spec naming a missing dataset stops the build. */
export function readChartData(spec: ChartSpec): ChartData {
  const all = readAllDatasets();
  return Object.fromEntries(
    spec.datasets.map((id) => {
      const dataset = all.get(id);
      if (!dataset) throw new Error(`src/charts/${spec.id}.ts:1: chart "${spec.id}" names dataset "${id}", which does not exist in data/`);
      return [id, dataset.rows];
    }),
  );
}
