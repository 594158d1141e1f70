import { describe, expect, it } from 'vitest';
import { glossaryTermPairs, readGlossary } from '../../src/data/glossary.ts';

const glossary = readGlossary();

describe('the glossary', () => {
  it('defines every term the issue and the term list name', () => {
    for (const id of ['computing-power', 'basic-computing', 'ai-computing', 'supercomputing', 'eflops', 'pflops', 'tops', 'int8', 'fp16'])
      expect(glossary.has(id), id).toBe(true);
    for (const id of [
      'ai-computing-centre',
      'pretrained-model',
      'large-model',
      'pue',
      'open-source-framework',
      'pilot-zone',
      'new-infrastructure',
      'ai-chip',
    ]) {
      expect(glossary.has(id), id).toBe(true);
    }
  });

  it('uses the renderings of docs/writing.md', () => {
    expect(glossary.get('computing-power')!.term).toEqual({ zh: '算力', en: 'computing power' });
    expect(glossary.get('ai-computing-centre')!.term.en).toBe('intelligent computing centre (AI computing centre)');
    expect(glossary.get('pilot-zone')!.term).toEqual({ zh: '人工智能创新应用先导区', en: 'AI innovative application pilot zone' });
  });

  it('explains each term in both languages, Chinese with full-width sentence ends', () => {
    for (const [id, entry] of glossary) {
      expect(entry.definition.zh, id).toMatch(/。$/);
      expect(entry.definition.en, id).toMatch(/\.$/);
      expect(entry.definition.zh, `${id} has a half-width comma in Chinese`).not.toMatch(/[\u4e00-\u9fff],/);
    }
  });
});

describe("the glossary's search term pairs", () => {
  const pairs = glossaryTermPairs();

  it('pair each term, and the terms in its parentheses, across the two languages', () => {
    expect(pairs).toContainEqual(['算力', 'computing power']);
    expect(pairs).toContainEqual(['智算中心', 'AI computing centre']);
    expect(pairs).toContainEqual(['图形处理器', 'graphics processing unit']);
    // The English parenthesis of "basic (general-purpose) computing" has no Chinese twin.
    expect(pairs).toContainEqual(['基础算力', 'basic computing']);
  });

  it('leave out terms spelled alike, and terms that list alternatives', () => {
    for (const [zh, en] of pairs) {
      expect(zh.toLowerCase(), zh).not.toBe(en.toLowerCase());
      expect(`${zh}${en}`, zh).not.toMatch(/[/（）()]/);
    }
    expect(pairs.some(([zh]) => zh.includes('十三五'))).toBe(false);
  });
});
