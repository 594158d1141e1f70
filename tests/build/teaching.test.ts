import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSections } from '../../src/data/sections.ts';
import { readSources } from '../../src/data/sources.ts';
import { readGlossary } from '../../src/data/glossary.ts';
import { BUILDS, loadPage, requireBuild } from '../support/dist.ts';

const { dir } = BUILDS[0];
requireBuild(dir);
const REPORT = 'ai-infrastructure-2021';
const sections = readSections(readFileSync(join('content', REPORT, 'en.mdx'), 'utf8'), REPORT);

describe('section pages', () => {
  it.each(['zh', 'en'])('exist in %s for every section, previewing the section and sending readers to it', (lang) => {
    const article = loadPage(join(dir, lang, 'reports', REPORT, 'index.html'));
    for (const { id } of sections) {
      const file = join(dir, lang, 'reports', REPORT, id, 'index.html');
      expect(existsSync(file), file).toBe(true);
      const $ = loadPage(file);
      const heading = article(`h2#${id}, h3#${id}`).contents().first().text().trim();
      // The section's heading, then the report's title, so two reports' "Sources and caveats" differ.
      const reportTitle = readSources()[REPORT].title[lang as 'zh' | 'en'];
      expect($('meta[property="og:title"]').attr('content')).toSatisfy(
        (t: string) => t.startsWith(heading) && t.includes(reportTitle) && t.length > heading.length,
      );
      expect($('title').text()).toContain(heading);
      const description = $('meta[name="description"]').attr('content')!;
      expect(description.length).toBeGreaterThan(0);
      expect(description.length).toBeLessThanOrEqual(200);
      expect($('meta[property="og:description"]').attr('content')).toBe(description);
      const target = `/${lang}/reports/${REPORT}/#${id}`;
      expect($('link[rel="canonical"]').attr('href')).toBe(`https://ai-infra.example.org${target}`);
      expect($('meta[http-equiv="refresh"]').attr('content')).toBe(`0; url=${target}`);
      expect($(`main a[href="${target}"]`).length).toBe(1);
    }
  });

  it('describe a section by its first paragraph as the article prints it, figures included', () => {
    for (const lang of ['zh', 'en']) {
      const article = loadPage(join(dir, lang, 'reports', REPORT, 'index.html'));
      article('.pop').remove();
      const id = sections[0].id;
      const paragraph = article(`#${id}`).nextAll('p').first().text().replace(/\s+/g, ' ').trim();
      const $ = loadPage(join(dir, lang, 'reports', REPORT, id, 'index.html'));
      const description = $('meta[name="description"]').attr('content')!.replace(/…$/, '');
      expect(paragraph.replace(/\s/g, '')).toContain(description.replace(/\s/g, ''));
    }
  });
});

describe('citations', () => {
  it('name the report’s publisher and date on the article, each section and each chart', () => {
    const source = readSources()[REPORT];
    for (const lang of ['zh', 'en'] as const) {
      const $ = loadPage(join(dir, lang, 'reports', REPORT, 'index.html'));
      const groups = $('details.cite-this');
      expect(groups.length).toBe(1 + sections.filter((s) => s.depth === 2).length + $('figure.chart').length);
      groups.each((_, el) => {
        const texts = $(el)
          .find('.citation')
          .map((__, p) => $(p).text())
          .get();
        expect(texts).toHaveLength(3);
        for (const text of texts) {
          expect(text).toContain(lang === 'zh' ? source.publisher.zh : source.publisher.en);
          expect(text).toContain('2022');
          expect(text).toContain(`/${lang}/reports/${REPORT}/`);
        }
      });
    }
  });
});

describe('the glossary', () => {
  it.each(['zh', 'en'] as const)('has an anchor for every term in %s', (lang) => {
    const $ = loadPage(join(dir, lang, 'glossary', 'index.html'));
    for (const [id, entry] of readGlossary()) expect($(`#${id}`).text(), id).toContain(entry.term[lang]);
  });
});

describe('copy links', () => {
  it('sit on every section heading and chart of an article, naming what they copy', () => {
    const $ = loadPage(join(dir, 'en', 'reports', REPORT, 'index.html'));
    expect($('h2[id] + .section-tools .copy > button[data-copy-url], h3[id] + .section-tools .copy > button[data-copy-url]').length).toBe(sections.length);
    $('figure.chart').each((_, fig) => expect($(fig).find('button.copy-button[data-copy-url*="/charts/"]').length).toBe(1));
    $('button.copy-button').each((_, b) => expect(b.attribs['aria-label']).toBeTruthy());
  });
});
