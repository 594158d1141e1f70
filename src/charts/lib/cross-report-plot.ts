import * as Plot from '@observablehq/plot';
import type { CrossReportMeasure, ReportedFigure } from '../../data/cross-report.ts';
import { formatDate, formatQualified, formatTick, type Lang } from '../../format/number.ts';
import type { ChartText } from './types.ts';

export const CROSS_REPORT_HEIGHT = 190;

function whenOf(f: ReportedFigure, lang: Lang): string {
  return f.date ? formatDate(f.date, lang) : lang === 'zh' ? '未署日期' : 'undated';
}

/** "CAICT · Jan 2022" / "中国信通院 · 2022年1月": which report said it, and when the figure holds. */
export function figureLabel(f: ReportedFigure, lang: Lang): string {
  return `${f.source.publisherShort[lang]} · ${whenOf(f, lang)}`;
}

export function figureValue(f: ReportedFigure, lang: Lang): string {
  return formatQualified(f.value, f.unit, lang, f.row.qualifier);
}

/** A dot's tooltip quotes the report in the reader's language: our translation on English pages. */
function quoteFor(row: ReportedFigure['row'], lang: Lang): string {
  return lang === 'en' && row.quote_en ? String(row.quote_en) : String(row.quote);
}

/** Title, subtitle and alt text of one measure's chart; every number from the rows. */
export function crossReportText(m: CrossReportMeasure, lang: Lang): ChartText {
  const said = m.points.map((f) => `${figureLabel(f, lang)}: ${figureValue(f, lang)}`);
  return {
    title: m.label[lang],
    subtitle: lang === 'zh' ? '各报告给出的数字，按数字所指的时间排列' : 'The figure each report gives, in the order the figures hold',
    alt: lang === 'zh' ? `${m.label.zh}——${said.join('；')}。` : `${m.label.en} — ${said.join('; ')}.`,
  };
}

/**
 * One measure as the reports state it: a dot per statement, left to right in time, on a zero
 * baseline, each labelled with its value and who said it. A point band, not a time scale:
 * the figures are months or years apart and one is undated.
 */
export function crossReportPlot(m: CrossReportMeasure, { width, lang }: { width: number; lang: Lang }): Plot.PlotOptions {
  const narrow = width < 480;
  const rows = m.points.map((f, i) => ({ ...f, key: `${i}`, who: figureLabel(f, lang), text: figureValue(f, lang) }));
  const max = Math.max(...rows.map((r) => r.value));
  return {
    width,
    height: CROSS_REPORT_HEIGHT,
    style: { fontSize: '12px' },
    marginTop: 28,
    marginBottom: 48,
    marginLeft: narrow ? 64 : 72,
    marginRight: narrow ? 24 : 40,
    x: { type: 'point', domain: rows.map((r) => r.key), axis: null, padding: 0.5 },
    y: { domain: [0, max * 1.15], ticks: 3, tickFormat: formatTick(rows[0].unit, lang), label: null, grid: true },
    marks: [
      // Who said it and when under each dot. On a phone only when: Chinese publisher names run
      // long and would run into each other; the list under the chart names them.
      Plot.axisX({
        tickFormat: (k: string) =>
          narrow ? whenOf(rows[Number(k)], lang) : `${rows[Number(k)].source.publisherShort[lang]}\n${whenOf(rows[Number(k)], lang)}`,
        lineWidth: narrow ? 6 : 11,
        tickSize: 0,
        label: null,
      }),
      Plot.ruleY([0], { stroke: 'var(--chart-grid)' }),
      Plot.line(rows, { x: 'key', y: 'value', stroke: 'var(--chart-muted)', strokeDasharray: '3,3' }),
      Plot.dot(rows, { x: 'key', y: 'value', r: 5, fill: 'var(--chart-highlight)', title: (r) => `${r.who}\n${r.text}\n“${quoteFor(r.row, lang)}”` }),
      Plot.text(rows, {
        x: 'key',
        y: 'value',
        text: 'text',
        dy: -12,
        fontSize: narrow ? 11 : 12,
        fontWeight: 600,
        fill: 'var(--chart-text)',
        lineWidth: narrow ? 7 : 14,
      }),
    ],
  };
}
