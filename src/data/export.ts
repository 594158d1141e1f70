import { csvFormat } from 'd3-dsv';
import type { Dataset } from './read-dataset.ts';
import { bookTitle, readSource, type Source } from './sources.ts';

/** Who to credit when the data is reused: the report's publisher first, then us. */
export function attributionOf(source: Source): string {
  return `${source.attribution.zh} / ${source.attribution.en}. Compiled by 读懂中国AI基础设施 (China's AI Infrastructure, Explained); figures and quotes © their publishers.`;
}

/**
 * The dataset as a CSV that stands alone: every data column, the unit of each
 * number column, the report's hedge, the verbatim quote and our English of it, notes, and the source
 * and attribution on every row (a CSV has no place for a header note).
 */
export function datasetCsv({ meta, rows }: Dataset): string {
  const source = readSource(meta.report)!;
  const columns = Object.entries(meta.columns);
  const out = rows.map((row) => {
    const record: Record<string, string> = {};
    for (const [name, def] of columns) {
      record[name] = row[name] === null || row[name] === undefined ? '' : String(row[name]);
      if (def.type === 'number' && def.unit) record[`${name}_unit`] = String(def.unit === 'row' ? row.unit : def.unit);
    }
    Object.assign(record, {
      qualifier: row.qualifier.join('+'),
      quote: row.quote,
      quote_en: row.quote_en,
      translation_note: row.translation_note ?? '',
      note_zh: row.note_zh ?? '',
      note_en: row.note_en ?? '',
      source_zh: `${source.publisherShort.zh}${bookTitle(source)}${meta.section.zh}`,
      source_en: `${source.publisherShort.en}, ${bookTitle(source, 'en')}, ${meta.section.en}`,
      attribution: attributionOf(source),
    });
    return record;
  });
  return csvFormat(out);
}

/** The dataset as one JSON document: metadata, the source report's citation, attribution, rows. */
export function datasetJson({ meta, rows }: Dataset): string {
  const { file: _file, copyright: _copyright, ...source } = readSource(meta.report)!;
  return JSON.stringify({ ...meta, source, attribution: attributionOf(readSource(meta.report)!), rows }, null, 2);
}
