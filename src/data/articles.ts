import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../format/number.ts';
import { charts } from '../charts/registry.ts';
import { readSections, type Section } from './sections.ts';
import { checkChartRefs } from './chart-refs.ts';

export type Article = CollectionEntry<'articles'> & { sections: Section[] };

/** The articles of one language, checked, in the reports' chronological order. */
export async function readArticles(lang: Lang): Promise<Article[]> {
  const all = await getCollection('articles', (entry) => entry.data.lang === lang);
  const checked = all.map((entry) => {
    const file = `content/${entry.id}.mdx`;
    const [folder, name] = entry.id.split('/');
    if (folder !== entry.data.report || name !== lang) throw new Error(`${file}: frontmatter says report "${entry.data.report}", lang "${entry.data.lang}"; the folder and file name must match`);
    const body = entry.body ?? '';
    checkChartRefs(body, file, charts);
    return { ...entry, sections: readSections(body, file) };
  });
  return checked.sort((a, b) => a.data.order - b.data.order);
}
