import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/format/template.ts';

describe('fillTemplate', () => {
  it('fills every placeholder, numbers as text, and leaves other braces and text alone', () => {
    expect(fillTemplate('{n} of {total} results for “{q}”', { n: 5, total: 12, q: '算力' })).toBe('5 of 12 results for “算力”');
    expect(fillTemplate('{n}{n}', { n: 0 })).toBe('00');
    expect(fillTemplate('{ not a name }', {})).toBe('{ not a name }');
  });

  it('stops on a placeholder with no value, naming it, unless told what to put there', () => {
    expect(() => fillTemplate('{a} and {b}', { a: 1 })).toThrow('no value for {b} in "{a} and {b}"');
    expect(fillTemplate('{a} and {b}', { a: 1 }, (name) => `{${name}}`)).toBe('1 and {b}');
    expect(fillTemplate('{a} and {b}', { a: 1 }, () => '')).toBe('1 and ');
  });
});
