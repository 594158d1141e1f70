import type { DataRow } from '../data/read-dataset.ts';
import type { Lang } from '../format/number.ts';
import { wrapText } from './lib/wrap-text.ts';
import type { ChartSpec } from './lib/types.ts';
import { boxDiagram, columns, titleLines, type Box, type Label } from './lib/box-diagram.ts';
import { fillTemplate } from '../format/template.ts';
import { label } from './lib/rows.ts';

const DATASET = 'ai-infra-layers-2020';

/** The report's own words for each role in its definition. */
const ROLE: Record<string, Record<Lang, string>> = {
  'enabling-carrier': { zh: '赋能载体', en: 'the carrier that delivers them' },
  'capability-element': { zh: '核心能力要素', en: 'the capability elements' },
  foundation: { zh: '支撑网络与安全', en: 'what it runs on' },
  environment: { zh: '营造发展环境', en: 'the setting it grows in' },
};
const COLOUR: Record<string, string> = {
  'enabling-carrier': 'var(--chart-highlight)',
  'capability-element': 'var(--chart-highlight)',
  foundation: 'var(--chart-accent)',
  environment: 'var(--chart-muted)',
};
const HEAD = 22;

/** "Data resources" → "data resources" inside a sentence; "AI open platforms" keeps its acronym. */
function inSentence(name: string): string {
  return /^[A-Z][a-z]/.test(name) ? name[0].toLowerCase() + name.slice(1) : name;
}
const GAP = 12;
/** Below this width the boxes show names only: the descriptions need room to wrap. */
const NARROW = 640;

/** Box heights per role: names only on a phone, names and descriptions wider. */
function rowHeight(role: string, narrow: boolean): number {
  if (narrow) return 42;
  return { 'enabling-carrier': 58, 'capability-element': 124, foundation: 66, environment: 90 }[role] ?? 60;
}

function layout(rows: DataRow[], width: number, lang: Lang) {
  const narrow = width < NARROW;
  const boxes: Box[] = [];
  const labels: Label[] = [];
  let y = 0;
  for (const role of Object.keys(ROLE)) {
    const group = rows.filter((d) => d.role === role).sort((a, b) => Number(a.order) - Number(b.order));
    const head = `${label(group[0], 'layer', lang)}${lang === 'zh' ? '：' : ': '}${ROLE[role][lang]}`;
    // The layer's head wrapped (measured) to the width; a second line pushes its boxes down.
    const lines = wrapText(head, width - 2, 12, true);
    const top = HEAD + (lines.length - 1) * 14;
    labels.push({ x: 0, y: y + top - 6, text: lines.join('\n'), colour: COLOUR[role] === 'var(--chart-muted)' ? 'var(--chart-text)' : COLOUR[role] });
    // Tall enough for the longest name as drawn (wrapped in its box) on a phone.
    const cols = columns(0, width - 1, group.length);
    const nameLines = Math.max(
      ...group.map((d, i) => titleLines({ x1: cols[i][0], x2: cols[i][1], y1: 0, y2: 0, title: label(d, 'name', lang), colour: '' }).length),
    );
    const h = Math.max(rowHeight(role, narrow), narrow ? Math.ceil(nameLines * 13 * 1.15 + 14) : 0);
    cols.forEach(([x1, x2], i) => {
      const d = group[i];
      const name = label(d, 'name', lang);
      const description = label(d, 'description', lang);
      boxes.push({
        x1,
        x2,
        y1: y + top,
        y2: y + top + h,
        title: name,
        body: narrow ? undefined : description,
        centred: narrow,
        colour: COLOUR[role],
        tint: role === 'enabling-carrier' ? 0.22 : 0.1,
        tip: `${name}\n${description}\n“${d.quote}”`,
      });
    });
    y += top + h + GAP;
  }
  return { boxes, labels };
}

/** The report's definition as four stacked layers: platforms on top of the three core elements, resting on networks and security, inside an enabling environment. */
const spec: ChartSpec = {
  id: 'ai-infrastructure-layers-2020',
  datasets: [DATASET],
  anchor: 'definition',
  height: (width) => (width < NARROW ? 4 * (HEAD + 42) + 3 * GAP : 4 * HEAD + 58 + 124 + 66 + 90 + 3 * GAP),
  text(data, lang) {
    const rows = data[DATASET];
    const names = (role: string) =>
      rows
        .filter((d) => d.role === role)
        .map((d) => (lang === 'en' ? inSentence(label(d, 'name', lang)) : label(d, 'name', lang)))
        .join(lang === 'zh' ? '、' : ', ');
    const v = { el: names('capability-element'), carrier: names('enabling-carrier'), base: names('foundation'), env: names('environment') };
    return lang === 'zh'
      ? {
          title: fillTemplate('报告的定义：{el}是核心，{carrier}把它们输送给各行业', v),
          subtitle: '中国通信学会界定的人工智能基础设施的组成（据报告图1.2的文字说明）',
          alt: fillTemplate('报告把人工智能基础设施分为四层：{carrier}是赋能载体；{el}是核心能力要素；{base}是基础承载；{env}提供环境保障。', v),
        }
      : {
          title: fillTemplate('The report’s definition: {el} at the core, delivered to industry through {carrier}', v),
          subtitle: 'What AI infrastructure consists of, as defined by the China Institute of Communications (from the text of the report’s figure 1.2)',
          alt: fillTemplate(
            'The report defines AI infrastructure in four layers: {carrier} as the carrier; {el} as the core capability elements; {base} as the foundation; and {env} as the enabling environment.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '报告的图1.2是图片，这里根据正文的文字说明重绘，层次的排列是我们的。',
      en: 'The report’s figure 1.2 is an image; this diagram is redrawn from the text that describes it, and the arrangement of the layers is ours.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const { boxes, labels } = layout(data[DATASET], width, lang);
    return boxDiagram(boxes, labels, { width, height: Math.max(height, ...boxes.map((b) => Math.ceil(b.y2) + 1)), lang, interactive });
  },
};

export default spec;
