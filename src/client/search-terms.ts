// zh ↔ en renderings of the terms readers search for, after docs/writing.md's term
// list: these names of products, places and bodies, and the glossary's terms, which the
// search page passes in (glossaryTermPairs in src/data/glossary.ts). A query containing one is
// also run with the other language's rendering, so a reader on an English page who types 昇腾
// also finds the English pages about Ascend.
const PAIRS: [string, string][] = [
  ['智能计算中心', 'intelligent computing centre'],
  ['智算中心', 'AI computing centre'],
  ['智能算力', 'AI computing power'],
  ['基础算力', 'basic computing power'],
  ['超算算力', 'supercomputing power'],
  ['算力', 'computing power'],
  ['人工智能基础设施', 'AI infrastructure'],
  ['新型基础设施', 'new infrastructure'],
  ['新基建', 'new infrastructure'],
  ['数据中心', 'data centre'],
  ['开放数据平台', 'open data platform'],
  ['政府数据开放平台', 'government open-data platform'],
  ['开放数据集', 'open dataset'],
  ['数据集', 'dataset'],
  ['开源框架', 'open-source framework'],
  ['深度学习框架', 'deep-learning framework'],
  ['算法框架', 'algorithm framework'],
  ['预训练模型', 'pre-trained model'],
  ['大模型', 'large model'],
  ['参数', 'parameters'],
  ['芯片', 'chip'],
  ['服务器', 'server'],
  ['先导区', 'pilot zone'],
  ['试验区', 'pilot zone'],
  ['开放创新平台', 'open innovation platform'],
  ['根技术', 'root technologies'],
  ['昇腾', 'Ascend'],
  ['寒武纪', 'Cambricon'],
  ['昆仑芯', 'Kunlunxin'],
  ['天数智芯', 'Iluvatar CoreX'],
  ['飞桨', 'PaddlePaddle'],
  ['昇思', 'MindSpore'],
  ['旷视天元', 'MegEngine'],
  ['计图', 'Jittor'],
  ['一流科技', 'OneFlow'],
  ['盘古', 'PanGu'],
  ['悟道', 'WuDao'],
  ['文心', 'ERNIE'],
  ['鹏城实验室', 'Peng Cheng Laboratory'],
  ['鹏城云脑', 'Pengcheng Cloud Brain'],
  ['之江实验室', 'Zhejiang Lab'],
  ['天河二号', 'Tianhe-2'],
  ['信通院', 'CAICT'],
  ['联通', 'Unicom'],
  ['中国通信学会', 'China Institute of Communications'],
  ['工信部', 'MIIT'],
  ['科技部', 'MOST'],
  ['发改委', 'NDRC'],
  ['十四五', '14th Five-Year Plan'],
  ['十三五', '13th Five-Year Plan'],
  ['深圳', 'Shenzhen'],
  ['北京', 'Beijing'],
  ['上海', 'Shanghai'],
  ['杭州', 'Hangzhou'],
  ['广州', 'Guangzhou'],
  ['武汉', 'Wuhan'],
  ['合肥', 'Hefei'],
  ['成都', 'Chengdu'],
  ['南京', 'Nanjing'],
  ['美国', 'United States'],
  ['欧盟', 'European Union'],
];

function replaceAll(query: string, from: string, to: string, wholeWord: boolean): string | null {
  const escaped = from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(wholeWord ? `(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])` : escaped, 'giu');
  return re.test(query) ? query.replace(re, to) : null;
}

/**
 * The query with its known terms rendered in the other language, or null when it has none.
 * Longer terms are tried first, so 智能算力 becomes "AI computing power", not "智能 computing power".
 */
export function translateQuery(query: string, extra: [zh: string, en: string][] = []): string | null {
  // A query with Chinese in it is rendered into English, any other into Chinese; never both,
  // or a term would be translated back.
  const toEnglish = /\p{Script=Han}/u.test(query);
  // A term listed here wins over the glossary's rendering of the same term.
  const known = new Set(PAIRS.flatMap(([zh, en]) => [zh, en.toLowerCase()]));
  const all = [...PAIRS, ...extra.filter(([zh, en]) => !known.has(zh) && !known.has(en.toLowerCase()))];
  const pairs = all.map(([zh, en]): [string, string] => (toEnglish ? [zh, ` ${en} `] : [en, zh])).sort((a, b) => b[0].length - a[0].length);
  let out = query;
  let changed = false;
  for (const [from, to] of pairs) {
    const next = replaceAll(out, from, to, !toEnglish);
    if (next !== null) [out, changed] = [next, true];
  }
  return changed ? out.replace(/\s+/g, ' ').trim() : null;
}
