import * as Plot from '@observablehq/plot';
import { formatQualified, formatTick, type Lang } from '../format/number.ts';
import type { Qualifier, Unit } from '../format/units.ts';
import type { DataRow } from '../data/read-dataset.ts';
import type { ChartSpec } from './lib/types.ts';
import { fillTemplate } from '../format/template.ts';
import { findRow, label, num } from './lib/rows.ts';
import { chartTip, quoteLine } from './lib/tip.ts';
import { wrapText } from './lib/wrap-text.ts';
import { textWidth } from './lib/text-width.ts';
import { scaleLog } from 'd3';

const DATASET = 'platform-scale-2020';
/** The six platforms the report sizes by reach, and what each counts. */
const SHOWN: [string, string][] = [
  ['alibaba-cloud-ai', 'daily-calls'],
  ['baidu-brain', 'daily-calls'],
  ['iflytek-open-platform', 'devices-supported'],
  ['tencent-ai-open-platform', 'users'],
  ['alibaba-cloud-ai', 'daily-images'],
  ['baidu-ai-open-platform', 'developers'],
  ['paddlepaddle', 'developers'],
  ['tencent-ai-open-platform', 'clients'],
  ['iflytek-open-platform', 'developer-teams'],
  ['baidu-brain', 'open-capabilities'],
];

const value = (d: DataRow, lang: Lang) => formatQualified(num(d, 'value'), d.unit as Unit, lang, d.qualifier as Qualifier[] | undefined);
const what = (d: DataRow, lang: Lang) => `${label(d, 'name', lang)} · ${label(d, 'what', lang)}`;
const isCalls = (d: DataRow) => d.what === 'daily-calls';

