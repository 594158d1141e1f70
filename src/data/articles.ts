import { getCollection, type CollectionEntry } from 'astro:content';
import type { Lang } from '../format/number.ts';
import { charts } from '../charts/registry.ts';
import { readSections, type Section } from './sections.ts';

export type Article = CollectionEntry<'articles'> & { sections: Section[] };

/** `<Chart id="…">` naming a chart that does not exist stops the build at its line. */
function checkCharts(body: string, file: string): void {
  for (const match of body.matchAll(/<Chart\s+id="([^"]+)"/g)) {
    if (!charts.has(match[1])) throw new Error(`${file}:${body.slice(0, match.index).split('\n').length}: <Chart id="${match[1]}"> names a chart that does not exist (no src/charts/${match[1]}.ts)`);
  }
}

/** The articles of one language, checked, in the reports' chronological order. */
export async function readArticles(lang: Lang): Promise<Article[]> {
  const all = await getCollection('articles', (entry) => entry.data.lang === lang);
  const checked = all.map((entry) => {
    const file = `content/${entry.id}.mdx`;
    const [folder, name] = entry.id.split('/');
    if (folder !== entry.data.report || name !== lang) throw new Error(`${file}: frontmatter says report "${entry.data.report}", lang "${entry.data.lang}"; the folder and file name must match`);
    const body = entry.body ?? '';
    checkCharts(body, file);
    return { ...entry, sections: readSections(body, file) };
  });
  return checked.sort((a, b) => a.data.order - b.data.order);
}
