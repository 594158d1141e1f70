import { describe, expect, it } from 'vitest';
import { readAllDatasets } from '../../src/data/catalog.ts';
import { readCodeLabels } from '../../src/data/code-labels.ts';
import { cellText } from '../../src/data/table.ts';

const CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

describe('category codes in the data', () => {
  it('each have a name for readers wherever a table shows them (no _zh/_en twin, not a join key)', () => {
    const labels = readCodeLabels();
    const missing = new Set<string>();
    for (const { meta, rows } of readAllDatasets().values()) {
      const names = Object.keys(meta.columns);
      for (const [name, def] of Object.entries(meta.columns)) {
        if (def.type !== 'string' || def.key || /_(zh|en)$/.test(name) || names.includes(`${name}_en`)) continue;
        const values = rows.map((r) => r[name]).filter((v): v is string => typeof v === 'string' && v !== '');
        if (values.length === 0 || !values.every((v) => CODE.test(v))) continue;
        for (const v of values) if (!labels.has(v)) missing.add(`${meta.id}.${name}: ${v}`);
      }
    }
    expect([...missing]).toEqual([]);
  });

  it('show by name in a table, in the reader’s language, and keys stay codes', () => {
    const def = { type: 'string', key: false, optional: false, label: { zh: '来源', en: 'Origin' } } as const;
    const row = { origin: 'cn', quote: '', qualifier: [] } as never;
    expect(cellText(row, 'origin', def, 'zh')).toBe('中国');
    expect(cellText(row, 'origin', def, 'en')).toBe('Chinese');
    expect(cellText(row, 'origin', { ...def, key: true }, 'en')).toBe('cn');
  });
});
