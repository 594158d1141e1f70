import { describe, expect, it } from 'vitest';
import { hedgeBeside } from '../../src/format/hedge-words.ts';

// A quantity hedge qualifies the number it touches; one elsewhere in the sentence does not.
describe('hedgeBeside', () => {
  it('finds a Chinese hedge right before or right after the number', () => {
    expect(hedgeBeside('专利超过', '项', 'more-than', 'zh')).toContain('超过');
    expect(hedgeBeside('专利', '多项', 'more-than', 'zh')).toEqual(['多']);
    expect(hedgeBeside('总量约为', '。', 'approx', 'zh')).toEqual(['约']);
    expect(hedgeBeside('部署了', '个左右', 'approx', 'zh')).toEqual(['左右']);
  });

  it('does not count a Chinese hedge character that belongs to another word of the sentence', () => {
    expect(hedgeBeside('多层架构的平台共', '个', 'more-than', 'zh')).toEqual([]);
    expect(hedgeBeside('超过一半的城市共有', '家', 'more-than', 'zh')).toEqual([]);
    expect(hedgeBeside('平台', '个，多数在东部', 'more-than', 'zh')).toEqual([]);
  });

  it('finds an English hedge a few words before the number, not one far away', () => {
    expect(hedgeBeside('the firm holds more than ', ' patents', 'more-than', 'en')).toEqual(['more than']);
    expect(hedgeBeside('it spent about US$', '', 'approx', 'en')).toEqual(['about']);
    expect(hedgeBeside('More than half of the provinces, the report counts, opened ', ' platforms', 'more-than', 'en')).toEqual([]);
    expect(hedgeBeside('Moreover, it lists ', ' firms', 'more-than', 'en')).toEqual([]);
  });

  it('lets a status hedge stand anywhere in the sentence, as a verb does', () => {
    expect(hedgeBeside('预计到2025年，算力规模将达到', '', 'forecast', 'zh')).toEqual(['预计', '将']);
    expect(hedgeBeside('The plan aims for ', ' by 2025', 'target', 'en')).toEqual(['aims', 'plan']);
  });
});

// Edges that mutation testing found untested (docs/quality.md).
describe('hedgeBeside at its edges', () => {
  it('measures the reach from the last character, not from spaces the markup left beside the number', () => {
    expect(hedgeBeside('规模 约    ', '亿元', 'approx', 'zh')).toEqual(['约']);
    expect(hedgeBeside('专利', '    多项', 'more-than', 'zh')).toEqual(['多']);
    expect(hedgeBeside('It filed more than', ' patents', 'more-than', 'en')).toEqual(['more than']);
  });

  it('does not take a hedge character far after the number for one beside it', () => {
    expect(hedgeBeside('拥有', '项专利和多家合作企业', 'more-than', 'zh')).toEqual([]);
  });

  it('reads an English hedge whatever its case', () => {
    expect(hedgeBeside('More than', ' firms', 'more-than', 'en')).toEqual(['more than']);
  });

  it('never glues the words either side of the number into one', () => {
    expect(hedgeBeside('the plan', 's for 2025', 'target', 'en')).toEqual(['plan']);
  });
});
