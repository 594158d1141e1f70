/**
 * Our English rendering of a row's quote (issue 19 §3). It must be English: Latin letters, and
 * Chinese only inside parentheses that hold an original name and nothing else, e.g.
 * "Shengteng (昇腾)". This stops the Chinese from being copied over in place of a translation.
 */
const CJK = /[\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** "(昇腾)" or "(《新一代人工智能发展规划》)": a marked original, CJK and its punctuation only. */
const MARKED_ORIGINAL = /\([\u3000-\u303f\u3400-\u9fff\uf900-\ufaff\uff00-\uffef0-9.·\s]+\)/g;

/** What is wrong with a quote_en cell, or null when it will do. */
export function quoteEnProblem(english: string): string | null {
  if (!english) return 'every row needs our English rendering of its quote (issue 19: quote_en)';
  if (!/[A-Za-z]/.test(english)) return `"${english.slice(0, 40)}" is not English (no Latin letters)`;
  const outside = english.replace(MARKED_ORIGINAL, '');
  const stray = outside.match(CJK);
  if (stray) return `"${english.slice(0, 40)}" has Chinese outside a marked original "(原文)": "${stray[0]}"`;
  return null;
}
