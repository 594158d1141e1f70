import type { Article } from './articles.ts';

/** An explainer's publication and update days (YYYY-MM-DD) from its frontmatter; `updated` only when later. */
export function articleDates(article: Pick<Article, 'data'>): { published: string; updated?: string } {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  const published = day(article.data.published);
  const updated = article.data.updated && day(article.data.updated);
  return updated && updated !== published ? { published, updated } : { published };
}
