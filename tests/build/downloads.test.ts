import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { DOMParser } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { readAllDatasets } from '../../src/data/catalog.ts';
import { readChartData } from '../../src/data/chart-data.ts';
import { BUILDS, requireBuild } from '../support/dist.ts';

const { dir } = BUILDS[0];
requireBuild(dir);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('ascii')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('data downloads', () => {
  it.each([...readAllDatasets().keys()])('%s.csv and .json parse and match the dataset, with source and attribution', (id) => {
    const { meta, rows } = readAllDatasets().get(id)!;
    const csv = csvParse(readFileSync(join(dir, 'data', `${id}.csv`), 'utf8').replace(/^\uFEFF/, ''));
    expect(csv).toHaveLength(rows.length);
    csv.forEach((record, i) => {
      expect(record.quote).toBe(rows[i].quote);
      expect(record.attribution).toMatch(/Compiled by/);
      for (const [name, def] of Object.entries(meta.columns)) {
        const value = rows[i][name];
        expect(record[name], `${id} row ${i + 2} ${name}`).toBe(value === null ? '' : String(value));
        if (def.type === 'number' && def.unit) expect(record[`${name}_unit`]).toBeTruthy();
      }
    });
    const json = JSON.parse(readFileSync(join(dir, 'data', `${id}.json`), 'utf8'));
    expect(json.rows).toEqual(JSON.parse(JSON.stringify(rows)));
    expect(json.source.publisher.zh).toBeTruthy();
    expect(json.attribution).toMatch(/Compiled by/);
  });
});

describe('chart downloads', () => {
  it.each([...charts.keys()].flatMap((id) => [`zh/${id}`, `en/${id}`]))('%s: the SVG stands alone and the PNG is its 2× rendering', (path) => {
    const [lang, id] = path.split('/');
    const svg = readFileSync(join(dir, lang, 'charts', `${id}.svg`), 'utf8');
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    expect(root.tagName).toBe('svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    expect(svg).not.toMatch(/var\(--|currentColor/);
    const spec = charts.get(id)!;
    const { title } = spec.text(readChartData(spec), lang as 'zh' | 'en');
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent).join('');
    expect(texts.replace(/\s/g, '')).toContain(title.replace(/[&<>]/g, '').replace(/\s/g, '').slice(0, 12));
    const width = Number(root.getAttribute('width'));
    const height = Number(root.getAttribute('height'));
    expect(pngSize(join(dir, lang, 'charts', `${id}.png`))).toEqual({ width: width * 2, height: height * 2 });
    expect(pngSize(join(dir, lang, 'og', `${id}.png`))).toEqual({ width: 1200, height: 630 });
  });
});

describe('gallery thumbnails', () => {
  it.each(['zh', 'en'])('in %s are sharp on phones and reserve their exact space (no layout shift)', (lang) => {
    const html = readFileSync(join(dir, lang, 'charts', 'index.html'), 'utf8');
    for (const id of charts.keys()) {
      const { width, height } = pngSize(join(dir, lang, 'thumbs', `${id}.png`));
      expect(width, id).toBe(720);
      const img = html.match(new RegExp(`<img[^>]*src="/${lang}/thumbs/${id}\\.png"[^>]*>`))?.[0] ?? '';
      expect(img, id).toContain('width="360"');
      const shown = Number(img.match(/height="(\d+)"/)?.[1]);
      expect(Math.abs(shown - height / 2), id).toBeLessThanOrEqual(1);
    }
  });
});
