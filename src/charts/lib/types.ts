import type { PlotOptions } from '@observablehq/plot';
import type { Bilingual, TOPICS } from '../../schemas/dataset.ts';
import type { DataRow } from '../../data/read-dataset.ts';
import type { Lang } from '../../format/number.ts';

/** Rows of every dataset a chart uses, keyed by dataset id. */
export type ChartData = Record<string, DataRow[]>;

export interface ChartLayout {
  width: number;
  height: number;
  lang: Lang;
  /** A server DOM at build time; the page's document in the browser. */
  document?: Document;
  /** True in the browser: add tips and pointer interaction (they need getBBox). */
  interactive: boolean;
}

/** What the reader reads about a chart; numbers in it come from the data. */
export interface ChartText {
  /** States the finding, not the topic. */
  title: string;
  /** What is measured, the unit and the period. */
  subtitle: string;
  /** The takeaway and key values in one or two sentences. */
  alt: string;
}

/**
 * One chart, one spec: the build-time SVG, the hydrated chart, the embed, the
 * chart page and the downloads all come from here. A pure function of data
 * and layout: no fetch, no globals, no clock.
 */
export interface ChartSpec {
  id: string;
  /** Dataset ids; the first one is the chart's main source. */
  datasets: [string, ...string[]];
  /** Article section id (in the main dataset's report) the chart belongs to. */
  anchor: string;
  /** Height for a given width; the static SVG is drawn at 360 and 720 px. */
  height: (width: number) => number;
  text: (data: ChartData, lang: Lang) => ChartText;
  /** Topic pages the chart belongs to, where its main dataset's tags are too broad (a report's
   * catch-all key-figures dataset); otherwise the main dataset's tags. */
  topics?: (typeof TOPICS)[number][];
  /** The chart's own caveats, shown under it wherever it appears. */
  notes?: Bilingual[];
  plot: (data: ChartData, layout: ChartLayout) => PlotOptions;
}
