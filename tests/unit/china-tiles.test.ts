import { describe, expect, it } from 'vitest';
import { CHINA_TILES, TILE_COLUMNS, TILE_ROWS } from '../../src/charts/lib/china-tiles.ts';

describe('the tile grid of China', () => {
  it('has the 34 province-level divisions, each on its own square inside the grid', () => {
    expect(CHINA_TILES).toHaveLength(34);
    const cells = new Set(CHINA_TILES.map((t) => `${t.col},${t.row}`));
    expect(cells.size).toBe(34);
    for (const t of CHINA_TILES) {
      expect(t.col).toBeLessThan(TILE_COLUMNS);
      expect(t.row).toBeLessThan(TILE_ROWS);
    }
  });

  it('keeps neighbours roughly where they are (Beijing north of Shanghai, Xinjiang west of Shandong)', () => {
    const at = (id: string) => CHINA_TILES.find((t) => t.id === id)!;
    expect(at('beijing').row).toBeLessThan(at('shanghai').row);
    expect(at('xinjiang').col).toBeLessThan(at('shandong').col);
    expect(at('hainan').row).toBe(TILE_ROWS - 1);
  });
});
