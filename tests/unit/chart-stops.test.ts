import { describe, expect, it } from 'vitest';
import { oneStopPerTip } from '../../src/client/chart-access.ts';

// The arrow keys move from tip to tip: pointer targets that show the same tip are one stop.
describe('oneStopPerTip', () => {
  it('keeps every stop when no mark gives tip titles', () => {
    const at = [
      { x: 0, y: 0 },
      { x: 10, y: 0 },
    ];
    expect(oneStopPerTip(at, undefined)).toEqual(at);
  });

  it('makes one stop per distinct tip, at the target nearest the middle of those that share it', () => {
    // A 3 × 3 grid of targets over box A (centre 10,10) and two targets over box B.
    const grid = [0, 10, 20].flatMap((x) => [0, 10, 20].map((y) => ({ x, y })));
    const at = [...grid, { x: 100, y: 0 }, { x: 110, y: 0 }];
    const titles = [...grid.map(() => 'A'), 'B', 'B'];
    const stops = oneStopPerTip(at, titles);
    expect(stops).toHaveLength(2);
    expect(stops[0]).toEqual({ x: 10, y: 10 });
    expect([100, 110]).toContain(stops[1].x);
  });

  it('keeps two data apart when their tips differ', () => {
    const at = [
      { x: 5, y: 5 },
      { x: 5, y: 5.2 },
    ];
    expect(oneStopPerTip(at, ['2020: 10', '2021: 12'])).toHaveLength(2);
  });
});
