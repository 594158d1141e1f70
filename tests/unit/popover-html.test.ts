import { describe, expect, it } from 'vitest';
import { figureHtml, termHtml, type FigureParts } from '../../src/components/popover-html.ts';

const strings = {
  title: 'Where this number comes from',
  close: 'Close',
  original: 'Original (Chinese)',
  ours: 'Our translation',
  showOriginal: 'Show the Chinese original',
  hideOriginal: 'Hide the Chinese original',
  row: 'See this row in the dataset',
};
const figure: FigureParts = {
  popId: 'fig-1',
  lang: 'en',
  text: '135 EFLOPS',
  value: '135',
  quote: '我国算力总规模达到135EFLOPS',
  source: 'Source: CAICT, X, §2',
  rowHref: '/en/data/compute/#row-3',
  strings,
};

describe('figureHtml', () => {
  it('shows only the number in the trigger, which links to the dataset row', () => {
    const html = figureHtml(figure);
    expect(html).toMatch(
      /^<a class="figure-link" href="\/en\/data\/compute\/#row-3" data-pop="fig-1" aria-controls="fig-1"><data class="figure" value="135">135 EFLOPS<\/data><\/a>/,
    );
    expect(html).toContain('<a class="pop-link" href="/en/data/compute/#row-3">');
  });

  it('marks the Chinese quote as Chinese on English pages when there is no translation', () => {
    const html = figureHtml(figure);
    expect(html).toContain(
      '<span class="pop-label">Original (Chinese)</span><span class="pop-quote" id="fig-1-zh" lang="zh-CN">“我国算力总规模达到135EFLOPS”</span>',
    );
    expect(html).not.toContain('pop-toggle');
  });

  it('leads with our translation and keeps the Chinese one tap away', () => {
    const html = figureHtml({ ...figure, quoteEn: 'China’s total computing power reached 135 EFLOPS' });
    expect(html).toContain('<span class="pop-label">Our translation</span><span class="pop-quote">“China’s total computing power reached 135 EFLOPS”</span>');
    expect(html).toContain('aria-controls="fig-1-zh"');
    expect(html).toContain('<span class="pop-quote" id="fig-1-zh" lang="zh-CN" hidden>');
  });

  it('needs no lang mark on Chinese pages', () => {
    expect(figureHtml({ ...figure, lang: 'zh' })).not.toContain('lang="zh-CN"');
  });

  it('escapes the report’s words', () => {
    expect(figureHtml({ ...figure, quote: 'a<b & "c"' })).toContain('“a&lt;b &amp; &quot;c&quot;”');
  });
});

describe('termHtml', () => {
  it('links the term to the glossary and puts the same link inside its popover', () => {
    const html = termHtml({
      popId: 'term-x-def',
      inner: '算力',
      name: '算力',
      definition: '计算能力',
      glossaryHref: '/zh/glossary/#x',
      moreLabel: '查看术语表',
      closeLabel: '关闭',
    });
    expect(html).toContain('<a class="term-link" href="/zh/glossary/#x" data-pop="term-x-def" aria-controls="term-x-def">算力</a>');
    expect(html).toContain('id="term-x-def" popover role="dialog" aria-labelledby="term-x-def-t"');
    expect(html).toContain('<a class="pop-link" href="/zh/glossary/#x">查看术语表 →</a>');
    expect(html).not.toMatch(/>\s+</);
  });
});
