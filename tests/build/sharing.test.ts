import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { charts } from '../../src/charts/registry.ts';
import { BUILDS, htmlFiles, loadPage, requireBuild, urlPathOf } from '../support/dist.ts';

const { dir } = BUILDS[0];
requireBuild(dir);
const SITE = 'https://ai-infra.example.org';
const pages = htmlFiles(dir)
  .map((file) => ({ file, path: urlPathOf(dir, file), $: loadPage(file) }))
  // The 404 page and redirects of renamed pages are not shared.
  .filter(({ path, $ }) => path !== '/404' && !($('meta[http-equiv="refresh"]').length && !$('meta[property="og:title"]').length));

/** The file behind one of our absolute URLs. */
function fileOf(url: string): string {
  expect(url.startsWith(`${SITE}/`), url).toBe(true);
  return join(dir, decodeURI(url.slice(SITE.length)));
}

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1'), file).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

const jsonLd = ($: ReturnType<typeof loadPage>) =>
  $('script[type="application/ld+json"]')
    .map((_, el) => JSON.parse($(el).text()))
    .get();

describe('link previews', () => {
  it('give every page, the door included, a 1200×630 image with alt text, the site name and a large card', () => {
    expect(pages.length).toBeGreaterThan(300);
    const images = new Set<string>();
    for (const { path, $ } of pages) {
      const image = $('meta[property="og:image"]').attr('content');
      expect(image, `${path}: og:image`).toBeTruthy();
      expect($('meta[property="og:image:alt"]').attr('content')?.length, `${path}: og:image:alt`).toBeGreaterThan(10);
      expect($('meta[property="og:site_name"]').attr('content'), path).toBeTruthy();
      expect($('meta[property="og:title"]').attr('content'), path).toBeTruthy();
      expect($('meta[name="twitter:card"]').attr('content'), path).toBe('summary_large_image');
      expect($('meta[property="og:image"]').length, `${path}: one og:image`).toBe(1);
      images.add(image!);
    }
    for (const image of images) expect(pngSize(fileOf(image)), image).toEqual([1200, 630]);
  });

  it.each(['zh', 'en'])('give %s articles, sections, topics, datasets and home cards of their own', (lang) => {
    const imageOf = (path: string) =>
      pages
        .find((p) => p.path === path)!
        .$('meta[property="og:image"]')
        .attr('content');
    const home = imageOf(`/${lang}/`);
    expect(home).toBe(`${SITE}/${lang}/og/pages/home.png`);
    expect(imageOf('/')).toBe(`${SITE}/og/door.png`);
    for (const path of [
      `/${lang}/reports/ai-cities-2023/`,
      `/${lang}/reports/ai-cities-2023/policy-wave/`,
      `/${lang}/topics/compute/`,
      `/${lang}/data/ai-cities-documents-2023/`,
    ]) {
      expect(imageOf(path), path).toBe(`${SITE}/${lang}/og/pages/${path.slice(4, -1).replaceAll('/', '--')}.png`);
    }
  });

  it('point a section page’s og:url at the section page itself, so scrapers keep its card', () => {
    const { $ } = pages.find((p) => p.path === '/en/reports/ai-cities-2023/policy-wave/')!;
    expect($('meta[property="og:url"]').attr('content')).toBe(`${SITE}/en/reports/ai-cities-2023/policy-wave/`);
  });
});

describe('oEmbed', () => {
  it.each(['zh', 'en'])('answers for every %s chart with a rich iframe, its size, a thumbnail and the provider', (lang) => {
    for (const id of charts.keys()) {
      for (const page of [`/${lang}/charts/${id}/`, `/${lang}/embed/${id}/`]) {
        const { $ } = pages.find((p) => p.path === page)!;
        const link = $('link[rel="alternate"][type="application/json+oembed"]').attr('href');
        expect(link, page).toBe(`${SITE}/${lang}/oembed/${id}.json`);
      }
      const oembed = JSON.parse(readFileSync(fileOf(`${SITE}/${lang}/oembed/${id}.json`), 'utf8'));
      expect(oembed).toMatchObject({ version: '1.0', type: 'rich', provider_url: `${SITE}/${lang}/`, thumbnail_width: 1200, thumbnail_height: 630 });
      expect(oembed.html).toMatch(new RegExp(`^<iframe src="${SITE}/${lang}/embed/${id}/\\?theme=auto"[^>]* width="\\d+" height="\\d+"`));
      expect(oembed.html).not.toMatch(/<script/);
      expect(Number.isInteger(oembed.width) && Number.isInteger(oembed.height)).toBe(true);
      expect(existsSync(fileOf(oembed.thumbnail_url)), oembed.thumbnail_url).toBe(true);
    }
  });
});

describe('metadata for reference managers and dataset search', () => {
  it('gives every article and section page citation_* tags and a schema.org Article', () => {
    const articles = pages.filter((p) => /^\/(zh|en)\/reports\/[^/]+\/([^/]+\/)?$/.test(p.path));
    expect(articles.length).toBeGreaterThan(100);
    for (const { path, $ } of articles) {
      const meta = (name: string) => $(`meta[name="${name}"]`).attr('content');
      expect(meta('citation_title'), path).toBe($('meta[property="og:title"]').attr('content'));
      expect(meta('citation_author'), path).toBeTruthy();
      expect(meta('citation_publisher'), path).toBeTruthy();
      expect(meta('citation_publication_date'), path).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
      expect(meta('citation_language'), path).toBe(path.slice(1, 3));
      const [article] = jsonLd($);
      expect(article, path).toMatchObject({ '@type': 'Article', headline: meta('citation_title'), isBasedOn: { '@type': 'Report' } });
    }
  });

  it('gives every dataset page a schema.org Dataset whose distribution is its CSV and JSON', () => {
    const datasets = pages.filter((p) => /^\/(zh|en)\/data\/[^/]+\/$/.test(p.path));
    expect(datasets.length).toBeGreaterThan(100);
    for (const { path, $ } of datasets) {
      const [dataset] = jsonLd($);
      expect(dataset['@type'], path).toBe('Dataset');
      expect(dataset.distribution.map((d: { encodingFormat: string }) => d.encodingFormat)).toEqual(['text/csv', 'application/json']);
      for (const { contentUrl } of dataset.distribution) expect(existsSync(fileOf(contentUrl)), contentUrl).toBe(true);
    }
    const [catalog] = jsonLd(pages.find((p) => p.path === '/en/data/')!.$);
    expect(catalog['@type']).toBe('DataCatalog');
    expect(catalog.dataset.length).toBe(datasets.length / 2);
  });

  it('publishes datapackage.json beside the CSVs and inside the ZIP', () => {
    const descriptor = JSON.parse(readFileSync(join(dir, 'data', 'datapackage.json'), 'utf8'));
    expect(descriptor.profile).toBe('tabular-data-package');
    for (const { path } of descriptor.resources) expect(existsSync(join(dir, 'data', path)), path).toBe(true);
    expect(readFileSync(join(dir, 'data', 'ai-infra-datasets.zip')).includes('datapackage.json')).toBe(true);
  });
});
