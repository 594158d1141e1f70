import type { DataRow } from '../data/read-dataset.ts';
import { formatNumber, formatValue } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { hbarPlot } from './lib/hbar.ts';
import { quoteLine } from './lib/tip.ts';

const DATASET = 'dataset-search-languages';

/** Sorted bars of datasets per language, growth written at each bar's end; Chinese highlighted. */
const spec: ChartSpec = {
  id: 'dataset-search-languages',
  datasets: [DATASET],
  anchor: 'dataset-scale',
  height: (width) => (width < 480 ? 340 : 320),
  text(data, lang) {
    const rows = data[DATASET];
    const zh = findRow(rows, { language: 'zh' });
    const en = findRow(rows, { language: 'en' });
    const v = {
      zh: formatValue(num(zh, 'datasets'), 'count', lang),
      zg: formatValue(num(zh, 'growth'), 'percent', lang),
      en: formatValue(num(en, 'datasets'), 'count', lang),
      eg: formatValue(num(en, 'growth'), 'percent', lang),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('中文数据集增速最快（{zg}），但数量（{zh}）远少于英文（{en}）', v),
          subtitle: '谷歌数据集搜索（Google Dataset Search）收录的数据集，按语言，2020年3月；标注为2019年6月至2020年3月的增长率',
          alt: fillTemplate(
            '2020年3月，谷歌数据集搜索收录中文数据集{zh}个，在各语言中排第二，2019年6月以来增长{zg}，为十种语言中最快；英文数据集{en}个，增长{eg}。',
            v,
          ),
        }
      : {
          title: fillTemplate('Chinese datasets grew fastest ({zg}) but were far fewer ({zh}) than English ones ({en})', v),
          subtitle: 'Datasets indexed by Google Dataset Search, by language, March 2020; labels give growth from June 2019 to March 2020',
          alt: fillTemplate(
            'In March 2020 Google Dataset Search indexed {zh} Chinese-language datasets, second among languages, up {zg} since June 2019, the fastest of the ten; English had {en}, up {eg}.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '这是报告转引的谷歌《Google Dataset Search by the Numbers》中的数字，只是谷歌数据集搜索收录的数据集，不等于各语言数据集的全部。增长率是2019年6月至2020年3月这九个月的。',
      en: 'These are Google’s figures (“Google Dataset Search by the Numbers”) cited by the report: datasets indexed by Google Dataset Search, not all datasets in each language. Growth covers the nine months from June 2019 to March 2020.',
    },
  ],
  plot(data, layout) {
    const { lang } = layout;
    const name = (d: DataRow) => label(d, 'name', lang);
    const count = (d: DataRow) => formatValue(num(d, 'datasets'), 'count', lang);
    const growth = (d: DataRow) => `+${formatValue(num(d, 'growth'), 'percent', lang)}`;
    return hbarPlot(layout, {
      rows: data[DATASET],
      value: (d) => num(d, 'datasets'),
      label: name,
      text: (d) => `${formatNumber(num(d, 'datasets'), lang)} · ${growth(d)}`,
      fill: (d) => (d.language === 'zh' ? 'var(--chart-highlight)' : 'var(--chart-muted)'),
      tip: (d) => [name(d), `${count(d)} · ${growth(d)}`, quoteLine(d, lang)],
      x: { tickFormat: (v: number) => formatNumber(v, lang) },
    });
  },
};

export default spec;
