import { describe, expect, it } from 'vitest';
import { datasetMetaSchema } from '../../src/schemas/dataset.ts';
import { visibleColumns } from '../../src/data/table.ts';

const meta = datasetMetaSchema.parse({
  id: 'cities',
  report: 'fixture-report',
  title: { zh: '城市', en: 'Cities' },
  description: { zh: '城市', en: 'Cities' },
  section: { zh: '一', en: '§1' },
  tags: ['cities-policy'],
  columns: {
    city: { type: 'string', key: true, label: { zh: '城市代码', en: 'City code' } },
    city_zh: { type: 'string', label: { zh: '城市', en: 'City (Chinese)' } },
    city_en: { type: 'string', label: { zh: '城市（英文）', en: 'City' } },
    companies: { type: 'number', unit: 'companies', label: { zh: '企业数', en: 'Companies' } },
  },
});

describe('visibleColumns', () => {
  it('shows an English reader the English twin and leaves out the join code', () => {
    expect(visibleColumns(meta, 'en').map(([name]) => name)).toEqual(['city_en', 'companies']);
  });

  it('shows a Chinese reader the Chinese twin', () => {
    expect(visibleColumns(meta, 'zh').map(([name]) => name)).toEqual(['city_zh', 'companies']);
  });

  it('keeps the join code on request, for the dataset page', () => {
    expect(visibleColumns(meta, 'en', true).map(([name]) => name)).toEqual(['city', 'city_en', 'companies']);
  });
});
