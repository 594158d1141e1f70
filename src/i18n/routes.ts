import type { Lang } from './index.ts';

/**
 * Every internal URL goes through here so the site works from a sub-path
 * (BASE_PATH=/ai-infra/). `path` is site-relative without a leading slash.
 */
export function href(path = ''): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  return base + path.replace(/^\//, '');
}

export function langHref(lang: Lang, path = ''): string {
  return href(`${lang}/${path.replace(/^\//, '')}`);
}

/** The site-relative path of a page without its language prefix: "/zh/charts/x/" → "charts/x/". */
export function pathWithoutLang(pathname: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const rest = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return rest.replace(/^(zh|en)(\/|$)/, '');
}

export const routes = {
  report: (lang: Lang, slug: string) => langHref(lang, `reports/${slug}/`),
  chart: (lang: Lang, id: string) => langHref(lang, `charts/${id}/`),
  embed: (lang: Lang, id: string) => langHref(lang, `embed/${id}/`),
  dataset: (lang: Lang, id: string) => langHref(lang, `data/${id}/`),
  dataFile: (id: string, ext: 'csv' | 'json') => href(`data/${id}.${ext}`),
};

/** The page's language, read from its URL (/zh/… or /en/…). */
export function langOf(url: URL): Lang {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, '/');
  const first = url.pathname.slice(base.length).split('/')[0];
  if (first !== 'zh' && first !== 'en') throw new Error(`no language in ${url.pathname}`);
  return first;
}
