import { execFileSync } from 'node:child_process';

const dates = new Map<string, string | undefined>();

/**
 * When an explainer was last changed: the date of the last commit that touched its MDX file
 * (YYYY-MM-DD), for citation_publication_date and schema.org's dateModified. Undefined outside a
 * git checkout (a tarball), so the tag is left out rather than made up.
 */
export function articleDate(report: string, lang: string): string | undefined {
  const file = `content/${report}/${lang}.mdx`;
  if (!dates.has(file)) {
    let date: string | undefined;
    try {
      date = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || undefined;
    } catch {
      date = undefined;
    }
    dates.set(file, date);
  }
  return dates.get(file);
}
