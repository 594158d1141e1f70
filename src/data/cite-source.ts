import type { CitedReport } from '../format/citation.ts';
import type { Source } from './sources.ts';

/**
 * The manifest names an unsigned source's publisher "Unknown author (…)" so
 * that report boxes can say so; a citation must instead cite it by title.
 */
export function citedReport(source: Source): CitedReport {
  const unsigned = /unknown author|author unknown/i.test(`${source.publisher.en} ${source.publisherShort.en}`);
  return {
    title: source.title,
    publisher: unsigned ? null : source.publisher,
    date: source.date,
    type: source.type,
    titleSupplied: source.titleSupplied,
    dateInferred: source.dateInferred,
  };
}
