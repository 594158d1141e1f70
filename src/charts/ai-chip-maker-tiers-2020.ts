import type { DataRow } from '../data/read-dataset.ts';
import type { Lang } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { boxDiagram, columns, type Box, type Label } from './lib/box-diagram.ts';
import { fillTemplate } from '../format/template.ts';
import { label } from './lib/rows.ts';

const DATASET = 'ai-chip-maker-tiers-2020';
const HEAD = 22;
const ROW = 40;
const GAP = 12;

const origin = (d: DataRow) => (d.origin === 'cn' ? 'var(--chart-cn)' : 'var(--chart-foreign)');
const tiersOf = (rows: DataRow[]) => [...new Set(rows.map((d) => Number(d.tier)))].sort();

function layout(rows: DataRow[], width: number, lang: Lang) {
  const boxes: Box[] = [];
  const labels: Label[] = [];
  let y = 0;
  const most = Math.max(...tiersOf(rows).map((t) => rows.filter((d) => d.tier === t).length));
  for (const tier of tiersOf(rows)) {
    const group = rows.filter((d) => d.tier === tier).sort((a, b) => Number(a.order) - Number(b.order));
    labels.push({ x: 0, y: y + HEAD - 6, text: label(group[0], 'tier', lang) });
    // Same box width in every tier, so the tiers line up like a table.
    columns(0, width - 1, most)
      .slice(0, group.length)
      .forEach(([x1, x2], i) => {
        const d = group[i];
        const origin_ = lang === 'zh' ? (d.origin === 'cn' ? '中国企业' : '外国企业') : d.origin === 'cn' ? 'Chinese' : 'Foreign';
        boxes.push({
          x1,
          x2,
          y1: y + HEAD,
          y2: y + HEAD + ROW,
          title: label(d, 'name', lang),
          centred: true,
          colour: origin(d),
          tint: 0.16,
          tip: `${label(d, 'name', lang)} · ${origin_}\n${label(d, 'role', lang)}\n“${d.quote}”`,
        });
      });
    y += HEAD + ROW + GAP;
  }
  return { boxes, labels };
}

/** The report's three tiers of chip makers, each company a box coloured by origin. */
const spec: ChartSpec = {
  id: 'ai-chip-maker-tiers-2020',
  datasets: [DATASET],
  anchor: 'chips-compute',
  height: () => 3 * (HEAD + ROW) + 2 * GAP,
  text(data, lang) {
    const rows = data[DATASET];
    const of = (tier: number) => rows.filter((d) => d.tier === tier);
    const names = (tier: number) =>
      of(tier)
        .map((d) => label(d, 'name', lang))
        .join(lang === 'zh' ? '、' : ', ');
    const allForeign = of(1).every((d) => d.origin === 'foreign');
    const allChinese = of(3).every((d) => d.origin === 'cn');
    if (!allForeign || !allChinese) throw new Error('ai-chip-maker-tiers-2020: the title says tier 1 is all foreign and tier 3 all Chinese');
    const v = { t1: names(1), t2: names(2), t3: names(3) };
    return lang === 'zh'
      ? {
          title: fillTemplate('报告点名的第一梯队全是外国企业，第三梯队全是中国企业', v),
          subtitle: '报告划分的全球 AI 芯片企业三个梯队及其举例的企业；红色为中国企业，蓝色为外国企业',
          alt: fillTemplate(
            '报告把全球 AI 芯片企业分为三个梯队：国际领军企业（{t1}）、挑战者（{t2}）和跟随者（{t3}）。中国企业只出现在第二梯队（阿里）和第三梯队，报告据此说我国 AI 芯片企业整体处于“跟跑”状态。',
            v,
          ),
        }
      : {
          title: 'The chip makers the report names as leaders are all foreign; its followers are all Chinese',
          subtitle: 'The report’s three tiers of AI chip makers worldwide and the companies it names as examples; red for Chinese, blue for foreign companies',
          alt: fillTemplate(
            'The report sorts AI chip makers into leaders ({t1}), challengers ({t2}) and followers ({t3}). Chinese companies appear only among the challengers (Alibaba) and the followers, which is why the report says Chinese chip makers are, on the whole, following.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '每个梯队只列了报告举例的企业（“如……等”），不是完整名单。华为（昇腾）出现在报告的开放平台一节，却没有被归入任何梯队。',
      en: 'Each tier shows only the companies the report gives as examples (“such as … and others”), not a full list. Huawei (Ascend) appears in the report’s open-platform section but in none of the tiers.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const { boxes, labels } = layout(data[DATASET], width, lang);
    return boxDiagram(boxes, labels, { width, height, lang, interactive });
  },
};

export default spec;
