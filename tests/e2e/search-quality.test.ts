// Search quality: each query is typed the way a reader types it, and the page (or section)
// that answers it must be among the first three results. Explainers are indexed by section, so
// a target may be an article's #section. Targets are paths; a target may
// name alternatives (a dataset and the chart drawn from it) as a regular expression.
// `other: true` looks in the other language's results (a Chinese query on an English page),
// after asking for them with the button under the results.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, tabPool, type Session } from './fixtures.ts';
import { pathOf, searchFor } from './search-helpers.ts';

interface Case {
  lang: 'zh' | 'en';
  q: string;
  target: RegExp;
  other?: boolean;
  /** Every one of the first three must contain the whole query (a scattered-character trap). */
  whole?: boolean;
}

const CASES: Case[] = [
  // Chinese, typed without spaces, with numbers and product names.
  { lang: 'zh', q: '智能计算中心建设', target: /^\/zh\/(data\/(compute-supply-modes|proposal-measures)|reports\/strategic-push-for-ai)\// },
  { lang: 'zh', q: '昇腾910', target: /^\/zh\/(data\/ai-chips-2021|charts\/ai-chips-int8-tops)\// },
  { lang: 'zh', q: '135EFlops', target: /^\/zh\/(data\/compute-key-figures|reports\/ai-infrastructure-2021)\// },
  {
    lang: 'zh',
    q: 'GPT-3参数',
    target: /^\/zh\/(charts\/large-models-parameters-2021|data\/large-models-2021|data\/large-model-figures-2021|data\/training-compute-trends)\//,
  },
  { lang: 'zh', q: '智能算力', target: /^\/zh\/((data|charts)\/(compute-structure|compute-supply-modes)\/|reports\/ai-infrastructure-2021\/#computing-power)/ },
  { lang: 'zh', q: '算力规模', target: /^\/zh\/(data\/compute-key-figures|reports\/ai-infrastructure-2021)\// },
  {
    lang: 'zh',
    q: '政府数据开放平台',
    target: /^\/zh\/(data|charts)\/(gov-open-data-platforms(-2021)?|city-open-data-2021|gov-open-data-province-launch|gov-open-data-provinces-by-year)\//,
  },
  {
    lang: 'zh',
    q: '先导区',
    target: /^\/zh\/((data\/pilot-zones|charts\/pilot-zones-timeline)\/|reports\/ai-infrastructure-2021\/#(pilot-zones|local-policies))/,
  },
  { lang: 'zh', q: '深度学习框架', target: /^\/zh\/(data|charts)\/frameworks-(github|list)-2021/ },
  // The two explainers that discuss Pengcheng Cloud Brain count: 001's case study and 004's Shenzhen paragraph.
  {
    lang: 'zh',
    q: '鹏城云脑',
    target: /^\/zh\/(data\/(case-study-(figures|components)|computing-facilities)|reports\/ai-(infrastructure-2021|cities-2023))\//,
  },
  { lang: 'zh', q: '水务大脑', target: /^\/zh\/(data\/case-study-(figures|components)|reports\/ai-infrastructure-2021)\// },
  { lang: 'zh', q: 'LuojiaNet', target: /^\/zh\/(data\/(case-study-components|frameworks-list-2021)|reports\/ai-infrastructure-2021)\// },
  { lang: 'zh', q: '广州联通', target: /^\/zh\/data\/guangzhou-unicom(-roles)?\// },
  { lang: 'zh', q: '资本寒冬', target: /^\/zh\/(data\/ai-investment-winter|reports\/ai-core-technology-2021)\// },
  { lang: 'zh', q: '智慧城市排名', target: /^\/zh\/data\/smart-city-rankings-2023\// },
  { lang: 'zh', q: '谷歌数据集搜索', target: /^\/zh\/(data|charts)\/dataset-search-languages/ },
  { lang: 'zh', q: '模型小型化', target: /^\/zh\/(data\/model-compression|charts\/model-compression-size)\// },
  { lang: 'zh', q: 'AI服务器市场', target: /^\/zh\/(data|charts)\/ai-server-(market|vendors)-2020h1/ },
  { lang: 'zh', q: '四大城市群', target: /^\/zh\/data\/ai-infra-city-clusters-2023\// },
  { lang: 'zh', q: '人工智能计算中心数量', target: /^\/zh\/(data|charts)\/computing-centre(-count)?s/ },
  { lang: 'zh', q: '苏州人工智能研究院', target: /^\/zh\/data\/sjtu-suzhou-ai-platform\// },
  { lang: 'zh', q: '天数智芯', target: /^\/zh\/(data\/ai-chip(s-2021|-companies)|charts\/ai-chips-int8-tops)\// },
  {
    lang: 'zh',
    q: 'Shenzhen',
    target:
      /^\/(zh|en)\/(data|charts)\/(city-ai-infra-profiles|city-open-data-2021|city-ai-companies-2020|ai-companies-by-city-2020|local-ai-infra-key-figures|computing-centres)/,
  },
  // English.
  // The explainers' sections about computing power come first (topic sections, below), then the data.
  {
    lang: 'en',
    q: 'computing power',
    target:
      /^\/en\/((data|charts)\/(compute-key-figures|compute-structure|ai-chips-2021|ai-chips-int8-tops)\/|reports\/(ai-infrastructure-2021\/#computing-power|ai-infrastructure-strategy-2020\/#chips-compute)$)/,
  },
  { lang: 'en', q: 'Ascend 910', target: /^\/en\/(data\/ai-chips-2021|charts\/ai-chips-int8-tops)\// },
  {
    lang: 'en',
    q: 'GPT-3 parameters',
    target: /^\/en\/(charts\/large-models-parameters-2021|data\/large-models-2021|data\/training-compute-trends|charts\/training-compute-rates)\//,
  },
  { lang: 'en', q: '135 EFLOPS', target: /^\/en\/(data\/compute-key-figures|reports\/ai-infrastructure-2021)\// },
  {
    lang: 'en',
    q: 'government open-data platforms',
    target: /^\/en\/(data|charts)\/(gov-open-data-platforms(-2021)?|city-open-data-2021|gov-open-data-province-launch|gov-open-data-provinces-by-year)\//,
  },
  { lang: 'en', q: 'pilot zones', target: /^\/en\/(data\/pilot-zones|charts\/pilot-zones-timeline)\// },
  { lang: 'en', q: 'deep-learning frameworks', target: /^\/en\/(data|charts)\/frameworks-(github|list)-2021/ },
  { lang: 'en', q: 'Pengcheng Cloud Brain', target: /^\/en\/data\/case-study-(figures|components)\// },
  { lang: 'en', q: 'Guangzhou Unicom', target: /^\/en\/data\/guangzhou-unicom(-roles)?\// },
  { lang: 'en', q: 'capital winter', target: /^\/en\/(data\/ai-investment-winter|reports\/ai-core-technology-2021)\// },
  { lang: 'en', q: 'smart-city top 10', target: /^\/en\/data\/smart-city-rankings-2023\// },
  { lang: 'en', q: 'Google Dataset Search', target: /^\/en\/(data|charts)\/dataset-search-languages/ },
  { lang: 'en', q: 'model compression', target: /^\/en\/(data\/model-compression|charts\/model-compression-size)\// },
  { lang: 'en', q: 'AI server market', target: /^\/en\/(data|charts)\/ai-server-(market|vendors)-2020h1/ },
  { lang: 'en', q: 'city clusters', target: /^\/en\/data\/ai-infra-city-clusters-2023\// },
  { lang: 'en', q: 'AI computing centres', target: /^\/en\/(data|charts)\/computing-centre(-count)?s/ },
  { lang: 'en', q: 'power usage effectiveness', target: /^\/en\/(charts\/baidu-data-centre-pue\/|reports\/ai-infrastructure-2021\/#baidu-brain|glossary\/)/ },
  { lang: 'en', q: 'Suzhou', target: /^\/en\/data\/sjtu-suzhou-ai-platform\// },
  { lang: 'en', q: 'Iluvatar CoreX', target: /^\/en\/(data\/ai-chip(s-2021|-companies)|charts\/ai-chips-int8-tops)\// },
  {
    lang: 'en',
    q: 'Shenzhen',
    // The explainers' sections on Shenzhen, a dataset on it, or the chart drawn from one.
    target:
      /^\/en\/((data|charts)\/(city-ai-infra-profiles|city-open-data-2021|city-ai-companies-2020|ai-companies-by-city-2020|local-ai-infra-key-figures|computing-centres)|reports\/(ai-infrastructure-2021\/#beijing-shanghai-shenzhen|ai-cities-2023\/#first-tier))/,
  },
  // Across languages: a Chinese query on an English page reaches the Chinese pages.
  { lang: 'en', q: '昇腾', target: /^\/zh\/(data\/ai-chips-2021|charts\/ai-chips-int8-tops)\//, other: true },
  {
    lang: 'en',
    q: '算力',
    target: /^\/zh\/(data|charts)\/(compute-key-figures|compute-structure|compute-supply-modes|ai-chips-2021|ai-chips-int8-tops)\//,
    other: true,
  },
  { lang: 'zh', q: 'Guangzhou Unicom', target: /^\/en\/data\/guangzhou-unicom(-roles)?\//, other: true },
  // Topic terms (issue 20): the report's section about the term, not a page that mentions it.
  { lang: 'zh', q: '算力', target: /^\/zh\/reports\/ai-infrastructure-2021\/#computing-power$/ },
  { lang: 'en', q: 'computing power', target: /^\/en\/reports\/ai-infrastructure-2021\/#(computing-power|compute-scale)$/ },
  { lang: 'zh', q: '智算中心', target: /^\/zh\/(reports\/ai-infrastructure-2021\/#computing-centres|(data|charts)\/computing-centre)/ },
  // Scattered-character traps: the pages holding the whole name, never one with 云 … 脑.
  { lang: 'zh', q: '鹏城云脑', target: /^\/zh\/(reports\/ai-(cities-2023|infrastructure-2021)\/#|data\/(case-study|ai-cities-key))/, whole: true },
  {
    lang: 'zh',
    q: '数据开放',
    target: /^\/zh\/(reports\/ai-infrastructure-2021\/#(open-data|government-open-data)|(data|charts)\/(gov-open-data|city-open-data))/,
    whole: true,
  },
  // Spelling variants: American, plural/singular, hyphenation, case, full width.
  {
    lang: 'en',
    q: 'data center PUE',
    target: /^\/en\/(charts\/baidu-data-centre-pue\/|reports\/ai-infrastructure-2021\/#baidu-brain|data\/(baidu|case-study)|glossary\/)/,
  },
  { lang: 'en', q: 'AI computing centers', target: /^\/en\/((data|charts)\/computing-centre(-count)?s|reports\/ai-infrastructure-2021\/#computing-centres)/ },
  {
    lang: 'en',
    q: 'open data platform',
    target: /^\/en\/((data|charts)\/(gov-open-data|city-open-data)|reports\/ai-infrastructure-2021\/#government-open-data)/,
  },
  { lang: 'en', q: 'DEEP LEARNING FRAMEWORK', target: /^\/en\/((data|charts)\/frameworks-(github|list)-2021|reports\/ai-infrastructure-2021\/#frameworks)/ },
  {
    lang: 'zh',
    q: 'ＧＰＴ－３参数',
    target: /^\/zh\/(charts\/large-models-parameters-2021|data\/large-models-2021|data\/large-model-figures-2021|data\/training-compute-trends)\//,
  },
  // Traditional Chinese (Hong Kong, Taiwan), converted to Simplified before searching.
  { lang: 'zh', q: '鵬城雲腦', target: /^\/zh\/(reports\/ai-(cities-2023|infrastructure-2021)\/#|data\/(case-study|ai-cities-key))/, whole: true },
  { lang: 'zh', q: '華為昇騰', target: /^\/zh\/(data\/ai-chips-2021|charts\/ai-chips-int8-tops|reports\/ai-infrastructure-2021\/#ai-chips)/ },
  { lang: 'zh', q: '數據中心', target: /^\/zh\/(reports\/ai-(cities-2023|infrastructure-2021)\/|charts\/baidu-data-centre-pue\/)/ },
  { lang: 'en', q: '昇騰', target: /^\/en\/(data\/ai-chips-2021|charts\/ai-chips-int8-tops|reports\/ai-infrastructure-2021\/#ai-chips)/, whole: true },
  // Abbreviations the reports use, and their spelled-out forms: the pages that use them, not only the glossary.
  { lang: 'zh', q: 'GPU', target: /^\/zh\/(charts\/ai-chip-eras-2020|data\/ai-server-market-2020h1|reports\/ai-infrastructure-2021\/#ai-(chips|servers))/ },
  {
    lang: 'en',
    q: 'graphics processing unit',
    target: /^\/en\/(charts\/ai-chip-eras-2020|data\/ai-(chip-companies|server-market-2020h1)|reports\/ai-infrastructure-2021\/#ai-chips)/,
  },
  { lang: 'en', q: 'PUE', target: /^\/en\/(charts\/baidu-data-centre-pue\/|reports\/ai-infrastructure-2021\/#baidu-brain)/ },
  { lang: 'zh', q: '电能利用效率', target: /^\/zh\/(charts\/baidu-data-centre-pue\/|reports\/ai-infrastructure-2021\/#baidu-brain|data\/case-study-figures)/ },
  { lang: 'zh', q: 'NLP', target: /^\/zh\/(reports\/ai-infrastructure-2021\/#large-models|charts\/large-models-parameters-2021|data\/large-models-2021)/ },
  {
    lang: 'zh',
    q: '自然语言处理',
    target: /^\/zh\/(reports\/ai-infrastructure-2021\/#large-models|charts\/large-models-parameters-2021|data\/large-models-2021)/,
  },
  { lang: 'en', q: 'IDC', target: /^\/en\/(reports\/ai-(core-technology|infrastructure)-2021\/|(charts|data)\/ai-server-(vendors|market)-2020h1)/ },
  // AI is on nearly every page: each of the first three must hold it (or 人工智能) whole.
  { lang: 'zh', q: 'AI', target: /^\/zh\/(reports|charts|data)\//, whole: true },
  // Across languages through the term pairs, in the page's own language.
  { lang: 'zh', q: 'computing power', target: /^\/zh\/reports\/ai-infrastructure-2021\/#computing-power$/ },
  // A term only the glossary pairs (图形处理器 ↔ graphics processing unit) reaches the English glossary
  // and, through the abbreviation, the pages on GPUs.
  {
    lang: 'en',
    q: '图形处理器',
    target: /^\/en\/(glossary\/|charts\/ai-chip-eras-2020\/|data\/ai-(chip-companies|server-market-2020h1)\/|reports\/ai-infrastructure-2021\/#ai-chips$)/,
  },
];

let session: Session;
const misses: string[] = [];
let sectionFirst = 0;
let firstWanted = 0;
let precise = 0;
let judged = 0;
// One context for all queries, as one reader's browser, with its tabs reused: the queries run side by side.
let tabs: ReturnType<typeof tabPool>;
beforeAll(async () => {
  session = await openSession();
  tabs = tabPool(await session.browser.newContext());
});
afterAll(async () => {
  const hits = CASES.length - misses.length;
  console.log(`search quality: ${hits}/${CASES.length} queries found their target in the top three${misses.length ? `; missed: ${misses.join(', ')}` : ''}`);
  console.log(`search quality: for ${sectionFirst}/${CASES.length} queries the first result is a section of an explainer`);
  console.log(`search quality: for ${firstWanted}/${CASES.length} queries the first result is the wanted page`);
  console.log(`search quality: precision of the first three ${precise}/${judged} (results containing the query or its translation)`);
  await session?.close();
});

describe('search quality: the target is among the first three results', () => {
  it.concurrent.each(CASES)('$lang "$q" → $target', async ({ lang, q, target, other, whole }) => {
    const page = await tabs.take();
    const shown = await searchFor(page, session.site.url, lang, q, '', other);
    const first3 = (other ? shown.other : shown.own).slice(0, 3);
    const top = first3.map((r) => pathOf(r.href));
    await tabs.give(page);
    judged += first3.length;
    precise += first3.filter((r) => r.tier >= 2).length;
    if (target.test(top[0] ?? '')) firstWanted++;
    // A trap's first three all hold the whole query: none matched only its characters scattered.
    if (whole) expect(first3.filter((r) => r.tier < 2).map((r) => r.href)).toEqual([]);
    if (/\/reports\/[a-z0-9-]+\/#/.test(top[0] ?? '')) sectionFirst++;
    const found = top.some((path) => target.test(path));
    if (!found) misses.push(`${lang}:${q}`);
    expect(found, `top three: ${top.join(', ')}`).toBe(true);
  });

  it('covers at least 40 queries, half of them Chinese', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(40);
    expect(CASES.filter((c) => /\p{Script=Han}/u.test(c.q)).length).toBeGreaterThanOrEqual(20);
  });
});
