/**
 * `<Chart id="…">` naming a chart that does not exist stops the build at its
 * MDX line. Kept apart from articles.ts (which needs astro:content) so tests
 * can call exactly what the build calls.
 */
export function checkChartRefs(body: string, file: string, known: { has(id: string): boolean }): void {
  for (const match of body.matchAll(/<Chart\s+id="([^"]+)"/g)) {
    if (!known.has(match[1])) {
      const line = body.slice(0, match.index).split('\n').length;
      throw new Error(`${file}:${line}: <Chart id="${match[1]}"> names a chart that does not exist (no src/charts/${match[1]}.ts)`);
    }
  }
}
