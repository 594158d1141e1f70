import * as Plot from '@observablehq/plot';
import type { DataRow } from '../data/read-dataset.ts';
import type { Lang } from '../format/number.ts';
import type { ChartData, ChartSpec } from './lib/types.ts';
import { fill } from './lib/finish-svg.ts';
import { label, num } from './lib/rows.ts';
import { fittedTip, tipLineWidth, tipText } from './lib/tip.ts';

const STATEMENTS = 'expert-statements-2023';
const EXPERTS = 'experts-2023';
const KINDS = ['claim', 'diagnosis', 'recommendation'] as const;
const KIND_LABEL: Record<string, { zh: string; en: string }> = {
  claim: { zh: '陈述', en: 'Claims' },
  diagnosis: { zh: '问题', en: 'Problems' },
  recommendation: { zh: '建议', en: 'Advice' },
};

interface Cell {
  expert: string;
  name: string;
  kind: string;
  count: number;
  tip: string[];
}

/** One cell per expert and kind of statement, with the count and the statements themselves for the tooltip. */
function cells(data: ChartData, lang: Lang, maxItems = 12): Cell[] {
  const experts = [...data[EXPERTS]].sort((a, b) => num(a, 'order') - num(b, 'order'));
  return experts.flatMap((e) =>
    KINDS.map((kind) => {
      const own = data[STATEMENTS].filter((s) => s.expert === e.expert && s.kind === kind);
      return {
        expert: String(e.expert),
        name: label(e, 'name', lang),
        kind,
        count: own.length,
        tip: [
          `${label(e, 'name', lang)} · ${KIND_LABEL[kind][lang]}: ${own.length}`,
          label(e, 'affiliation', lang),
          ...own.slice(0, maxItems).map((s: DataRow) => `· ${label(s, 'summary', lang)}`),
          ...(own.length > maxItems ? ['…'] : []),
        ],
      };
    }),
  );
}

const totals = (data: ChartData) =>
  data[EXPERTS].map((e) => ({ e, n: data[STATEMENTS].filter((s) => s.expert === e.expert).length })).sort((a, b) => b.n - a.n);

const spec: ChartSpec = {
  id: 'ai-cities-expert-voices',
  datasets: [STATEMENTS, EXPERTS],
  anchor: 'recommendations',
  height: (width) => (width < 480 ? 260 : 240),
  text(data, lang) {
    const [a, b] = totals(data);
    const v = {
      total: data[STATEMENTS].length,
      n: data[EXPERTS].length,
      a: label(a.e, 'name', lang),
      b: label(b.e, 'name', lang),
      ab: a.n + b.n,
      rec: data[STATEMENTS].filter((s) => s.kind === 'recommendation').length,
    };
    return lang === 'zh'
      ? {
          title: fill('{n}位专家的{total}条观点中，{a}和{b}占了{ab}条', v),
          subtitle: '文中各专家的陈述、问题诊断和建议条数（按我们的拆分），按出场顺序排列',
          alt: fill('我们把文中{n}位专家的话拆成{total}条，其中{rec}条是建议；{a}和{b}两人就占了{ab}条。点按或悬停可看每一条的概括。', v),
        }
      : {
          title: fill('Of {total} points made by {n} experts, {ab} come from {a} and {b}', v),
          subtitle: 'Claims, problems diagnosed and recommendations per expert, as we split their words; in order of appearance',
          alt: fill(
            'We split the six experts’ words into {total} points, {rec} of them recommendations; {a} and {b} alone account for {ab}. Tap or hover to read each point.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '条数取决于我们如何拆分长段发言，只说明谁的观点在文中分量重，不说明谁更重要。盘和林的话转引自他此前接受其他媒体的采访。',
      en: 'The counts depend on how we split long passages; they show whose views weigh most in the article, not who matters most. Pan Helin’s words come from an earlier interview with other media.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const narrow = width < 480;
    // On a phone the tip lists two statements (the data table has them all) and opens to the left, over the names.
    const all = cells(data, lang, narrow ? 2 : 12);
    const names = [...new Set(all.map((c) => c.name))];
    const common = { x: (c: Cell) => KIND_LABEL[c.kind][lang], y: 'name' } as const;
    return {
      width,
      height,
      style: { fontSize: '12px' },
      marginLeft: narrow ? 100 : 110,
      marginRight: 8,
      marginTop: 28,
      marginBottom: 8,
      x: { domain: KINDS.map((k) => KIND_LABEL[k][lang]), axis: 'top', label: null, tickSize: 0, padding: 0.06 },
      y: { domain: names, label: null, tickSize: 0, padding: 0.08 },
      marks: [
        Plot.cell(all, {
          ...common,
          fill: (c: Cell) => (c.kind === 'recommendation' ? 'var(--chart-highlight)' : 'var(--chart-accent)'),
          // Pale for 1–3, solid from 4: a mid-strength fill would fail text contrast in one theme or the other.
          fillOpacity: (c: Cell) => (c.count === 0 ? 0.05 : c.count < 4 ? 0.15 + c.count * 0.08 : 1),
        }),
        Plot.text(all, {
          ...common,
          text: (c: Cell) => String(c.count),
          fontSize: 13,
          fontWeight: 600,
          fill: (c: Cell) => (c.count >= 4 ? 'var(--bg)' : 'var(--chart-text)'),
        }),
        interactive ? Plot.cell(all, Plot.pointer({ ...common, fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2 })) : null,
        interactive
          ? fittedTip(
              { width, height, lang },
              all,
              Plot.pointer({
                ...common,
                anchor: narrow ? 'right' : undefined,
                lineWidth: tipLineWidth(width),
                title: (c: Cell) => tipText(c.tip, { width, height, lang }),
              }),
            )
          : null,
      ],
    };
  },
};

export default spec;
