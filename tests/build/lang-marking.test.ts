import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, htmlFiles, loadPage, requireBuild } from '../support/dist.ts';
import { unmarkedChinese } from '../support/unmarked-chinese.ts';

// WCAG 3.1.2: Chinese text on an English page carries lang="zh-CN". The data tables (under
// every chart and on the dataset pages) and the dataset pages must have none unmarked; the
// count for the rest of each English page is printed so the owners of those parts can fix it.
const { dir } = BUILDS[0];
requireBuild(dir);
const englishPages = htmlFiles(dir).filter((f) => relative(dir, f).startsWith('en/'));

describe('Chinese text on English pages is marked lang="zh-CN"', () => {
  it('in every data table', () => {
    const unmarked: string[] = [];
    for (const file of englishPages) {
      const $ = loadPage(file);
      $('.table-scroll table').each((_, table) => {
        for (const text of unmarkedChinese($, table)) unmarked.push(`${relative(dir, file)}: ${text}`);
      });
    }
    expect(unmarked.slice(0, 20)).toEqual([]);
  });

  it('on the dataset pages', () => {
    const pages = englishPages.filter((f) => relative(dir, f).startsWith('en/data/'));
    expect(pages.length).toBeGreaterThan(100);
    const unmarked = pages.flatMap((file) => {
      const $ = loadPage(file);
      return unmarkedChinese($, $('main')[0]).map((text) => `${relative(dir, file)}: ${text}`);
    });
    expect(unmarked.slice(0, 20)).toEqual([]);
  });

  it('elsewhere: a count per page for the parts other people own', () => {
    const counts = englishPages.map((file) => [relative(dir, file), unmarkedChinese(loadPage(file)).length] as const).filter(([, n]) => n > 0);
    console.info(
      `unmarked Chinese text nodes on ${counts.length} of ${englishPages.length} English pages:\n${counts.map(([f, n]) => `${n}\t${f}`).join('\n')}`,
    );
    expect(englishPages.length).toBeGreaterThan(0);
  });
});
