import { formatValue } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { hbarPlot } from './lib/hbar.ts';
import { quoteLine } from './lib/tip.ts';

const VENDORS = 'ai-server-vendors-2020h1';
const MARKET = 'ai-server-market-2020h1';

/**
 * Bars for the three Chinese vendors the report names, each labelled with its world rank. Ranks 2
 * and 3 are not in the text: a note says so, rather than two empty rows that read as missing data.
 */
const spec: ChartSpec = {
  id: 'ai-server-vendors-2020h1',
  datasets: [VENDORS, MARKET],
  anchor: 'ai-servers',
  height: (width) => (width < 480 ? 220 : 200),
  text(data, lang) {
    const rows = data[VENDORS];
    const market = data[MARKET];
    const v = {
      inspur: formatValue(num(findRow(rows, { vendor: 'inspur' }), 'share'), 'percent', lang),
      size: formatValue(num(findRow(market, { measure: 'market-size', period: '2020' }), 'value'), 'USD', lang),
      forecast: formatValue(num(findRow(market, { measure: 'market-size', period: '2024' }), 'value'), 'USD', lang),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('浪潮以{inspur}的份额居全球 AI 服务器市场首位', v),
          subtitle: fillTemplate('报告点名的厂商在全球 AI 服务器市场的份额（%）和排名，2020年上半年；市场规模{size}，2024年预计{forecast}', v),
          alt: fillTemplate(
            '据报告转引的 IDC 数据，2020年上半年全球 AI 服务器市场规模{size}，浪潮份额{inspur}，排名第一；华为和联想分列第四、第五。第二、三名报告没有写出。报告还预计2024年市场规模达{forecast}，未注明出处。',
            v,
          ),
        }
      : {
          title: fillTemplate('Inspur led the world’s AI server market with {inspur}', v),
          subtitle: fillTemplate(
            'Global AI server market share (%) and rank of the vendors the report names, first half of 2020; market {size}, forecast {forecast} in 2024',
            v,
          ),
          alt: fillTemplate(
            'According to IDC figures cited by the report, the global AI server market was worth {size} in the first half of 2020; Inspur had {inspur} and ranked first, Huawei and Lenovo fourth and fifth. The report does not name numbers two and three. The report also forecasts {forecast} for 2024, without naming a source.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '2020年上半年的份额和市场规模是 IDC 的数据，报告转引；2024年的预测报告没有注明出处，而且是全年数字，不能和半年的规模直接比较。',
      en: 'The first-half 2020 shares and market size are IDC’s, cited by the report. The report gives no source for the 2024 forecast, a full-year figure that cannot be set directly against a half-year one.',
    },
    {
      zh: '第二、三名的厂商与份额只出现在报告的图6（图片）中，文本里没有，所以图中只有报告点名的三家，排名直接跳到第四。',
      en: 'The vendors ranked second and third, and their shares, appear only in the report’s figure 6 (an image), so the chart shows only the three vendors the text names and the ranks jump from first to fourth.',
    },
  ],
  plot(data, layout) {
    const { lang } = layout;
    const share = (d: (typeof data)[string][number]) => formatValue(num(d, 'share'), 'percent', lang);
    const name = (d: (typeof data)[string][number]) => `${formatValue(num(d, 'rank'), 'rank', lang)} ${label(d, 'name', lang)}`;
    return hbarPlot(layout, {
      rows: data[VENDORS],
      value: (d) => num(d, 'share'),
      label: name,
      text: share,
      fill: () => 'var(--chart-cn)',
      tip: (d) => [`${name(d)} · ${share(d)}`, quoteLine(d, lang)],
      x: { tickFormat: (v: number) => `${v}%`, domain: [0, 20] },
    });
  },
};

export default spec;
