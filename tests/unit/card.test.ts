import { describe, expect, it } from 'vitest';
import { renderCardSvg } from '../../src/charts/render-card.ts';
import { uncoveredCharacters } from '../../src/charts/lib/font-coverage.ts';

const texts = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('link-preview cards', () => {
  it('cut a long English title at a word, with an ellipsis, in at most three lines', () => {
    const title = "Beijing, Shanghai and Shenzhen lead, the rest specialise: how a Chinese newspaper ranked the country's AI cities";
    const svg = renderCardSvg({ lang: 'en', kicker: 'Explainer', title, siteName: 'Site' });
    const lines = texts(svg).slice(1, -1);
    expect(lines).toHaveLength(3);
    const lastWord = lines[2].match(/(\S+)…$/)![1];
    expect(title.split(/\s+/), 'the last word is whole').toContain(lastWord);
    expect(title.startsWith(lines.join(' ').replace('…', ''))).toBe(true);
  });

  it('draw Chinese cards with glyphs the bundled fonts have, title and site name included', () => {
    const svg = renderCardSvg({
      lang: 'zh',
      kicker: '章节·《人工智能基础设施发展态势报告（2021年）》',
      title: '算力：智能算力带动增长',
      description: '约135 EFLOPS。',
      siteName: '读懂中国AI基础设施',
    });
    expect(texts(svg)).toContain('算力：智能算力带动增长');
    expect(texts(svg).at(-1)).toBe('读懂中国AI基础设施');
    expect(uncoveredCharacters(svg)).toEqual([]);
  });
});
