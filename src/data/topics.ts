import { charts } from '../charts/registry.ts';
import type { Lang } from '../format/number.ts';
import type { TOPICS } from '../schemas/dataset.ts';
import { readArticles, type Article } from './articles.ts';
import { readAllDatasets, readDataset } from './catalog.ts';
import { readCrossReportMeasures, type CrossReportMeasure } from './cross-report.ts';
import type { Section } from './sections.ts';

export type Topic = (typeof TOPICS)[number];

export interface TopicSection {
  section: Section;
  /** Charts of this topic drawn in the section. */
  charts: string[];
}

export interface TopicReport {
  article: Article;
  /** The article as a whole is tagged with the topic (frontmatter). */
  tagged: boolean;
  sections: TopicSection[];
}

export interface TopicIndex {
  reports: TopicReport[];
  measures: CrossReportMeasure[];
}

/** A chart belongs to the topics its spec names, else to those of its main (first) dataset: the others are context. */
export function chartTopics(id: string): readonly Topic[] {
  const spec = charts.get(id)!;
  return spec.topics ?? readDataset(spec.datasets[0]).meta.tags;
}

/** Section ids of a report that discuss the topic: datasets' anchors and charts' sections. */
function topicAnchors(report: string, topic: Topic): { anchors: Set<string>; chartsBySection: Map<string, string[]> } {
  const anchors = new Set<string>();
  for (const { meta } of readAllDatasets().values()) if (meta.report === report && meta.anchor && meta.tags.includes(topic)) anchors.add(meta.anchor);
  const chartsBySection = new Map<string, string[]>();
  for (const [id, spec] of charts) {
    if (readDataset(spec.datasets[0]).meta.report !== report || !chartTopics(id).includes(topic)) continue;
    anchors.add(spec.anchor);
    chartsBySection.set(spec.anchor, [...(chartsBySection.get(spec.anchor) ?? []), id]);
  }
  return { anchors, chartsBySection };
}

/**
 * Everything the site has on one topic, across reports: the sections (in article order) whose
 * datasets or charts carry the topic tag, the charts drawn in them, and the figures the compare
 * page follows. Made from the tags in the data and the articles' frontmatter, not written twice.
 */
export async function readTopic(topic: Topic, lang: Lang): Promise<TopicIndex> {
  const reports: TopicReport[] = [];
  for (const article of await readArticles(lang)) {
    const { anchors, chartsBySection } = topicAnchors(article.data.report, topic);
    const sections = article.sections.filter((s) => anchors.has(s.id)).map((section) => ({ section, charts: chartsBySection.get(section.id) ?? [] }));
    const tagged = article.data.tags.includes(topic);
    if (tagged || sections.length > 0) reports.push({ article, tagged, sections });
  }
  return { reports, measures: readCrossReportMeasures().filter((m) => m.topic === topic) };
}
