// The Traditional → Simplified conversions a search on this site needs, from OpenCC's
// dictionaries (opencc-js): Taiwan and Hong Kong variants and Taiwan phrases (晶片 → 芯片,
// 伺服器 → 服务器), then OpenCC's standard conversion. Only conversions into characters and
// phrases the site's Chinese text uses are kept (a conversion into anything else cannot help a
// search find a page), so the list is a few KB instead of OpenCC's 45 KB. Nothing the site itself
// writes is converted: not 昇 (昇腾, which OpenCC would turn into 升), not 智慧 (智慧城市).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './paths.ts';
import { ConverterFactory, type DictLike } from 'opencc-js/core';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';
import TWVariantsRevPhrases from 'opencc-js/dict/TWVariantsRevPhrases';
import TWPhrasesRev from 'opencc-js/dict/TWPhrasesRev';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import twp from 'opencc-js/from/twp';
import hk from 'opencc-js/from/hk';
import cn from 'opencc-js/to/cn';

export type TraditionalPairs = [traditional: string, simplified: string][];

const HAN = /\p{Script=Han}/u;

function entries(dict: DictLike): [string, string][] {
  const list = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')) : dict;
  return list.map(([from, to]) => [from, to.split(' ')[0]]);
}

/**
 * Every conversion into the site's text that the site itself never writes (智慧 stays: the site
 * writes 智慧城市): single characters, and phrases that convert differently from their characters.
 */
export function traditionalPairs(siteText: string): TraditionalPairs {
  const convert = ConverterFactory(twp, hk, cn);
  const site = new Set([...siteText].filter((c) => HAN.test(c)));
  const chars = new Set([TSCharacters, TWVariantsRev, HKVariantsRev].flatMap(entries).map(([from]) => from));
  const pairs: TraditionalPairs = [];
  for (const c of [...chars].sort()) {
    const to = convert(c);
    if ([...c].length === 1 && to !== c && !site.has(c) && [...to].every((x) => site.has(x))) pairs.push([c, to]);
  }
  const charwise = (text: string) => [...text].map((c) => (site.has(c) ? c : convert(c))).join('');
  const phrases = new Set([TSPhrases, TWVariantsRevPhrases, TWPhrasesRev, HKVariantsRevPhrases].flatMap(entries).map(([from]) => from));
  for (const p of [...phrases].sort()) {
    const to = convert(p);
    if ([...p].length > 1 && to !== charwise(p) && siteText.includes(to) && !siteText.includes(p)) pairs.push([p, to]);
  }
  return pairs;
}

/** What the search page needs to tell a Traditional query from a Simplified one before loading the list. */
export function traditionalHints(pairs: TraditionalPairs): { chars: string; phrases: string[] } {
  const chars = pairs.filter(([from]) => [...from].length === 1).map(([from]) => from);
  const known = new Set(chars);
  // A phrase of characters both scripts write (伺服器, 晶片) is Traditional only as a whole.
  const phrases = pairs.filter(([from]) => [...from].length > 1 && ![...from].some((c) => known.has(c))).map(([from]) => from);
  return { chars: chars.join(''), phrases };
}

let cached: TraditionalPairs | undefined;

/** The site's Chinese text as written in its sources: explainers, data, glossary, UI strings, chart specs. */
function siteChineseText(): string {
  const files = [
    ...readdirSync('content').map((slug) => join('content', slug, 'zh.mdx')),
    ...readdirSync(dataDir(), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.(csv|json)$/.test(f) && !f.startsWith('sources'))
      .map((f) => join(dataDir(), f)),
    join('src', 'i18n', 'zh.json'),
    ...readdirSync(join('src', 'charts'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.ts'))
      .map((f) => join('src', 'charts', f)),
  ];
  return files.map((f) => readFileSync(f, 'utf8')).join('\n');
}

/** The site's conversion list, computed once per build. */
export function siteTraditionalPairs(): TraditionalPairs {
  cached ??= traditionalPairs(siteChineseText());
  return cached;
}
