import type { DataRow } from '../data/read-dataset.ts';
import type { Lang } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { boxDiagram, columns, type Box, type Label } from './lib/box-diagram.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label } from './lib/rows.ts';
import { wrapText } from './lib/wrap-text.ts';

const DATASET = 'open-platform-roles-2020';
const REGIONS = ['chn', 'usa'];
const BUILDERS = ['enterprise', 'industry-org', 'university', 'government'];
/** How strongly the report's words rank each role; drives only the tint. */
const WEIGHT: Record<string, number> = { dominant: 0.42, 'very-important': 0.3, 'important-limited': 0.14, participates: 0.07, rarely: 0.03 };
const HEAD = 26;

const rowH = (width: number) => (width < 480 ? 54 : 44);
const leftW = (width: number, lang: Lang) => (lang === 'zh' ? 70 : width < 480 ? 86 : 120);

function layout(rows: DataRow[], width: number, lang: Lang) {
  const cols = columns(leftW(width, lang), width - 1, REGIONS.length, 6);
  const h = rowH(width);
  const boxes: Box[] = [];
  const labels: Label[] = REGIONS.map((r, i) => ({
    x: cols[i][0] + 2,
    y: HEAD - 8,
    text: label(findRow(rows, { region: r, builder: 'enterprise' }), 'region', lang),
    colour: r === 'chn' ? 'var(--chart-cn)' : 'var(--chart-foreign)',
  }));
  BUILDERS.forEach((b, k) => {
    const y1 = HEAD + k * (h + 5);
    const lines = wrapText(label(findRow(rows, { region: 'chn', builder: b }), 'builder', lang), leftW(width, lang) - 10, 13.5);
    lines.forEach((line, j) => labels.push({ x: 0, y: y1 + h / 2 + 5 + (j - (lines.length - 1) / 2) * 14, text: line }));
    REGIONS.forEach((r, i) => {
      const d = findRow(rows, { region: r, builder: b });
      boxes.push({
        x1: cols[i][0],
        x2: cols[i][1],
        y1,
        y2: y1 + h,
        title: label(d, 'level', lang),
        plain: true,
        centred: true,
        colour: r === 'chn' ? 'var(--chart-cn)' : 'var(--chart-foreign)',
        tint: WEIGHT[String(d.role_level)] ?? 0.1,
        tip: `${label(d, 'region', lang)} · ${label(d, 'builder', lang)}\n${label(d, 'role', lang)}\n“${d.quote}”`,
      });
    });
  });
  return { boxes, labels };
}

/** A two-column grid of the report's verbal judgements: who builds AI open platforms in China and in the US. */
const spec: ChartSpec = {
  id: 'open-platform-builders-cn-us-2020',
  datasets: [DATASET],
  anchor: 'open-platforms',
  height: (width) => HEAD + BUILDERS.length * (rowH(width) + 5),
  text(data, lang) {
    const rows = data[DATASET];
    const level = (region: string, builder: string) => label(findRow(rows, { region, builder }), 'level', lang);
    const v = { cn: level('chn', 'enterprise'), usGov: level('usa', 'government'), cnGov: level('chn', 'government') };
    return lang === 'zh'
      ? {
          title: fillTemplate('在中国，企业对 AI 开放平台“{cn}”；在美国，企业、行业组织和高校都很重要', v),
          subtitle: '报告对中美两国各类主体在 AI 开放平台建设中作用的文字判断（颜色越深，作用越大）',
          alt: fillTemplate(
            '报告认为，我国 AI 开放平台以领军企业为绝对主导，行业组织和高校是重要力量但影响有限，政府参与建设但需要企业供给核心技术；在美国，企业、行业组织和高校都是很重要的建设运营主体，政府{usGov}。',
            v,
          ),
        }
      : {
          title: 'In China companies dominate AI open platforms; in the US companies, industry bodies and universities all matter, the report says',
          subtitle: 'The report’s verbal judgement of each kind of builder’s role in AI open platforms, China and the US (darker = larger role)',
          alt: fillTemplate(
            'According to the report, leading companies overwhelmingly dominate China’s AI open platforms, industry bodies and universities matter but have limited reach, and government takes part but needs companies’ technology. In the US, companies, industry bodies and universities are all very important builders, and government {usGov}.',
            { usGov: v.usGov.toLowerCase() },
          ),
        };
  },
  notes: [
    {
      zh: '报告的图3.4给出了中美开放平台建设主体的占比（“不完全统计”），但它是图片，提取的文字里没有任何数字。这里只画出正文的文字判断，颜色深浅是我们对措辞的排序，不是占比。',
      en: 'The report’s figure 3.4 shows the shares of each kind of builder in China and the US (“incomplete count”), but it is an image and the extracted text holds none of its numbers. This grid shows only the text’s verbal judgements; the shading is our ranking of the wording, not a share.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const { boxes, labels } = layout(data[DATASET], width, lang);
    return boxDiagram(boxes, labels, { width, height, lang, interactive });
  },
};

export default spec;
