import { describe, expect, it } from 'vitest';
import { lostAnchors, newAnchors, readAnchorList } from '../../src/data/anchor-list.ts';
import { collectAnchors } from '../../src/data/collect-anchors.ts';

const published = { anchors: ['a', 'b', 'old'], aliases: { old: 'c' } };

describe('published anchors', () => {
  it('are lost when a page no longer has them and no alias leads to an id it has', () => {
    expect(lostAnchors(published, new Set(['a', 'c']))).toEqual(['b']);
    expect(lostAnchors(published, new Set(['a', 'b']))).toEqual(['old']);
    expect(lostAnchors(published, new Set(['a', 'b', 'c']))).toEqual([]);
  });

  it('report ids a page has that the list lacks', () => {
    expect(newAnchors(published, new Set(['a', 'z', 'c']))).toEqual(['c', 'z']);
    expect(newAnchors(undefined, new Set(['x']))).toEqual(['x']);
  });

  it('are read from data/anchors.json, which is valid', () => {
    const list = readAnchorList();
    for (const entry of Object.values(list)) for (const [from, to] of Object.entries(entry.aliases)) expect(from).not.toBe(to);
  });
});

describe('collectAnchors', () => {
  it('takes ids from the article, not from labels, charts’ insides or the page around it', () => {
    const html = `<header id="top"></header><main><article>
      <p id="box-title">x</p><aside aria-labelledby="box-title"></aside>
      <h2 id="section">S</h2><figure class="chart" id="chart"><p id="chart-title"></p><svg><title id="t"></title></svg></figure>
      <ol><li id="measure-3">m</li></ol></article></main>`;
    expect([...collectAnchors(html)].sort()).toEqual(['chart', 'measure-3', 'section']);
  });
});
