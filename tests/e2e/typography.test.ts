import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './fixtures.ts';

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

/** The article's body text as laid out: each paragraph's lines, read from the position of every character. */
function readLines(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const lines: string[] = [];
    for (const p of document.querySelectorAll('.article > p')) {
      const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
      let top = 0;
      let line = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let i = 0; i < text.length; i++) {
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + 1);
          const rect = range.getClientRects()[0];
          if (!rect) continue;
          // A character more than half a line below the line's first one starts a new line.
          if (line !== '' && Math.abs(rect.top - top) > rect.height / 2) {
            lines.push(line);
            line = '';
          }
          if (line === '') top = rect.top;
          line += text[i];
        }
      }
      if (line) lines.push(line);
    }
    return lines;
  });
}

const CLOSING = /^[，。、；：？！）》」』”’】〕…·]/;
const width = (line: string) => [...line.trim()].reduce((sum, ch) => sum + (/[\u2e80-\u9fff\uff00-\uffef\u3000-\u303f]/.test(ch) ? 1 : 0.5), 0);

describe.each([375, 1280])('article text at %i px', (viewport) => {
  it('in Chinese: no line begins with closing punctuation, and none is longer than 40 characters', async () => {
    const page = await session.browser.newPage({ viewport: { width: viewport, height: 900 } });
    await page.goto(`${session.site.url}zh/reports/ai-infrastructure-2021/`);
    const lines = await readLines(page);
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.filter((l) => CLOSING.test(l.trim()))).toEqual([]);
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(40);
    if (viewport === 375) await page.screenshot({ path: `${process.env.TMPDIR ?? '/tmp'}/typography-zh-375.png`, fullPage: false });
    await page.close();
  });

  it('in English: no line is longer than 75 characters', async () => {
    const page = await session.browser.newPage({ viewport: { width: viewport, height: 900 } });
    await page.goto(`${session.site.url}en/reports/ai-infrastructure-2021/`);
    const lines = await readLines(page);
    expect(lines.length).toBeGreaterThan(10);
    expect(Math.max(...lines.map((l) => l.trim().length))).toBeLessThanOrEqual(75);
    await page.close();
  });
});

describe('fonts', () => {
  it('are system fonts with a CJK stack for Chinese: no web font is declared or fetched', async () => {
    const page = await session.browser.newPage();
    const fonts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'font' && fonts.push(r.url()));
    await page.goto(`${session.site.url}zh/reports/ai-infrastructure-2021/`);
    const family = await page.evaluate(() => getComputedStyle(document.querySelector('.article p')!).fontFamily);
    expect(family).toMatch(/PingFang SC.*Microsoft YaHei.*Noto Sans CJK SC/);
    expect(await page.evaluate(() => document.fonts.size)).toBe(0);
    expect(fonts).toEqual([]);
    await page.close();
  });
});
