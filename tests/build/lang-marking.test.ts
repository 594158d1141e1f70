import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, htmlFiles, loadPage, requireBuild } from '../support/dist.ts';
import { unmarkedChinese } from '../support/unmarked-chinese.ts';

// WCAG 3.1.2: Chinese text on an English page carries lang="zh-CN" (screen readers switch voice,
// browsers pick a Chinese font). No English page may have a Chinese text node left unmarked:
// the data tables and dataset pages are checked on their own so a failure says where to look.
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

  it('everywhere else on every English page', () => {
    const unmarked = englishPages.flatMap((file) => unmarkedChinese(loadPage(file)).map((text) => `${relative(dir, file)}: ${text}`));
    const pages = new Set(unmarked.map((line) => line.split(': ')[0]));
    // The first lines name where to look; the count says how far there is to go.
    expect({ count: unmarked.length, pages: pages.size, first: unmarked.slice(0, 20) }).toEqual({ count: 0, pages: 0, first: [] });
  });
});