/** A log-scale dot plot: each dot is one figure, labelled by what it counts, sorted largest first. */
const spec: ChartSpec = {
  id: 'platform-scale-log',
  datasets: [DATASET],
  anchor: 'platforms',
  height: (width) => (width < 480 ? 470 : 420),
  text(data, lang) {
    const rows = data[DATASET];
    const get = (platform: string, w: string) => value(findRow(rows, { platform, what: w }), lang);
    const v = {
      calls: get('alibaba-cloud-ai', 'daily-calls'),
      pp: get('paddlepaddle', 'developers'),
      caps: get('baidu-brain', 'open-capabilities'),
      devices: get('iflytek-open-platform', 'devices-supported'),
    };
    return lang === 'zh'
      ? {
          title: fillTemplate('报告称阿里云和百度大脑的 AI 日调用量都{calls}次', v),
          subtitle: '报告给出的六个平台的规模数字，按计数对象标注，对数刻度；报告未注明来源和时点',
          alt: fillTemplate(
            '报告称阿里云 AI 服务和百度大脑的日调用量都{calls}次；讯飞开放平台累计支持{devices}终端，飞桨服务的开发者{pp}，百度大脑开放的 AI 能力{caps}。这些数字计的对象各不相同，不能直接比较。',
            v,
          ),
        }
      : {
          title: fillTemplate('Alibaba Cloud and Baidu Brain each handle {calls} AI calls a day, the report says', v),
          subtitle: 'Scale figures the report gives for six platforms, labelled by what each counts, log scale; the report gives no source or date',
          alt: fillTemplate(
            'The report says Alibaba Cloud’s AI services and Baidu Brain each handle {calls} calls a day; iFlytek’s open platform has supported {devices} devices, PaddlePaddle serves {pp} developers and Baidu Brain offers {caps} AI capabilities. Each counts something different, so they are not directly comparable.',
            v,
          ),
        };
  },
  notes: [
    {
      zh: '每个点计的对象不同（调用次数、终端、用户、客户、开发者、开发者团队、开放能力），只能看量级，不能相互比较；报告没有注明这些数字的来源和时点。',
      en: 'Each dot counts something different (calls, devices, users, clients, developers, developer teams, capabilities), so read them for order of magnitude only, not against each other; the report gives no source or date for them.',
    },
    {
      zh: '信通院2022年1月的报告给出的数字更高：飞桨累计开发者406万（此处为230余万），百度大脑开放近1400项能力（此处为270多项）。时间不同，计数口径也可能不同。',
      en: 'CAICT’s January 2022 report gives higher figures: 4.06 million cumulative PaddlePaddle developers (more than 2.3 million here) and nearly 1,400 capabilities opened by Baidu Brain (more than 270 here). The dates differ and the counts may be defined differently.',
    },
  ],
  plot(data, layout) {
    const { width, lang } = layout;
    const rows = SHOWN.map(([platform, w]) => findRow(data[DATASET], { platform, what: w }));
    const key = (d: DataRow) => `${d.platform}:${d.what}`;
    const colour = (d: DataRow) => (isCalls(d) ? 'var(--chart-highlight)' : 'var(--chart-cn)');
    // What each dot counts sits on its own line(s) above the dot's rule, wrapped to the chart (measured).
    const lines = new Map(rows.map((d) => [key(d), wrapText(what(d, lang), width - 32, 12)]));
    const labelH = Math.max(...[...lines.values()].map((l) => l.length)) * 14;
    const at = scaleLog([100, 5e12], [12, width - 20]);
    // A value label goes left of its dot where it fits there on one line (measured), else right of it;
    // too long for either side (a value with its qualifier and unit), it wraps on the wider side.
    const roomLeft = (d: DataRow) => at(num(d, 'value')) - 9 - 12;
    const roomRight = (d: DataRow) => width - at(num(d, 'value')) - 9 - 4;
    const oneLine = (d: DataRow) => textWidth(value(d, lang), 12, true);
    const before = (d: DataRow) => (num(d, 'value') >= 1e8 && oneLine(d) <= roomLeft(d)) || (oneLine(d) > roomRight(d) && roomLeft(d) > roomRight(d));
    const valueLines = (d: DataRow) => wrapText(value(d, lang), before(d) ? roomLeft(d) : roomRight(d), 12, true).join('\n');
    // A value label of two lines hangs below its rule: the rows make room for it.
    const extra = rows.some((d) => valueLines(d).includes('\n')) ? 14 : 0;
    const step = labelH + 30 + extra;
    const lineDy = -step / 2 + labelH + 14;
    const xy = { x: (d: DataRow) => num(d, 'value'), y: key, dy: lineDy } as const;
    const valueText = {
      ...xy,
      dy: lineDy - 8,
      lineAnchor: 'top',
      text: (d: DataRow) => valueLines(d),
      lineHeight: 14 / 12,
      fontWeight: 700,
      fill: 'var(--chart-text)',
    } as const;
    return {
      width,
      height: 40 + 14 + rows.length * step,
      style: { fontSize: '12px' },
      marginTop: 14,
      marginLeft: 12,
      marginRight: 20,
      marginBottom: 40,
      // Six tick labels collide on a phone: every other power of ten there.
      x: {
        type: 'log',
        domain: [100, 5e12],
        ticks: width < 480 ? [1e4, 1e8, 1e12] : [100, 1e4, 1e6, 1e8, 1e10, 1e12],
        tickFormat: formatTick('count', lang),
        grid: true,
        label: null,
      },
      // A point scale with half a step at each end: every row's point is the middle of its own band.
      y: { type: 'point', domain: rows.map(key), axis: null, padding: 0.5 },
      marks: [
        Plot.ruleY(rows, { y: key, dy: lineDy, x1: 100, x2: (d: DataRow) => num(d, 'value'), stroke: 'var(--chart-grid)', strokeWidth: 1.5 }),
        Plot.text(rows, {
          x: 100,
          y: key,
          dy: lineDy - 10,
          text: (d: DataRow) => lines.get(key(d))!.join('\n'),
          textAnchor: 'start',
          lineAnchor: 'bottom',
          lineHeight: 14 / 12,
          fill: 'var(--chart-muted)',
        }),
        Plot.dot(rows, { ...xy, r: 5, fill: colour }),
        Plot.text(
          rows.filter((d) => !before(d)),
          { ...valueText, textAnchor: 'start', dx: 9 },
        ),
        Plot.text(rows.filter(before), { ...valueText, textAnchor: 'end', dx: -9 }),
        layout.interactive ? Plot.dot(rows, Plot.pointerY({ ...xy, r: 9, fill: 'none', stroke: 'var(--chart-text)' })) : null,
        chartTip(rows, xy, layout, (d) => [what(d, lang), value(d, lang), quoteLine(d, lang), label(d, 'note', lang)].filter(Boolean)),
      ],
    };
  },
};

export default spec;
