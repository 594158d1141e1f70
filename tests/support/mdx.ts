import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

// Reading articles without a build: which MDX files exist, the components they use and the
// prose around them. Shared by the unit tests that check articles.

export const reports = readdirSync('content').filter((dir) => existsSync(join('content', dir, 'zh.mdx')));
export const articles = reports.flatMap((report) => (['zh', 'en'] as const).map((lang) => ({ report, lang, file: join('content', report, `${lang}.mdx`) })));

/** A tag's attributes: `<Value of="x" where='y' />` → { of: 'x', where: 'y' }. */
export const attrs = (tag: string): Record<string, string> =>
  Object.fromEntries([...tag.matchAll(/(\w+)=(?:"([^"]*)"|'([^']*)')/g)].map((m) => [m[1], m[2] ?? m[3]]));

/** Every `<name …/>` in the text with its attributes, offset and 1-based line. */
export function tagsAt(text: string, name: string) {
  return [...text.matchAll(new RegExp(`<${name}\\b[^>]*?/?>`, 'gs'))].map((m) => ({
    attrs: attrs(m[0]),
    start: m.index,
    end: m.index + m[0].length,
    line: text.slice(0, m.index).split('\n').length,
  }));
}

export const tags = (text: string, name: string) => tagsAt(text, name).map((t) => t.attrs);

/** Our own words: components, markup, links' targets and quotations removed. */
export function ownProse(mdx: string): string {
  return mdx
    .replace(/^---[\s\S]*?---/, '')
    .replace(/<(Value|KeyFigures|Chart|Quote)\b[^>]*?\/>/gs, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ']')
    .replace(/“[^”]*”|"[^"\n]*"|「[^」]*」|‘[^’]*’/g, ' ');
}
