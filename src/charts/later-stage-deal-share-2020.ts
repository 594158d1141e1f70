import * as Plot from '@observablehq/plot';
import { formatQualified, formatValue, type Lang } from '../format/number.ts';
import type { Qualifier } from '../format/units.ts';
import type { ChartData, ChartSpec } from './lib/types.ts';
import { fill } from './lib/finish-svg.ts';
import { findRow, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth } from './lib/tip.ts';

const DATASET = 'ai-investment-winter';

interface Bar {
  key: string;
  label: string;
  share: number;
  text: string;
  kind: 'reported' | 'implied';
  detail: string;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** 2020 as reported, and the most 2019 could have been under each reading of "up more than 40%". */
function bars(data: ChartData, lang: Lang): Bar[] {
  const rows = data[DATASET];
  const share = findRow(rows, { measure: 'later-stage-deal-share' });
  const growth = findRow(rows, { measure: 'later-stage-deal-share-growth' });
  const s = num(share, 'value');
  const g = num(growth, 'value');
  const pct = (n: number) => formatValue(n, 'percent', lang);
  const rise = formatQualified(g, 'percent', lang, growth.qualifier as Qualifier[]);
  const zh = lang === 'zh';
  return [
    { key: '2020', label: zh ? '2020年（报告）' : '2020 (report)', share: s, text: pct(s), kind: 'reported', detail: `“${share.quote}”` },
    {
      key: 'relative',
      label: zh ? `2019年，若“增长${rise}”为相对增长` : `2019, if “up ${rise}” is relative growth`,
      share: round1(s / (1 + g / 100)),
      text: zh ? `至多约${pct(round1(s / (1 + g / 100)))}` : `at most about ${pct(round1(s / (1 + g / 100)))}`,
      kind: 'implied',
      detail: `“${growth.quote}”`,
    },
    {
      key: 'points',
      label: zh ? `2019年，若为百分点` : '2019, if it means percentage points',
      share: round1(s - g),
      text: zh ? `至多约${pct(round1(s - g))}` : `at most about ${pct(round1(s - g))}`,
      kind: 'implied',
      detail: `“${growth.quote}”`,
    },
  ];
}

/** One reported share and two implied ones, so the ambiguity of the report's wording is visible. */
const spec: ChartSpec = {
  id: 'later-stage-deal-share-2020',
  datasets: [DATASET],
  anchor: 'capital-winter',
  height: (width) => (width < 480 ? 250 : 210),
  text(data, lang) {
    const [now, rel, pts] = bars(data, lang);
    const growth = findRow(data[DATASET], { measure: 'later-stage-deal-share-growth' });
    const v = {
      rise: formatQualified(num(growth, 'value'), 'percent', lang, growth.qualifier as Qualifier[]),
      now: now.text,
      rel: formatValue(rel.share, 'percent', lang),
      pts: formatValue(pts.share, 'percent', lang),
    };
    return lang === 'zh'
      ? {
          title: fill('2020年全球人工智能融资中，B 轮及以上占{now}', v),
          subtitle: fill('B 轮及以上融资笔数占总笔数的比重，%；2019年为本站按报告“增长{rise}”的两种读法推算的上限', v),
          alt: fill(
            '中国信通院统计，2020年全球人工智能风险投资中 B 轮及以上占{now}，较上一年增长{rise}。若按相对增长理解，2019年至多约{rel}；若按百分点理解，至多约{pts}。',
            v,
          ),
        }
      : {
          title: fill('Series B and later made up {now} of global AI funding deals in 2020', v),
          subtitle: fill('Series B and later as a share of all deals, %; 2019 is our upper bound under two readings of the report’s “up {rise}”', v),
          alt: fill(
            'CAICT counts {now} of 2020’s AI venture deals worldwide as Series B or later, up {rise} on the year before. Read as relative growth, 2019 was at most about {rel}; read as percentage points, at most about {pts}.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '两根浅色条是本站的推算，不是报告的数据。报告没有说明“增长40%以上”指什么：若指这一比重相对增长或增加了若干百分点，2019年的比重至多分别如图；若指 B 轮及以上融资的笔数，则推不出2019年的比重。',
      en: 'The two pale bars are our arithmetic, not the report’s data. The report does not say what “up more than 40%” refers to: if the share grew that much in relative terms or in percentage points, 2019 was at most as shown; if it means the number of Series B and later deals, the 2019 share cannot be derived.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const rows = bars(data, lang);
    const narrow = width < 480;
    const fillOf = (d: Bar) => (d.kind === 'reported' ? 'var(--chart-highlight)' : 'var(--chart-muted)');
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginTop: 24,
      marginLeft: 14,
      marginRight: 20,
      marginBottom: 26,
      x: { domain: [0, 100], ticks: [0, 25, 50, 75, 100], tickFormat: (d: number) => `${d}%`, label: null },
      y: { domain: rows.map((d) => d.key), axis: null, padding: 0.55 },
      marks: [
        Plot.barX(rows, { x: 100, y: 'key', fill: 'var(--chart-grid)', fillOpacity: 0.45 }),
        Plot.barX(rows, { x: 'share', y: 'key', fill: fillOf, fillOpacity: (d: Bar) => (d.kind === 'reported' ? 1 : 0.5) }),
        Plot.text(rows, { x: 'share', y: 'key', text: 'text', textAnchor: 'start', dx: 6, fontWeight: 700, fill: 'var(--chart-text)' }),
        Plot.text(rows, { x: 0, y: 'key', text: 'label', textAnchor: 'start', lineAnchor: 'bottom', dy: -15, fill: 'var(--chart-text)' }),
        Plot.ruleX([0], { stroke: 'var(--chart-text)' }),
        interactive ? Plot.barX(rows, Plot.pointerY({ x: 'share', y: 'key', fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              rows,
              Plot.pointerY({ x: 'share', y: 'key', lineWidth: tipLineWidth(width), title: (d: Bar) => `${d.label}\n${d.text}\n${d.detail}` }),
            )
          : null,
      ],
    };
  },
};

export default spec;
