import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readSections } from '../../src/data/sections.ts';
import { describe, expect, it } from 'vitest';
import { BUILDS, loadPage, requireBuild } from '../support/dist.ts';

const { dir } = BUILDS[0];
requireBuild(dir);

function entry(lang: string): { languages: Record<string, { page_count: number }> } {
  return JSON.parse(readFileSync(join(dir, 'pagefind', lang, 'pagefind-entry.json'), 'utf8'));
}

/** Chart and dataset pages in the build (the registry may have grown since it was made). */
function builtPages(lang: string): string[] {
  return ['charts', 'data'].flatMap((kind) =>
    readdirSync(join(dir, lang, kind), { withFileTypes: true })
      .filter((d) => d.isDirectory() && existsSync(join(dir, lang, kind, d.name, 'index.html')))
      .map((d) => `${lang}/${kind}/${d.name}/index.html`),
  );
}

describe('the search index', () => {
  it('holds one language per bundle, with every chart and dataset page in it', () => {
    expect(Object.keys(entry('zh').languages)).toEqual(['zh-cn']);
    expect(Object.keys(entry('en').languages)).toEqual(['en']);
    expect(entry('zh').languages['zh-cn'].page_count).toBeGreaterThanOrEqual(builtPages('zh').length);
    expect(entry('en').languages.en.page_count).toBeGreaterThanOrEqual(builtPages('en').length);
  });

  it('gives every chart and dataset page its type and report as filters, and report and date as metadata', () => {
    for (const path of [...builtPages('zh'), ...builtPages('en')]) {
      const $ = loadPage(join(dir, path));
      const filters = $('[data-pagefind-filter]')
        .map((_, el) => $(el).attr('data-pagefind-filter'))
        .get();
      expect(filters, path).toEqual([path.includes('/charts/') ? 'type:chart' : 'type:dataset', expect.stringMatching(/^report:[a-z0-9-]+$/)]);
      const meta = $('[data-pagefind-meta]')
        .map((_, el) => $(el).attr('data-pagefind-meta'))
        .get();
      expect(meta, path).toEqual(expect.arrayContaining([expect.stringMatching(/^report:[a-z0-9-]+$/), expect.stringMatching(/^date:(\d{4}(-\d{2})?)?$/)]));
    }
  });

  it('leaves the header, footer and chart drawings out of what is indexed', () => {
    const [chart] = builtPages('en');
    const $ = loadPage(join(dir, chart));
    expect($('header.site-header').attr('data-pagefind-ignore')).toBe('all');
    expect($('footer').attr('data-pagefind-ignore')).toBe('all');
    expect($('.chart-static').length).toBeGreaterThan(0);
    $('.chart-static').each((_, el) => void expect($(el).attr('data-pagefind-ignore')).toBe('all'));
  });
});

/** Every record of a bundle as Pagefind stores it: gzip, a "pagefind_dcd" signature, then JSON. */
function records(lang: string): { url: string; meta: Record<string, string>; filters: Record<string, string[]> }[] {
  const folder = join(dir, 'pagefind', lang, 'fragment');
  return readdirSync(folder).map((f) =>
    JSON.parse(
      gunzipSync(readFileSync(join(folder, f)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, ''),
    ),
  );
}

describe('the chunk list beside each bundle', () => {
  it.each(['zh', 'en'])('%s: names every index chunk in order, with the bytes of its file', (lang) => {
    const bundle = join(dir, 'pagefind', lang);
    const listed = JSON.parse(readFileSync(join(bundle, 'chunks.json'), 'utf8')) as [string, string, number][];
    const files = readdirSync(join(bundle, 'index')).filter((f) => f.endsWith('.pf_index'));
    expect(listed.length).toBe(files.length);
    expect(listed.map((c) => c[2]).sort()).toEqual(files.map((f) => statSync(join(bundle, 'index', f)).size).sort());
    // Ranges follow one another: each chunk starts after the previous one ends.
    for (let i = 1; i < listed.length; i++) expect([listed[i - 1][1], listed[i][0]].sort(), `chunk ${i}`).toEqual([listed[i - 1][1], listed[i][0]]);
  });
});

describe('explainers in the search index', () => {
  it.each(['zh', 'en'])('are indexed in %s one record per section, each landing on its #anchor, and never as a whole page', (lang) => {
    const urls = new Map(records(lang).map((r) => [r.url, r]));
    for (const slug of readdirSync('content')) {
      const sections = readSections(readFileSync(join('content', slug, `${lang}.mdx`), 'utf8'), slug);
      for (const s of sections) {
        const record = urls.get(`/${lang}/reports/${slug}/#${s.id}`);
        expect(record, `${slug}#${s.id}`).toBeDefined();
        expect(record!.filters.type).toEqual(['article']);
        expect(record!.filters.report).toEqual([slug]);
      }
      // The section redirect pages are not results of their own.
      for (const s of sections) expect(urls.has(`/${lang}/reports/${slug}/${s.id}/`), s.id).toBe(false);
    }
  });
});

describe('what an excerpt can show', () => {
  /** The text of every record, Chinese words joined as the reader sees them. */
  const texts = (lang: string) => records(lang).map((r) => ({ url: r.url, text: (r as unknown as { content: string }).content.replace(/\u200B/g, '') }));

  it.each(['zh', 'en'])('%s: holds no join code of a dataset (public-computing-platforms)', (lang) => {
    const codes = readdirSync('data', { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.meta.json'))
      .flatMap((f) => {
        const meta = JSON.parse(readFileSync(join('data', f), 'utf8')) as { columns: Record<string, { key?: boolean }> };
        const keys = Object.entries(meta.columns)
          .filter(([, c]) => c.key)
          .map(([name]) => name);
        const csv = readFileSync(join('data', f.replace('.meta.json', '.csv')), 'utf8').split('\n');
        const header = csv[0].split(',');
        return csv.slice(1).flatMap((line) => keys.map((k) => line.split(',')[header.indexOf(k)]));
      })
      .filter((v) => v && /^[a-z0-9]+(-[a-z0-9]+){2,}$/.test(v));
    expect(codes.length).toBeGreaterThan(10);
    for (const { url, text } of texts(lang)) for (const code of new Set(codes)) expect(text.includes(code), `${url}: ${code}`).toBe(false);
  });

  it.each(['zh', 'en'])('%s: holds no key-figure strip, whose values and labels would run together as one line', (lang) => {
    const glued = readdirSync('content').flatMap((slug) => {
      const $ = loadPage(join(dir, lang, 'reports', slug, 'index.html'));
      return $('.key-figure')
        .map((_, li) => `${$(li).find('.value').text().trim()} ${$(li).find('.context').text().trim()}`)
        .get();
    });
    expect(glued.length).toBeGreaterThan(10);
    for (const { url, text } of texts(lang))
      expect(
        glued.filter((figure) => text.includes(figure)),
        url,
      ).toEqual([]);
  });

  it.each(['zh', 'en'])('%s: keeps glossary terms apart and their # links out', (lang) => {
    const glossary = texts(lang).find((r) => r.url === `/${lang}/glossary/`)!;
    expect(glossary.text).not.toMatch(/#/);
    expect(glossary.text).toContain(lang === 'zh' ? '算力 computing power' : 'computing power 算力');
    // A term and its definition are two blocks, not one glued word.
    expect(glossary.text).not.toMatch(/computing power计算|算力How/);
  });
});
