import { describe, expect, it } from 'vitest';
import { onlyRow } from '../../src/data/only-row.ts';
import type { DataRow } from '../../src/data/read-dataset.ts';

const rows = [
  { measure: 'ai-compute', year: 2020, value: 41 },
  { measure: 'ai-compute', year: 2021, value: 52 },
  { measure: 'basic-compute', year: 2020, value: 57 },
] as unknown as DataRow[];

describe('onlyRow', () => {
  it('finds the one row whose every named column matches, numbers matched by their text', () => {
    expect(onlyRow(rows, { measure: 'ai-compute', year: '2021' }, 'x')).toBe(rows[1]);
    expect(onlyRow(rows, { measure: 'basic-compute', year: 2020 }, 'x')).toBe(rows[2]);
  });

  it('stops on no row or several rows, saying which lookup and how many matched', () => {
    expect(() => onlyRow(rows, { measure: 'ai-compute' }, '<Value of="d" where="measure=ai-compute">')).toThrow(
      '<Value of="d" where="measure=ai-compute">: 2 rows match, expected exactly one',
    );
    expect(() => onlyRow(rows, { measure: 'gpu' }, 'chart x')).toThrow('chart x: 0 rows match, expected exactly one');
  });
});
