import type { DataRow } from '../data/read-dataset.ts';
import { formatQualified, formatTick, type Lang } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { chartNumber, hedged, rounded } from './lib/qualified.ts';
import { hbarPlot } from './lib/hbar.ts';
import { quoteLine } from './lib/tip.ts';

const DATASET = 'city-ai-financing';
const CIC = 'key-figures-strategy-2020';
const CIC_WHERE = { measure: 'base-layer-investment-2025' };
const MAX = 8e12;

interface Bar {
  key: string;
  name: string;
  value: number;
  text: string;
  tip: string[];
  cic: boolean;
}

/** The three cities as printed, plus CIC's national forecast on the same axis, so the doubtful magnitude shows. */
function bars(data: Record<string, DataRow[]>, lang: Lang, narrow: boolean): Bar[] {
  const cities = [...data[DATASET]].sort((a, b) => num(b, 'amount') - num(a, 'amount'));
  const cic = findRow(data[CIC], CIC_WHERE);
  const asPrinted = (d: DataRow) => (lang === 'zh' ? String(d.as_printed) : `${chartNumber(num(d, 'amount'), lang)}${narrow ? '' : ' yuan'}`);
  return [
    ...cities.map((d) => ({
      key: String(d.city),
      name: label(d, 'city', lang),
      value: num(d, 'amount'),
      text: asPrinted(d),
      tip: [`${label(d, 'city', lang)} · ${asPrinted(d)}`, lang === 'zh' ? '2016—2022年，启信宝统计' : '2016–2022, Qixinbao’s count', quoteLine(d, lang)],
      cic: false,
    })),
    {
      key: 'cic',
      name: lang === 'zh' ? '全国（预计）' : 'China (CIC)',
      value: num(cic, 'value'),
      text: formatQualified(num(cic, 'value'), 'CNY', lang, cic.qualifier),
      tip: [label(cic, 'label', lang), lang === 'zh' ? '中国通信学会报告（2020年）' : 'CIC report (2020)', quoteLine(cic, lang)],
      cic: true,
    },
  ];
}

const spec: ChartSpec = {
  id: 'city-ai-financing-flagged',
  datasets: [DATASET, CIC],
  anchor: 'first-tier',
  height: (width) => (width < 480 ? 230 : 210),
  text(data, lang) {
    const rows = data[DATASET];
    const amount = (city: string) => num(findRow(rows, { city }), 'amount');
    const cic = num(findRow(data[CIC], CIC_WHERE), 'value');
    const v = {
      times: rounded(amount('beijing') / cic, 0),
      sh: rounded(amount('beijing') / amount('shanghai'), 2),
      sz: rounded(amount('beijing') / amount('shenzhen'), 2),
      bj: String(findRow(rows, { city: 'beijing' }).as_printed),
      bjEn: chartNumber(amount('beijing'), 'en'),
      cic: hedged(findRow(data[CIC], CIC_WHERE), 'value', 'CNY', lang),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('按原文单位，北京一城的 AI 融资额是全国基础层投资预测的约{times}倍：单位很可能有误', v),
          subtitle: '人工智能相关企业融资总额，2016—2022年，元，按原文“亿元”照录；灰色为中国通信学会对2025年全国 AI 基础层投资的预计，作比较',
          alt: fillTemplate(
            '新京报转引启信宝数据称，2016—2022年北京 AI 企业融资{bj}，是上海的{sh}倍、深圳的{sz}倍。按原文单位，北京一城约为中国通信学会预计的2025年全国 AI 基础层投资（{cic}）的{times}倍，这不合情理，原始单位很可能是“百万元”。排序和倍数不受影响。',
            v,
          ),
        }
      : {
          title: fillTemplate('As printed, Beijing’s AI financing is about {times} times a forecast for all of China: the unit is probably wrong', v),
          subtitle:
            'Financing raised by AI-related companies, 2016–2022, yuan, as printed (in units of 100 million yuan); grey: CIC’s forecast of national AI base-layer investment by 2025, for comparison',
          alt: fillTemplate(
            'Quoting Qixinbao, the newspaper puts AI financing in Beijing in 2016–2022 at {bjEn} yuan, {sh} times Shanghai and {sz} times Shenzhen. As printed, Beijing alone is about {times} times CIC’s forecast for national AI base-layer investment ({cic}), which is implausible; the source unit was most likely million yuan. The order and ratios hold either way.',
            v,
          ),
        };
  },
  // Only these notes show under the chart in the article: the unit caveat must be one of them.
  notes: [
    {
      zh: '数字按原文单位“亿元”照录。照此计算，北京一城的融资就是全国基础层投资预测的好几倍，不合情理。我们推测原始单位是“百万元”（那样每个数字都应缩小一百倍），但无法核实；不论单位如何，三城的排序和倍数不变。',
      en: 'The figures are shown in the unit printed, 亿元 (hundreds of millions of yuan). Taken at face value, Beijing alone would raise several times the national base-layer forecast, which is implausible. We suspect the source unit was million yuan (which would make every figure a hundred times smaller), but cannot check; whatever the unit, the order and the ratios hold.',
    },
    {
      zh: '比较对象不同：灰色条是中国通信学会报告对全国 AI 芯片、服务器等基础层产业投资的预计（到2025年“超过7500亿元”），不是融资额；放在这里只为说明量级。',
      en: 'Not like for like: the grey bar is the CIC report’s forecast of national investment in the AI base layer (chips, servers …), “more than CNY 750 billion” by 2025, not financing; it is here only to show the scale.',
    },
  ],
  plot(data, layout) {
    return hbarPlot(layout, {
      rows: bars(data, layout.lang, layout.width < 480),
      keepOrder: true,
      value: (d) => d.value,
      label: (d) => d.name,
      text: (d) => d.text,
      fill: (d) => (d.cic ? 'var(--chart-muted)' : 'var(--chart-highlight)'),
      tip: (d) => d.tip,
      x: { tickFormat: formatTick('CNY', layout.lang), domain: [0, MAX] },
    });
  },
};

export default spec;
