import * as Plot from '@observablehq/plot';
import type { PlotOptions } from '@observablehq/plot';
import type { Lang } from '../../format/number.ts';
import { textWidth } from './text-width.ts';
import { fittedTip } from './tip.ts';
import { wrapText } from './wrap-text.ts';

/**
 * Diagrams of text in boxes (layers, tiers, comparison grids) drawn with Plot,
 * so they are one accessible SVG that embeds and downloads like any chart.
 * Geometry is in pixels: x runs 0…width left to right, y 0…height top to bottom.
 */
export interface Box {
  x1: number;
  x2: number;
  y1: number;
  y2: number;
  /** Bold first line(s); wrapped to the box. */
  title: string;
  /** Smaller text under the title; wrapped to the box. */
  body?: string;
  /** A CSS colour variable for the border and the tint. */
  colour: string;
  /** Tint strength, 0…1. */
  tint?: number;
  /** Italic, dashed: for cells the report leaves empty. */
  faint?: boolean;
  /** Regular weight and a smaller size for the title (grid cells). */
  plain?: boolean;
  /** Centre the text instead of starting top-left. */
  centred?: boolean;
  /** Tooltip text (interactive charts only). */
  tip?: string;
}

export interface Label {
  x: number;
  y: number;
  text: string;
  colour?: string;
}

const PAD = 7;
const TITLE = 13;
const BODY = 11.5;
const CELL = 12;

/** The title's size: the house size, or smaller when its longest word (measured) would not fit the box. */
function titleSize(b: Box): number {
  const size = b.plain ? CELL : TITLE;
  const bold = !(b.faint || b.plain);
  const widest = Math.max(...b.title.split(/\s+/).map((w) => textWidth(w, size, bold)));
  const room = b.x2 - b.x1 - 2 * PAD;
  return widest > room ? Math.max(9, Math.floor((size * room * 10) / widest) / 10) : size;
}

/** The title's lines as drawn (exported so a layout can make its boxes tall enough). */
export function titleLines(b: Box): string[] {
  return wrapText(b.title, b.x2 - b.x1 - 2 * PAD, titleSize(b), !(b.faint || b.plain));
}

/** Plot options for boxes and free labels on a pixel canvas of width × height. */
export function boxDiagram(boxes: Box[], labels: Label[], layout: { width: number; height: number; lang: Lang; interactive: boolean }): PlotOptions {
  const { width, height, lang, interactive } = layout;
  const x = (b: Box) => (b.centred ? (b.x1 + b.x2) / 2 : b.x1 + PAD);
  const anchor = (b: Box) => (b.centred ? 'middle' : 'start');
  const titleY = (b: Box) => (b.centred && !b.body ? (b.y1 + b.y2) / 2 : b.y1 + PAD);
  const bodyY = (b: Box) => b.y1 + PAD + titleLines(b).length * titleSize(b) * 1.15 + 3;
  return {
    width,
    height,
    style: { fontSize: '12px' },
    margin: 0,
    x: { domain: [0, width], axis: null },
    // The live chart may be drawn at the static SVG's on-screen height, a little off the layout's own:
    // the y domain is the layout's extent, so the boxes stretch or shrink to fit rather than clip.
    y: { domain: [0, Math.max(...boxes.map((b) => b.y2)) + 1], reverse: true, axis: null },
    marks: [
      Plot.rect(boxes, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: (b: Box) => b.colour, fillOpacity: (b: Box) => b.tint ?? 0.12, rx: 4 }),
      ...[false, true].map((faint) =>
        Plot.rect(
          boxes.filter((b) => Boolean(b.faint) === faint),
          {
            x1: 'x1',
            x2: 'x2',
            y1: 'y1',
            y2: 'y2',
            fill: 'none',
            stroke: (b: Box) => b.colour,
            strokeDasharray: faint ? '3,3' : undefined,
            strokeOpacity: 0.7,
            rx: 4,
          },
        ),
      ),
      ...boxes.map((b) =>
        Plot.text([b], {
          x,
          y: titleY,
          text: (d: Box) => titleLines(d).join('\n'),
          textAnchor: anchor(b),
          lineAnchor: b.centred && !b.body ? 'middle' : 'top',
          fontSize: titleSize(b),
          lineHeight: 1.15,
          fontWeight: b.faint || b.plain ? 400 : 700,
          fontStyle: b.faint ? 'italic' : undefined,
          fill: b.faint ? 'var(--chart-muted)' : 'var(--chart-text)',
        }),
      ),
      Plot.text(
        boxes.filter((b) => b.body),
        {
          x,
          y: bodyY,
          text: (b: Box) => wrapText(b.body!, b.x2 - b.x1 - 2 * PAD, BODY).join('\n'),
          textAnchor: 'start',
          lineAnchor: 'top',
          lineHeight: 1.2,
          fontSize: BODY,
          fill: 'var(--chart-text)',
        },
      ),
      Plot.text(labels, {
        x: 'x',
        y: 'y',
        text: 'text',
        textAnchor: 'start',
        lineAnchor: 'bottom',
        lineHeight: 14 / 12,
        fontWeight: 700,
        fill: (l: Label) => l.colour ?? 'var(--chart-text)',
      }),
      interactive
        ? Plot.rect(
            anchors(boxes),
            Plot.pointer({ px: 'ax', py: 'ay', x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'none', stroke: 'var(--chart-text)', strokeWidth: 2, rx: 4 }),
          )
        : null,
      interactive
        ? fittedTip(
            { width, height, lang },
            anchors(boxes.filter((b) => b.tip)),
            Plot.pointer({ px: 'ax', py: 'ay', x: (b: Box) => (b.x1 + b.x2) / 2, y: (b: Box) => (b.y1 + b.y2) / 2, title: (b: Box) => b.tip }),
          )
        : null,
    ],
  };
}

/**
 * Pointer targets spread over each box: Plot's pointer picks the nearest point,
 * so a grid of points makes a box respond anywhere inside it, not only near its centre.
 */
function anchors(boxes: Box[], step = 14): (Box & { ax: number; ay: number })[] {
  return boxes.flatMap((b) => {
    const xs = Array.from({ length: Math.max(1, Math.floor((b.x2 - b.x1) / step)) }, (_, i) => b.x1 + step / 2 + i * step);
    const ys = Array.from({ length: Math.max(1, Math.floor((b.y2 - b.y1) / step)) }, (_, i) => b.y1 + step / 2 + i * step);
    return xs.flatMap((ax) => ys.map((ay) => ({ ...b, ax, ay })));
  });
}

/** Splits [x1, x2] into n equal columns with a gap between them. */
export function columns(x1: number, x2: number, n: number, gap = 6): [number, number][] {
  const w = (x2 - x1 - gap * (n - 1)) / n;
  return Array.from({ length: n }, (_, i) => [x1 + i * (w + gap), x1 + i * (w + gap) + w]);
}
