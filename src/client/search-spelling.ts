// The site writes British English (data centre, labelled, programme, organisation); readers
// type American too. Pagefind stems English words, but centre and center have different stems,
// so an American spelling is rewritten to the site's before Pagefind is asked. Hyphenated words
// are asked as separate words (open-data → open data), which finds both forms on the pages.

const WORDS: [RegExp, string][] = [
  [/\bcenter(s?)\b/giu, 'centre$1'],
  [/\b(label|model|travel|cancel|signal|fuel)(ed|ing)\b/giu, '$1l$2'],
  [/\bprogram(s?)\b/giu, 'programme$1'],
  [/\bjudgment(s?)\b/giu, 'judgement$1'],
  [/\bdefense\b/giu, 'defence'],
  [/\blicense\b/giu, 'licence'],
  [/\bcatalog(s?)\b/giu, 'catalogue$1'],
  [/\bbehavior(s?)\b/giu, 'behaviour$1'],
  // -ize/-ization, only after three or more letters (size, prize and seize stay).
  [/\b(\p{L}{3,})iz(e|es|ed|ing|ation|ations)\b/giu, '$1is$2'],
];

/** The query in the site's spelling: British, hyphenated Latin words split into words. */
export function siteSpelling(query: string): string {
  let out = query;
  for (const [pattern, replacement] of WORDS) out = out.replace(pattern, replacement);
  return out.replace(/(\p{L}{2,})[-‐‑–](?=\p{L}{2,})/gu, '$1 ');
}
