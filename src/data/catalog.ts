import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from './errors.ts';
import { dataDir } from './paths.ts';
import { readDatasetFile, type Dataset } from './read-dataset.ts';
export type { Dataset };

let cache: Map<string, Dataset> | undefined;

/** Every CSV under data/<report>/ (data/sources holds the reports, not datasets). */
export function listDatasetFiles(root = dataDir()): string[] {
  return readdirSync(root)
    .filter((dir) => dir !== 'sources' && statSync(join(root, dir)).isDirectory())
    .flatMap((dir) =>
      readdirSync(join(root, dir))
        .filter((f) => f.endsWith('.csv'))
        .map((f) => join(root, dir, f)),
    )
    .sort();
}

/** All datasets, validated once per process; the first bad row stops everything. */
export function readAllDatasets(): Map<string, Dataset> {
  if (cache) return cache;
  const all = new Map<string, Dataset>();
  for (const file of listDatasetFiles()) {
    const dataset = readDatasetFile(file);
    const clash = all.get(dataset.meta.id);
    if (clash) throw new DataError(dataset.file, 1, 'id', `dataset id "${dataset.meta.id}" is already used by ${clash.file}`);
    all.set(dataset.meta.id, dataset);
  }
  cache = all;
  return all;
}

export function readDataset(id: string): Dataset {
  const dataset = readAllDatasets().get(id);
  if (!dataset) throw new Error(`unknown dataset "${id}" (no data/<report>/${id}.csv)`);
  return dataset;
}
