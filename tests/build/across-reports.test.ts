import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { readAllDatasets } from '../../src/data/catalog.ts';
import { readCrossReportMeasures } from '../../src/data/cross-report.ts';
import { readTimelineEvents } from '../../src/data/events.ts';
import { TOPICS } from '../../src/schemas/dataset.ts';
import { BUILDS, loadPage, requireBuild } from '../support/dist.ts';

const { dir } = BUILDS[0];
requireBuild(dir);
const LANGS = ['zh', 'en'] as const;

/** The files of a ZIP archive, read by JSZip with every CRC-32 checked (as `unzip -t` does). */
async function unzip(bytes: Buffer): Promise<Map<string, Buffer>> {
  const archive = await JSZip.loadAsync(bytes, { checkCRC32: true });
  const files = new Map<string, Buffer>();
  for (const entry of Object.values(archive.files)) if (!entry.dir) files.set(entry.name, Buffer.from(await entry.async('uint8array')));
  return files;
}

describe('the compare page', () => {
  it.each(LANGS)('in %s shows every mapped measure with one entry per report statement, each linking to its report', (lang) => {
    const $ = loadPage(join(dir, lang, 'compare', 'index.html'));
    for (const m of readCrossReportMeasures()) {
      const section = $(`section#${m.id}`);
      expect(section.length, m.id).toBe(1);
      expect(section.find('li.statement').length, m.id).toBe(m.points.length);
      for (const p of m.points) expect(section.find(`a[href^="/${lang}/reports/${p.source.id}/"]`).length, `${m.id} ${p.source.id}`).toBeGreaterThan(0);
      expect(section.find('.flag').length, m.id).toBeGreaterThan(0);
    }
  });
});

describe('the timeline', () => {
  it.each(LANGS)('in %s lists every dated event once, each linked to its report, with filters for country, type and report', (lang) => {
    const $ = loadPage(join(dir, lang, 'timeline', 'index.html'));
    const events = readTimelineEvents();
    const items = $('[data-filter-item]');
    expect(items.length).toBe(events.length);
    items.each((i, el) => {
      expect($(el).attr('data-report')).toBe(events[i].source.id);
      expect($(el).find(`a[href^="/${lang}/reports/${events[i].source.id}/"]`).length).toBe(1);
    });
    for (const name of ['country', 'type', 'report'])
      expect($(`form[data-filter-for="timeline-list"] select[name="${name}"] option`).length).toBeGreaterThan(2);
  });
});

describe('topic pages', () => {
  it.each(LANGS)('exist in %s for every topic, each gathering sections from more than one report', (lang) => {
    for (const topic of TOPICS) {
      const $ = loadPage(join(dir, lang, 'topics', topic, 'index.html'));
      const reports = new Set(
        $('.topic-sections a')
          .map((_, a) => $(a).attr('href')!.split('#')[0])
          .get(),
      );
      expect(reports.size, topic).toBeGreaterThan(1);
    }
  });
});

describe('download everything', () => {
  let files: Map<string, Buffer>;
  beforeAll(async () => {
    files = await unzip(readFileSync(join(dir, 'data', 'ai-infra-datasets.zip')));
  });

  it('holds a README with every report’s rights and every dataset', () => {
    const readme = files.get('README.md')!.toString('utf8');
    expect(readme).toMatch(/CC BY 4\.0/);
    // One set of reuse terms: the README says what the about and data pages say, in both languages.
    for (const lang of ['zh', 'en']) {
      const terms = (page: string) =>
        loadPage(join(dir, lang, page, 'index.html'))('.reuse-terms')
          .first()
          .text();
      const about = terms('about');
      expect(about, `${lang} about page`).toMatch(/CC BY 4\.0/);
      expect(readme, `${lang} terms in the README`).toContain(about.trim());
      expect(terms('data').replace(/\s+/g, ' '), `${lang} data page`).toContain(about.trim());
    }
    for (const { meta } of readAllDatasets().values()) expect(readme, meta.id).toContain(`${meta.report}/${meta.id}.csv`);
  });

  it('holds every dataset as the same CSV and JSON the site serves one by one', () => {
    for (const { meta } of readAllDatasets().values()) {
      expect(files.get(`${meta.report}/${meta.id}.csv`)?.equals(readFileSync(join(dir, 'data', `${meta.id}.csv`))), meta.id).toBe(true);
      expect(files.get(`${meta.report}/${meta.id}.json`)?.equals(readFileSync(join(dir, 'data', `${meta.id}.json`))), meta.id).toBe(true);
    }
    expect(files.has('cross-report-measures.json')).toBe(true);
  });
});
