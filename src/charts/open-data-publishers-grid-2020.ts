import type { DataRow } from '../data/read-dataset.ts';
import type { Lang } from '../format/number.ts';
import type { ChartSpec } from './lib/types.ts';
import { boxDiagram, columns, type Box, type Label } from './lib/box-diagram.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label } from './lib/rows.ts';
import { wrapText } from './lib/wrap-text.ts';
import { textWidth } from './lib/text-width.ts';

const DATASET = 'open-data-publishers-2020';
const PUBLISHERS = ['government', 'universities', 'companies', 'communities'];
const CRITERIA = ['coverage', 'quality', 'security', 'update-speed', 'typical-use', 'orientation'];
const TONE: Record<string, Pick<Box, 'colour' | 'tint' | 'faint'>> = {
  strength: { colour: 'var(--chart-highlight)', tint: 0.2 },
  weakness: { colour: 'var(--chart-muted)', tint: 0.28 },
  neutral: { colour: 'var(--chart-muted)', tint: 0.04 },
  'not-stated': { colour: 'var(--chart-muted)', tint: 0, faint: true },
};
const HEAD = 48;
/** Column heads short enough for a phone, whole words (no hyphenation); the tooltip and table give the full names. */
const SHORT_EN: Record<string, string> = { government: 'Gov’t', universities: 'Univ.', companies: 'Firms', communities: 'Open source' };

const rowH = (width: number) => (width < 480 ? 58 : 46);
/** The criteria column: its longest word (measured) on a phone, where labels wrap at spaces. */
const leftW = (width: number, lang: Lang, rows: DataRow[]) =>
  lang === 'zh' ? 62 : width < 480 ? Math.ceil(Math.max(...rows.flatMap((d) => String(d.criterion_en).split(' ')).map((w) => textWidth(w, 13.5)))) + 12 : 104;

function layout(rows: DataRow[], width: number, lang: Lang) {
  const cols = columns(leftW(width, lang, rows), width - 1, PUBLISHERS.length, 4);
  const h = rowH(width);
  const labels: Label[] = [];
  const boxes: Box[] = [];
  PUBLISHERS.forEach((p, i) => {
    const full = label(findRow(rows, { publisher: p, criterion: 'coverage' }), 'publisher', lang);
    const name = lang === 'en' && width < 480 ? SHORT_EN[p] : full;
    const lines = name.split('\n').flatMap((part) => wrapText(part, cols[i][1] - cols[i][0], 13));
    lines.forEach((line, j) => labels.push({ x: cols[i][0] + 2, y: HEAD - 6 - (lines.length - 1 - j) * 15, text: line }));
  });
  CRITERIA.forEach((c, r) => {
    const y1 = HEAD + r * (h + 4);
    PUBLISHERS.forEach((p, i) => {
      const d = findRow(rows, { publisher: p, criterion: c });
      if (i === 0) {
        const lines = wrapText(label(d, 'criterion', lang), leftW(width, lang, rows) - 10, 13.5);
        lines.forEach((line, j) => labels.push({ x: 0, y: y1 + h / 2 + 5 + (j - (lines.length - 1) / 2) * 14, text: line }));
      }
      const note = d[`note_${lang}`] ? `\n${d[`note_${lang}`]}` : '';
      boxes.push({
        x1: cols[i][0],
        x2: cols[i][1],
        y1,
        y2: y1 + h,
        title: label(d, 'rating', lang),
        plain: true,
        centred: true,
        ...TONE[String(d.tone)],
        tip: `${label(d, 'publisher', lang)} · ${label(d, 'criterion', lang)}\n${label(d, 'value', lang)}\n“${d.quote}”${note}`,
      });
    });
  });
  return { boxes, labels };
}

/** A comparison grid: four kinds of publisher, six of the report's criteria, strengths tinted. */
const spec: ChartSpec = {
  id: 'open-data-publishers-grid-2020',
  datasets: [DATASET],
  anchor: 'open-datasets',
  height: (width) => HEAD + CRITERIA.length * (rowH(width) + 4),
  text(data, lang) {
    const r = (publisher: string, criterion: string) => label(findRow(data[DATASET], { publisher, criterion }), 'rating', lang);
    const low = (s: string) => (lang === 'en' ? s.toLowerCase() : s);
    const v = {
      gc: low(r('government', 'coverage')),
      gq: low(r('government', 'quality')),
      cu: low(r('communities', 'update-speed')),
      cq: low(r('communities', 'quality')),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('政府开放数据集覆盖{gc}、质量{gq}；开源社区的数据{cu}，但质量{cq}', v),
          subtitle: '报告对四类 AI 开放数据集发布者的评价（据图3.1的文字说明）；橙色为报告所说的长处，深灰为短处，虚线框为报告未提及',
          alt: fillTemplate(
            '报告认为政府开放数据集覆盖范围{gc}、数据质量{gq}、安全性强；高校和企业的数据集质量较高但更新周期长，一般用于学术研究；开源社区数据集{cu}，但质量和安全性{cq}，适合模型的初期训练。',
            v,
          ),
        }
      : {
          title: fillTemplate('Government open data: {gc} coverage, {gq} quality; open-source communities: {cu} updates but {cq} quality', v),
          subtitle:
            'The report’s assessment of four kinds of open-dataset publisher (from the text of its figure 3.1); orange marks a strength it names, dark grey a weakness, dashed boxes what it does not say',
          alt: fillTemplate(
            'The report rates government open datasets as {gc} in coverage, {gq} in quality and strong on security; university and company datasets as high-quality but slow to update and mostly for academic research; and open-source community datasets as {cu} to update but {cq} in quality and security, good for early-stage training.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '报告把高校/科研院所与企业的开放数据集放在同一句话里评价，两列的多数格子因此相同。哪些算长处、哪些算短处是我们按报告措辞做的归类。',
      en: 'The report rates university/research-institute and company datasets in one sentence, so most of their cells are the same. Which cells count as strengths or weaknesses is our reading of the report’s wording.',
    },
  ],
  plot(data, { width, height, lang, interactive }) {
    const { boxes, labels } = layout(data[DATASET], width, lang);
    return boxDiagram(boxes, labels, { width, height, lang, interactive });
  },
};

export default spec;
