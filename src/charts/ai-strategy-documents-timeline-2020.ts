import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import { formatDate } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { label } from './lib/rows.ts';
import { monthDate } from './lib/qualified.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';
import { strategyRows, tierColour, tierCounts, TIER_HEADS } from './lib/strategy-tiers-2020.ts';

const DOCS = 'strategy-timeline-2020';
const TIERS = 'strategy-tiers-2020';
const START = monthDate('2017-01');

/** A dot timeline: one row per country or region, grouped under the report's two tiers; one dot per document. */
const spec: ChartSpec = {
  id: 'ai-strategy-documents-timeline-2020',
  datasets: [DOCS, TIERS],
  anchor: 'global-strategies',
  height: (width) => (width < 480 ? 440 : 420),
  text(data, lang) {
    const c = tierCounts(data[DOCS], data[TIERS]);
    const each = lang === 'en' && c.each === 1 ? 'one' : c.each;
    const per = (r: string) => data[DOCS].filter((d) => d.region === r).length;
    const cnUs = per('chn') === per('usa') ? per('chn') : Number.NaN;
    const v = { ...c, each, cnUs, first: formatDate(c.first, lang), last: formatDate(c.last, lang) };
    return lang === 'zh'
      ? {
          title: fillTemplate('第一梯队的{c1}个国家及地区列出{t1}份 AI 战略文件，第二梯队{c2}国各{each}份', v),
          subtitle: fillTemplate('报告附表所列人工智能基础设施相关战略文件，按国家或地区和发布月份（{first}至{last}）；分组为报告正文划分的两个梯队', v),
          alt: fillTemplate(
            '报告附表列出{docs}份战略文件，发布于{first}至{last}。第一梯队有{t1}份（中国、美国各{cnUs}份），第二梯队{c2}国各{each}份；第一梯队的韩国在附表中没有文件，瑞典有文件但未归入任何梯队。',
            v,
          ),
        }
      : {
          title: fillTemplate('First-tier countries list {t1} AI strategy documents; the {c2} second-tier countries {each} each', v),
          subtitle: fillTemplate(
            'AI-infrastructure strategy documents in the report’s appendix table, by country or region and month issued ({first} to {last}), grouped by the report’s two tiers',
            v,
          ),
          alt: fillTemplate(
            'The appendix lists {docs} documents issued between {first} and {last}: {t1} from the first tier ({cnUs} each from China and the US) and {each} from each of the {c2} second-tier countries. First-tier South Korea has no document in the table; Sweden has one but is in no tier.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '梯队是报告作者的判断（依据文件多寡和布局是否全面），不是测量结果。中国不在正文列举的两个梯队名单里，但报告明确说中国处于第一梯队。',
      en: 'The tiers are the authors’ judgement (by how many documents a country issued and how broad its plans are), not a measurement. China is not in the text’s lists of the two tiers, but the report says plainly that it is in the first.',
    },
    {
      zh: '附表从 PDF 提取时，合并单元格里的国家名只留在一行；其余几份文件的国家或地区是我们按发布机构补全的。',
      en: 'When the appendix table was extracted from the PDF, each merged country cell survived on one row only; for the other documents we inferred the country or region from the issuing body.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const { order, docs, names } = strategyRows(data[DOCS], data[TIERS], lang, width < 480);
    const narrow = width < 480;
    const x = (d: DataRow) => monthDate(String(d.date));
    const empty = order.filter((k) => names.get(k)?.empty);
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginLeft: lang === 'en' ? (narrow ? 74 : 112) : 62,
      marginRight: narrow ? 14 : 24,
      marginTop: 6,
      marginBottom: 26,
      x: {
        type: 'utc',
        domain: [START, monthDate('2020-12')],
        label: null,
        ticks: 'year',
        tickFormat: (t: Date) => formatDate(String(t.getUTCFullYear()), lang),
        grid: true,
      },
      y: { domain: order, axis: null, padding: 0.2 },
      marks: [
        // Country names and tier headings, drawn as text so the headings can span the margin.
        Plot.text(order, {
          x: START,
          y: (k: string) => k,
          text: (k: string) => names.get(k)?.name ?? '',
          textAnchor: 'end',
          dx: -8,
          fill: 'var(--chart-text)',
        }),
        Plot.text(Object.keys(TIER_HEADS[lang]), {
          x: START,
          y: (k: string) => k,
          text: (k: string) => TIER_HEADS[lang][k],
          textAnchor: 'start',
          dx: -(lang === 'en' ? (narrow ? 70 : 108) : 58),
          fontWeight: 700,
          fill: (k: string) => tierColour(k),
        }),
        Plot.text(empty, {
          x: START,
          y: (k: string) => k,
          text: () => (lang === 'zh' ? '附表未列文件' : 'no document in the table'),
          textAnchor: 'start',
          dx: 4,
          fill: 'var(--chart-muted)',
          fontStyle: 'italic',
        }),
        Plot.dot(docs, {
          x,
          y: 'region',
          r: narrow ? 5 : 5.5,
          fill: (d: DataRow) => (d.tier == null ? 'var(--bg)' : tierColour(`h${d.tier}`)),
          stroke: (d: DataRow) => tierColour(`h${d.tier ?? 0}`),
          strokeWidth: 1.5,
        }),
        interactive ? Plot.dot(docs, Plot.pointer({ x, y: 'region', r: 9, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              docs,
              Plot.pointer({
                x,
                y: 'region',
                lineWidth: tipLineWidth(width),
                title: (d: DataRow) =>
                  `${label(d, 'region', lang)} · ${formatDate(String(d.date), lang)}\n${lang === 'zh' ? `《${d.title_zh}》` : label(d, 'title', lang)}\n${label(d, 'issuer', lang)}`,
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
