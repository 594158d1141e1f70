import { getEntry } from 'astro:content';
import { langOf, langHref, pathWithoutLang } from '../i18n/routes.ts';
import type { Lang } from '../i18n/index.ts';
import { readSource, type Source } from './sources.ts';
import { articleDates } from './article-dates.ts';

export interface ArticleContext {
  lang: Lang;
  report: string;
  title: string;
  source: Source;
  /** YYYY-MM-DD: when the explainer went out. */
  published: string;
  /** Site path of the article page, base included: /zh/reports/<report>/ */
  path: string;
}

/** The article a heading or term is rendered in, read from the page's URL (/{lang}/reports/{report}/). */
export async function articleContext(url: URL): Promise<ArticleContext> {
  const lang = langOf(url);
  const report = pathWithoutLang(url.pathname).split('/')[1];
  const entry = await getEntry('articles', `${report}/${lang}`);
  const source = readSource(report);
  if (!entry || !source) throw new Error(`${url.pathname}: section headings belong in an article (content/<report>/<lang>.mdx)`);
  return { lang, report, title: entry.data.title, published: articleDates(entry).published, source, path: langHref(lang, `reports/${report}/`) };
}

/** The shareable page of one section: /{lang}/reports/{report}/{section-id}/ */
export function sectionPagePath(article: ArticleContext, id: string): string {
  return `${article.path}${id}/`;
}
