import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import { formatTick } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { fill } from './lib/finish-svg.ts';
import { findRow, label, num } from './lib/rows.ts';
import { qualified } from './lib/qualified.ts';
import { tipLineWidth } from './lib/tip.ts';
import { tipText } from './lib/tip-text.ts';

const DATASET = 'city-ai-companies-2020';
const FIRST_TIER = new Set(['beijing', 'shanghai', 'shenzhen']);

/** Sorted bars with the report's hedges (近 / nearly) kept in the labels; first-tier cities highlighted as on the map. */
const spec: ChartSpec = {
  id: 'ai-companies-by-city-2020',
  datasets: [DATASET],
  anchor: 'companies-drive',
  height: (width) => (width < 480 ? 200 : 188),
  text(data, lang) {
    const rows = data[DATASET];
    const q = (city: string) => qualified(findRow(rows, { city }), 'companies', 'companies', lang);
    const v = { bj: q('beijing'), sz: q('shenzhen'), sh: q('shanghai'), hz: q('hangzhou') };
    return lang === 'zh'
      ? {
          title: fill('北京{bj}人工智能企业居首，深圳{sz}排第二，上海紧随其后', v),
          subtitle: '截至2020年底聚集的人工智能企业数，家；深圳市人工智能行业协会《2021人工智能白皮书》，新京报转引',
          alt: fill('据深圳市人工智能行业协会统计，截至2020年底北京有{bj}人工智能企业，深圳{sz}，上海{sh}，杭州{hz}。北京和杭州的数字原文写作“近”。', v),
        }
      : {
          title: fill('Beijing has the most AI companies ({bj}); Shenzhen is second with {sz}', v),
          subtitle: 'AI companies by city at the end of 2020; Shenzhen AI Industry Association, 2021 AI White Paper, as quoted by the newspaper',
          alt: fill(
            'By the Shenzhen AI Industry Association’s count, at the end of 2020 Beijing had {bj} AI companies, Shenzhen {sz}, Shanghai {sh} and Hangzhou {hz}. The Beijing and Hangzhou figures are given as “nearly”.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '北京、杭州原文为“近1500家”“近700家”，条形画到整数处，实际略少。统计出自深圳的行业协会，“人工智能企业”的认定口径文中没有说明。',
      en: 'Beijing and Hangzhou are “nearly 1,500” and “nearly 700”: their bars run to the round number and the true figures are a little lower. The count is a Shenzhen industry association’s; the text does not define an “AI company”.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = [...data[DATASET]].sort((a, b) => num(b, 'companies') - num(a, 'companies'));
    const narrow = width < 480;
    const city = (d: DataRow) => label(d, 'city', lang);
    // English labels drop the unit word (the subtitle names it) so "nearly 1,500" fits at the bar end.
    const text = (d: DataRow) => qualified(d, 'companies', lang === 'zh' ? 'companies' : 'count', lang);
    const common = { x: 'companies', y: city } as const;
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginLeft: narrow ? 72 : 84,
      marginRight: narrow ? 84 : 96,
      marginTop: 8,
      marginBottom: 28,
      x: {
        domain: [0, 1500],
        label: null,
        ticks: narrow ? [0, 500, 1000, 1500] : [0, 250, 500, 750, 1000, 1250, 1500],
        tickFormat: formatTick('companies', lang),
        grid: true,
      },
      y: { domain: rows.map(city), label: null, tickSize: 0, padding: 0.3 },
      marks: [
        Plot.barX(rows, { ...common, fill: (d: DataRow) => (FIRST_TIER.has(String(d.city)) ? 'var(--chart-highlight)' : 'var(--chart-muted)') }),
        Plot.ruleX([0], { stroke: 'var(--chart-text)' }),
        Plot.text(rows, { ...common, text, textAnchor: 'start', dx: 6, fontWeight: 600, fill: 'var(--chart-text)' }),
        interactive ? Plot.barX(rows, Plot.pointerY({ ...common, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? Plot.tip(
              rows,
              Plot.pointerY({ ...common, lineWidth: tipLineWidth(width), title: (d: DataRow) => tipText([`${city(d)} · ${text(d)}`, `“${d.quote}”`], width) }),
            )
          : null,
      ],
    };
  },
};

export default spec;
