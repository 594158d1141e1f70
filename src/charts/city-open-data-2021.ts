import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import { formatValue } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';
import { chartNumber } from './lib/qualified.ts';

const DATASET = 'city-open-data-2021';
/** The measures all three cities report (Beijing gives no API count). */
const MEASURES = ['datasets', 'data-items', 'records', 'apis'];
const CITIES = ['beijing', 'shanghai', 'shenzhen'];

/** Small multiples, one per measure; each panel's bars are scaled to its largest city, so the numbers printed carry the size. */
const spec: ChartSpec = {
  id: 'city-open-data-2021',
  datasets: [DATASET],
  anchor: 'beijing-shanghai-shenzhen',
  height: (width) => (width < 480 ? 400 : 360),
  text(data, lang) {
    const rows = data[DATASET];
    const val = (city: string, measure: string) => chartNumber(num(findRow(rows, { city, measure }), 'value'), lang);
    const v = { bj: val('beijing', 'datasets'), sh: val('shanghai', 'datasets'), sz: val('shenzhen', 'datasets'), rec: val('beijing', 'records') };
    return lang === 'zh'
      ? {
          title: fillTemplate('北京开放的数据集（{bj}个）和数据条数（{rec}条）都远多于上海、深圳', v),
          subtitle: '北京、上海、深圳政府数据开放平台的规模，个或条，报告未注明日期；每组条形按该指标最大的城市缩放，大数取四位有效数字',
          alt: fillTemplate(
            '报告给出的数字中，北京开放数据集{bj}个、数据{rec}条，均为三城最多；上海开放数据集{sh}个；深圳开放数据目录{sz}个。深圳统计的是“数据目录”，与数据集口径可能不同。',
            v,
          ),
        }
      : {
          title: fillTemplate('Beijing opened far more datasets ({bj}) and records ({rec}) than Shanghai or Shenzhen', v),
          subtitle:
            'Size of the Beijing, Shanghai and Shenzhen government open-data platforms, counts, undated in the report; each panel is scaled to its largest city; large numbers to four significant digits',
          alt: fillTemplate(
            'Beijing has {bj} open datasets and {rec} records, the most of the three cities; Shanghai has {sh} datasets; Shenzhen lists {sz} data catalogues, which may be counted differently from datasets.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '深圳的“数据集”一栏是报告中的“数据目录”数；上海的数据接口包含在其数据集之内；北京没有给出数据接口数。报告没有说明这些数字的统计日期。',
      en: 'Shenzhen’s “datasets” are the data catalogues the report gives; Shanghai’s APIs are counted within its datasets; Beijing gives no API count. The report does not date these figures.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = data[DATASET].filter((d) => MEASURES.includes(String(d.measure)));
    const narrow = width < 480;
    const max = new Map(MEASURES.map((m) => [m, Math.max(...rows.filter((d) => d.measure === m).map((d) => num(d, 'value')))]));
    const share = (d: DataRow) => num(d, 'value') / max.get(String(d.measure))!;
    const city = (d: DataRow) => label(d, 'city', lang);
    const panel = (m: string) => {
      const row = rows.find((d) => d.measure === m && d.city === 'beijing') ?? rows.find((d) => d.measure === m)!;
      return lang === 'zh' ? String(row.label_zh).replace(/（.*）/, '') : String(row.label_en).replace(/ \(.*\)/, '');
    };
    const missing = MEASURES.flatMap((m) =>
      CITIES.filter((c) => !rows.some((d) => d.measure === m && d.city === c)).map((c) => ({
        measure: m,
        city: label(findRow(rows, { city: c, measure: 'datasets' }), 'city', lang),
      })),
    );
    const titles = MEASURES.map((m) => ({ measure: m, text: panel(m) }));
    const valueText = (d: DataRow) =>
      chartNumber(num(d, 'value'), lang) + (d.city === 'shenzhen' && d.measure === 'datasets' ? (lang === 'zh' ? '（目录）' : ' (catalogues)') : '');
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginLeft: lang === 'en' ? 72 : 44,
      marginRight: narrow ? 100 : 130,
      marginTop: 22,
      marginBottom: 4,
      x: { domain: [0, 1], axis: null },
      y: { domain: CITIES.map((c) => label(findRow(rows, { city: c, measure: 'datasets' }), 'city', lang)), label: null, tickSize: 0, padding: 0.2 },
      fy: { domain: MEASURES, axis: null, padding: 0.3 },
      marks: [
        Plot.text(titles, { fy: 'measure', frameAnchor: 'top-left', dx: lang === 'en' ? -68 : -40, dy: -16, text: 'text', fontWeight: 600, fontSize: 13 }),
        Plot.barX(rows, { fy: 'measure', y: city, x: share, fill: (d: DataRow) => (d.city === 'beijing' ? 'var(--chart-highlight)' : 'var(--chart-muted)') }),
        Plot.ruleX([0], { stroke: 'var(--chart-text)' }),
        Plot.text(rows, { fy: 'measure', y: city, x: share, text: valueText, textAnchor: 'start', dx: 6, fill: 'var(--chart-text)' }),
        Plot.text(missing, {
          fy: 'measure',
          y: 'city',
          x: 0,
          text: () => (lang === 'zh' ? '报告未给出' : 'not given'),
          textAnchor: 'start',
          dx: 6,
          fill: 'var(--chart-muted)',
          fontStyle: 'italic',
        }),
        interactive ? Plot.barX(rows, Plot.pointer({ fy: 'measure', y: city, x: share, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              rows,
              Plot.pointer({
                fy: 'measure',
                y: city,
                x: share,
                lineWidth: tipLineWidth(width),
                title: (d: DataRow) => `${city(d)} · ${label(d, 'label', lang)}\n${formatValue(num(d, 'value'), 'count', lang)}\n“${d.quote}”`,
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
