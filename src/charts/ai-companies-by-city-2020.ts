import type { DataRow } from '../data/read-dataset.ts';
import { formatTick } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { hbarPlot } from './lib/hbar.ts';
import { findRow, label, num } from './lib/rows.ts';
import { qualified } from './lib/qualified.ts';
import { chartText } from './lib/text.ts';
import { quoteLine } from './lib/tip.ts';

const DATASET = 'city-ai-companies-2020';
const FIRST_TIER = new Set(['beijing', 'shanghai', 'shenzhen']);

/** Sorted bars with the report's hedges (近 / nearly) kept in the labels; first-tier cities highlighted as on the map. */
const spec: ChartSpec = {
  id: 'ai-companies-by-city-2020',
  datasets: [DATASET],
  anchor: 'companies-drive',
  height: (width) => (width < 480 ? 200 : 188),
  text(data, lang) {
    const q = (city: string) => qualified(findRow(data[DATASET], { city }), 'companies', 'companies', lang);
    return chartText(
      lang,
      { bj: q('beijing'), sz: q('shenzhen'), sh: q('shanghai'), hz: q('hangzhou') },
      {
        zh: {
          title: '北京{bj}人工智能企业居首，深圳{sz}排第二，上海紧随其后',
          subtitle: '截至2020年底聚集的人工智能企业数，家；深圳市人工智能行业协会《2021人工智能白皮书》，新京报转引',
          alt: '据深圳市人工智能行业协会统计，截至2020年底北京有{bj}人工智能企业，深圳{sz}，上海{sh}，杭州{hz}。北京和杭州的数字原文写作“近”。',
        },
        en: {
          title: 'Beijing has the most AI companies ({bj}); Shenzhen is second with {sz}',
          subtitle: 'AI companies by city at the end of 2020; Shenzhen AI Industry Association, 2021 AI White Paper, as quoted by the newspaper',
          alt: 'By the Shenzhen AI Industry Association’s count, at the end of 2020 Beijing had {bj} AI companies, Shenzhen {sz}, Shanghai {sh} and Hangzhou {hz}. The Beijing and Hangzhou figures are given as “nearly”.',
        },
      },
    );
  },
  notes: [
    {
      zh: '北京、杭州原文为“近1500家”“近700家”，条形画到整数处，实际略少。统计出自深圳的行业协会，“人工智能企业”的认定口径文中没有说明。',
      en: 'Beijing and Hangzhou are “nearly 1,500” and “nearly 700”: their bars run to the round number and the true figures are a little lower. The count is a Shenzhen industry association’s; the text does not define an “AI company”.',
    },
  ],
  plot(data, layout) {
    const { lang } = layout;
    const city = (d: DataRow) => label(d, 'city', lang);
    // English labels drop the unit word (the subtitle names it) so "nearly 1,500" fits at the bar end.
    const text = (d: DataRow) => qualified(d, 'companies', lang === 'zh' ? 'companies' : 'count', lang);
    return hbarPlot(layout, {
      rows: data[DATASET],
      value: (d) => num(d, 'companies'),
      label: city,
      text,
      fill: (d) => (FIRST_TIER.has(String(d.city)) ? 'var(--chart-highlight)' : 'var(--chart-muted)'),
      tip: (d) => [`${city(d)} · ${text(d)}`, quoteLine(d, lang)],
      x: { tickFormat: formatTick('companies', lang) },
    });
  },
};

export default spec;
