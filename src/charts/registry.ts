import type { ChartSpec } from './lib/types.ts';

// Every src/charts/<chart-id>.ts default-exports its spec; adding the file adds the chart.
// registry.ts and render-*.ts are the machinery, not charts.
const modules = import.meta.glob<{ default: ChartSpec }>(['./*.ts', '!./registry.ts', '!./render-*.ts'], { eager: true });

export const charts: Map<string, ChartSpec> = new Map(
  Object.entries(modules).map(([path, mod]) => {
    const id = path.replace(/^\.\/|\.ts$/g, '');
    if (mod.default?.id !== id) throw new Error(`src/charts/${id}.ts: the spec's id must be "${id}", found "${mod.default?.id}"`);
    return [id, mod.default];
  }),
);

export function getChart(id: string): ChartSpec {
  const spec = charts.get(id);
  if (!spec) throw new Error(`unknown chart "${id}" (no src/charts/${id}.ts)`);
  return spec;
}
