import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, loadPage, requireBuild } from '../support/dist.ts';

// Each explainer says who wrote it and when (published, and updated when it changed since),
// and leads on to the report before and after it in time (issue 17).
const { dir } = BUILDS[0];
requireBuild(dir);

const frontmatter = (report: string, lang: string) => {
  const text = readFileSync(join('content', report, `${lang}.mdx`), 'utf8');
  const field = (name: string) => text.match(new RegExp(`^${name}: (.+)$`, 'm'))?.[1].trim();
  return { order: Number(field('order')), published: field('published'), updated: field('updated'), title: field('title')!.replace(/^"|"$/g, '') };
};
const REPORTS = ['ai-infrastructure-strategy-2020', 'strategic-push-for-ai', 'ai-core-technology-2021', 'ai-infrastructure-2021', 'ai-cities-2023'];

describe.each(['zh', 'en'])('%s explainers', (lang) => {
  const articles = REPORTS.map((report) => ({ report, ...frontmatter(report, lang), $: loadPage(join(dir, lang, 'reports', report, 'index.html')) })).sort(
    (a, b) => a.order - b.order,
  );

  it.each(REPORTS)('%s has a byline with its publication and update dates, matching its metadata', (report) => {
    const { $, published, updated } = articles.find((a) => a.report === report)!;
    expect(published, 'published: in the frontmatter').toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const byline = $('.byline');
    expect(byline.length).toBe(1);
    expect(byline.find('a[href$="/about/"]').length, 'the byline links to who we are').toBe(1);
    const times = byline
      .find('time')
      .map((_, el) => $(el).attr('datetime'))
      .get();
    expect(times[0]).toBe(published);
    if (updated && updated !== published) {
      expect(updated > published!, 'updated comes after published').toBe(true);
      expect(times).toEqual([published, updated]);
    } else expect(times).toEqual([published]);
    // What reference managers read agrees with what the reader sees.
    expect($('meta[name="citation_publication_date"]').attr('content')).toBe(published!.replaceAll('-', '/'));
    const ld = $('script[type="application/ld+json"]')
      .map((_, el) => JSON.parse($(el).text()))
      .get()
      .find((x) => x['@type'] === 'Article');
    expect(ld).toMatchObject({ datePublished: published, dateModified: updated ?? published });
  });

  it('writes the “what this report is” box in the page’s punctuation (full-width colon in Chinese)', () => {
    const text = articles.map(({ $ }) => $('.report-box').text()).join('\n');
    expect(text.length).toBeGreaterThan(0);
    if (lang === 'zh') expect(text).not.toMatch(/[\u4e00-\u9fff]: /);
  });

  it('lead on to the previous and next report, in the order of the reports', () => {
    articles.forEach(({ $, report }, i) => {
      const links = (rel: string) =>
        $(`nav.report-pager a[rel="${rel}"]`)
          .map((_, a) => ({ href: $(a).attr('href'), text: $(a).text() }))
          .get();
      const [prev, next] = [articles[i - 1], articles[i + 1]];
      expect(links('prev').length, report).toBe(prev ? 1 : 0);
      expect(links('next').length, report).toBe(next ? 1 : 0);
      if (prev) expect(links('prev')[0], report).toMatchObject({ href: `/${lang}/reports/${prev.report}/` });
      if (next) expect(links('next')[0], report).toMatchObject({ href: `/${lang}/reports/${next.report}/` });
      if (prev) expect(links('prev')[0].text).toContain(prev.title);
      if (next) expect(links('next')[0].text).toContain(next.title);
    });
  });
});
