import type { CardText } from '../charts/render-card.ts';
import { TOPICS } from '../schemas/dataset.ts';
import { t, type Lang } from '../i18n/index.ts';
import { readArticles, type Article } from './articles.ts';
import { readAllDatasets } from './catalog.ts';
import { lookupValue } from './lookup.ts';
import { sectionSummary } from './section-summary.ts';
import type { Section } from './sections.ts';
import { bookTitle, readSource } from './sources.ts';

/** One page's link preview: where the page is, what its card says, and the chart it shows. */
export interface PagePreview extends CardText {
  /** Site-relative path of the page without its language, e.g. "reports/ai-cities-2023/". */
  path: string;
  /** A chart drawn on the card beside the title (a section's lead figure). */
  chart?: string;
}

/** "reports/x/y/" → "reports--x--y"; the home page is "home". The card's file name. */
export function previewKey(path: string): string {
  return path.replace(/^\/|\/$/g, '').replaceAll('/', '--') || 'home';
}

const kicker = (lang: Lang, kind: string, where = '') => (where ? `${kind}${lang === 'zh' ? '·' : ' · '}${where}` : kind);
const reportTitle = (report: string, lang: Lang) => bookTitle(readSource(report)!, lang);

/** The first chart drawn in a section, its subsections included. */
export function leadChart(body: string, section: Section, sections: Section[]): string | undefined {
  const next = sections.find((s) => s.line > section.line && s.depth <= section.depth);
  const lines = body.split('\n').slice(section.line - 1, next ? next.line - 1 : undefined);
  return lines.join('\n').match(/<Chart\s+id="([^"]+)"/)?.[1];
}

function articlePreviews(article: Article, lang: Lang, siteName: string): PagePreview[] {
  const { report, title, description } = article.data;
  const body = article.body ?? '';
  const value = (a: Record<string, string>) => lookupValue(a.of, a.where, a.col ?? 'value', lang).text;
  const sections = article.sections.map((section) => ({
    lang,
    siteName,
    path: `reports/${report}/${section.id}/`,
    kicker: kicker(lang, t(lang, 'share.kind.section'), reportTitle(report, lang)),
    title: section.text,
    description: sectionSummary(body, section.id, value) || description,
    chart: leadChart(body, section, article.sections),
  }));
  const whole = { lang, siteName, path: `reports/${report}/`, kicker: kicker(lang, t(lang, 'share.kind.article'), reportTitle(report, lang)), title, description };
  return [whole, ...sections];
}

function catalogPreviews(lang: Lang, siteName: string): PagePreview[] {
  const datasets = [...readAllDatasets().values()].map(({ meta }) => ({
    lang,
    siteName,
    path: `data/${meta.id}/`,
    kicker: kicker(lang, t(lang, 'share.kind.dataset'), reportTitle(meta.report, lang)),
    title: meta.title[lang],
    description: meta.description[lang],
  }));
  const topics = TOPICS.map((topic) => ({
    lang,
    siteName,
    path: `topics/${topic}/`,
    kicker: t(lang, 'share.kind.topic'),
    title: t(lang, `topic.${topic}`),
    description: t(lang, `topic.${topic}.lead`),
  }));
  return [
    { lang, siteName, path: 'data/', kicker: t(lang, 'share.kind.dataset'), title: t(lang, 'data.title'), description: t(lang, 'data.description') },
    { lang, siteName, path: 'topics/', kicker: t(lang, 'share.kind.topic'), title: t(lang, 'topics.title'), description: t(lang, 'topics.description') },
    ...topics,
    ...datasets,
  ];
}

let cache: Promise<PagePreview[]> | undefined;

/** Every page that has a card of its own, in both languages. */
export function readPagePreviews(): Promise<PagePreview[]> {
  cache ??= (async () => {
    const all: PagePreview[] = [];
    for (const lang of ['zh', 'en'] as const) {
      const siteName = t(lang, 'site.name');
      all.push({ lang, siteName, path: '', kicker: t(lang, 'share.kind.home'), title: t(lang, 'home.title'), description: t(lang, 'home.lead') });
      for (const article of await readArticles(lang)) all.push(...articlePreviews(article, lang, siteName));
      all.push(...catalogPreviews(lang, siteName));
    }
    return all;
  })();
  return cache;
}

/**
 * The card for a page: its own, else its nearest ancestor's (an alias of a renamed section
 * gets its article's card; the chart gallery, search and about pages the home page's).
 */
export async function findPreview(lang: Lang, path: string): Promise<PagePreview> {
  const byPath = new Map((await readPagePreviews()).filter((p) => p.lang === lang).map((p) => [p.path, p]));
  for (let rest = path.replace(/^\/+/, '').replace(/([^/])$/, '$1/'); ; rest = rest.replace(/[^/]*\/$/, '')) {
    const found = byPath.get(rest);
    if (found) return found;
    if (rest === '') throw new Error(`no home preview for ${lang}`);
  }
}
