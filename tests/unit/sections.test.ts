import { describe, expect, it } from 'vitest';
import { readSections } from '../../src/data/sections.ts';

describe('readSections', () => {
  it('reads explicit ids, depths and text in order', () => {
    const body = 'intro\n\n<H2 id="computing-power">算力：<em>智能</em>算力</H2>\n\ntext\n\n<H3 id="chips">芯片</H3>\n';
    expect(readSections(body, 'a.mdx')).toEqual([
      { id: 'computing-power', depth: 2, text: '算力：智能算力', line: 3 },
      { id: 'chips', depth: 3, text: '芯片', line: 7 },
    ]);
  });

  it('rejects a Markdown heading, whose id would be derived from its text', () => {
    expect(() => readSections('a\n## 算力\n', 'content/x/zh.mdx')).toThrow('content/x/zh.mdx:2: write sections as <H2 id="…">');
  });

  it('rejects a duplicate id with both lines', () => {
    expect(() => readSections('<H2 id="a">A</H2>\n<H3 id="a">B</H3>', 'x.mdx')).toThrow('x.mdx:2: duplicate section id "a" (first used on line 1)');
  });

  it('rejects an id that is not ASCII kebab-case', () => {
    expect(() => readSections('<H2 id="算力">A</H2>', 'x.mdx')).toThrow('x.mdx:1: section id "算力" must be ASCII kebab-case');
  });
});
