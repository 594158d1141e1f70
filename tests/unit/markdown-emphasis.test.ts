import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// CommonMark closes `**` only when the closing pair is not preceded by punctuation and followed by
// a letter: `**北京：**算法` prints its asterisks. Chinese lead-ins ending in full-width punctuation
// and running straight into the text (no space, as our typography asks) must use <strong>.
const UNCLOSABLE = /\*\*[^*\n]+?[\p{P}]\*\*(?=[^\s*\p{P}<])/u;

const articles = readdirSync('content').flatMap((report) => ['zh', 'en'].map((lang) => `content/${report}/${lang}.mdx`));

describe('bold lead-ins in the articles', () => {
  it.each(articles)('close their emphasis in %s', (file) => {
    const lines = readFileSync(file, 'utf8').split('\n');
    const broken = lines.flatMap((line, i) => (UNCLOSABLE.test(line) ? [`${file}:${i + 1}: ${line.slice(0, 60)}`] : []));
    expect(broken).toEqual([]);
  });
});
