import type { DataRow } from '../data/read-dataset.ts';
import { formatNumber, formatValue, type Lang } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { rounded } from './lib/qualified.ts';
import { hbarPlot } from './lib/hbar.ts';
import { quoteLine } from './lib/tip.ts';

const DATASET = 'ai-chips-2021';

/** TOPS per watt, where the report gives the power; Kunlun 2's is a maximum, so its figure is a floor. */
function efficiency(d: DataRow, lang: Lang): string {
  if (typeof d.power !== 'number') return '';
  const value = formatValue(rounded(num(d, 'performance') / d.power), 'TOPS/W', lang);
  const floor = d.power_kind === 'max' ? (lang === 'zh' ? '至少' : '≥ ') : '';
  return `${formatValue(d.power, 'W', lang)} · ${floor}${value}`;
}

/** Horizontal bars for the INT8 chips; the FP16 chip gets a row of text, never a bar on the same axis. */
const spec: ChartSpec = {
  id: 'ai-chips-int8-tops',
  datasets: [DATASET],
  anchor: 'ai-chips',
  height: (width) => (width < 480 ? 330 : 300),
  text(data, lang) {
    const rows = data[DATASET];
    const tops = (chip: string) => formatValue(num(findRow(rows, { chip }), 'performance'), 'TOPS', lang);
    const eff = (chip: string) => formatValue(rounded(num(findRow(rows, { chip }), 'performance') / num(findRow(rows, { chip }), 'power')), 'TOPS/W', lang);
    const v = { top: tops('ascend-910'), small: tops('ascend-310'), eff: eff('ascend-310'), kl: tops('kunlun-2') };
    return lang === 'zh'
      ? {
          title: fillTemplate('昇腾910以{top}领先，低功耗的昇腾310每瓦算力最高（{eff}）', v),
          subtitle: '报告点名的国产 AI 芯片：整数精度（INT8）算力，TOPS；有功耗数据的，附功耗与每瓦算力（我们计算）',
          alt: fillTemplate(
            '在报告列出的 INT8 算力中，华为昇腾910最高，为{top}；寒武纪思元370和百度昆仑芯2均为{kl}；推理芯片昇腾310只有{small}，但每瓦算力最高，约{eff}。天数智芯 BI 的数字是 FP16 精度，不能放在同一坐标上比较。',
            v,
          ),
        }
      : {
          title: fillTemplate('Ascend 910 leads at {top}; the low-power Ascend 310 does the most per watt ({eff})', v),
          subtitle:
            'Chinese AI chips named in the report: integer (INT8) performance, TOPS; power and TOPS per watt (our calculation) where the report gives power',
          alt: fillTemplate(
            'Of the INT8 figures the report gives, Huawei’s Ascend 910 is highest at {top}; Cambricon’s MLU370 and Baidu’s Kunlun 2 reach {kl}; the Ascend 310 inference chip manages {small} but does the most per watt, about {eff}. Iluvatar CoreX’s BI is rated at FP16, so it is not drawn on the same axis.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '每瓦算力是我们的计算：报告的算力除以功耗。昆仑芯2的功耗是“最大功耗”，所以它的每瓦算力是下限。思元270的算力报告没有直接给出，是按“思元370是其2倍”推算的，颜色较浅。',
      en: 'TOPS per watt is our calculation: the report’s performance divided by its power figure. Kunlun 2’s power is a maximum, so its efficiency is a floor. The report does not give the MLU270’s figure; we inferred it from “the MLU370 is twice the MLU270”, and it is drawn lighter.',
    },
    {
      zh: '这些是报告引用的标称算力，报告没有注明出处（相关的图5注为“根据公开资料整理”）。天数智芯 BI 的数字是半精度（FP16），与整数精度（INT8）不能比较，所以不画条形。',
      en: 'These are rated figures the report cites without a source (its related figure 5 says “compiled from public information”). Iluvatar CoreX’s BI is rated at half precision (FP16), which cannot be compared with integer (INT8) figures, so it gets no bar.',
    },
  ],
  plot(data, layout) {
    const { lang } = layout;
    const rows = data[DATASET];
    const name = (d: DataRow) => label(d, 'name', lang).replace(/ \(.*\)$/, '');
    const tops = (d: DataRow) => formatValue(num(d, 'performance'), d.unit as 'TOPS', lang);
    return hbarPlot(layout, {
      rows: rows.filter((d) => d.precision === 'INT8'),
      value: (d) => num(d, 'performance'),
      label: name,
      text: (d) => [tops(d), efficiency(d, lang)].filter(Boolean).join('\n'),
      fill: () => 'var(--chart-cn)',
      fillOpacity: (d) => (d.chip === 'mlu270' ? 0.45 : 1),
      rest: {
        rows: rows.filter((d) => d.precision !== 'INT8'),
        text: (d) => (lang === 'zh' ? `${tops(d)}（FP16）\n精度不同，不画在此坐标上` : `${tops(d)} (FP16):\na different precision, not drawn`),
      },
      tip: (d) => [`${name(d)} · ${label(d, 'company', lang)}`, `${tops(d)} (${d.precision})`, quoteLine(d, lang)],
      x: { tickFormat: (v: number) => formatNumber(v, lang) },
    });
  },
};

export default spec;
