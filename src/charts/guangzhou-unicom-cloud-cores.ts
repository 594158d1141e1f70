import type { DataRow } from '../data/read-dataset.ts';
import { formatTick, formatValue } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { qualified, rounded } from './lib/qualified.ts';
import { hbarPlot } from './lib/hbar.ts';
import { quoteLine } from './lib/tip.ts';

const DATASET = 'guangzhou-unicom';
const PREFIX = 'cloud-cores-';
const USE: Record<string, { zh: string; en: string }> = {
  government: { zh: '政务云', en: 'Government' },
  medical: { zh: '医疗云', en: 'Medical' },
  enterprise: { zh: '企业云', en: 'Enterprise' },
};

const cores = (rows: DataRow[]) => rows.filter((d) => String(d.measure).startsWith(PREFIX)).sort((a, b) => num(b, 'value') - num(a, 'value'));
const use = (d: DataRow, lang: 'zh' | 'en') => USE[String(d.measure).slice(PREFIX.length)][lang];

/** Sorted bars of the cloud cores Guangzhou Unicom says it hosts, by use; its data-centre figures in the subtitle. */
const spec: ChartSpec = {
  id: 'guangzhou-unicom-cloud-cores',
  datasets: [DATASET],
  anchor: 'rising-cities',
  height: (width) => (width < 480 ? 170 : 160),
  text(data, lang) {
    const rows = data[DATASET];
    const n = (measure: string) => formatValue(num(findRow(rows, { measure }), 'value'), 'count', lang);
    const v = {
      gov: n('cloud-cores-government'),
      med: n('cloud-cores-medical'),
      ent: n('cloud-cores-enterprise'),
      dc: n('data-centres'),
      racks: qualified(findRow(rows, { measure: 'racks' }), 'value', 'count', lang),
      x: rounded(num(findRow(rows, { measure: 'cloud-cores-government' }), 'value') / num(findRow(rows, { measure: 'cloud-cores-medical' }), 'value'), 1),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('广州联通承载的政务云有{gov}核，是医疗云、企业云的{x}倍', v),
          subtitle: fillTemplate('广州联通承载的云平台规模，按用途，核（公司自述，2023年）；它另有{dc}个数据中心、{racks}架机柜', v),
          alt: fillTemplate(
            '据联通（广东）产业互联网公司副总经理程伟介绍，广州联通承载政务云{gov}核、医疗云{med}核、企业云{ent}核等云平台，并有{dc}个数据中心、{racks}架机柜。这些是公司自己的数字。',
            v,
          ),
        }
      : {
          title: fillTemplate('Guangzhou Unicom hosts {gov} cores of government cloud, {x} times its medical or its enterprise cloud', v),
          subtitle: fillTemplate(
            'Cloud platforms hosted by Guangzhou Unicom, by use, cores (company figures, 2023); it also runs {dc} data centres with {racks} racks',
            v,
          ),
          alt: fillTemplate(
            'According to Cheng Wei, deputy general manager of China Unicom’s Guangdong industrial-internet arm, Guangzhou Unicom hosts {gov} cores of government cloud and {med} each of medical and enterprise cloud, among others, in {dc} data centres with {racks} racks. These are the company’s own figures.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '这些是公司高管自述的数字，没有独立核实。原文列出三类云平台后写“等”，还有未列出的平台，所以三者之和不是总量。',
      en: 'These are a company executive’s figures, not independently checked. The text lists three cloud platforms “and others”, so the three do not add up to a total.',
    },
    {
      zh: '“核”文中没有解释，我们理解为云平台上的（虚拟）CPU 核数。',
      en: 'The text does not explain “cores”; we read them as (virtual) CPU cores on the cloud platforms.',
    },
  ],
  plot(data, layout) {
    const { lang } = layout;
    const name = (d: DataRow) => use(d, lang);
    const text = (d: DataRow) => formatValue(num(d, 'value'), 'count', lang) + (lang === 'zh' ? '核' : ' cores');
    return hbarPlot(layout, {
      rows: cores(data[DATASET]),
      value: (d) => num(d, 'value'),
      label: name,
      text,
      fill: (d) => (d.measure === 'cloud-cores-government' ? 'var(--chart-highlight)' : 'var(--chart-muted)'),
      tip: (d) => [`${name(d)} · ${text(d)}`, label(d, 'label', lang), quoteLine(d, lang)],
      x: { tickFormat: formatTick('count', lang) },
    });
  },
};

export default spec;
