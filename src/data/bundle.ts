import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir } from './paths.ts';
import { readAllDatasets } from './catalog.ts';
import { crossReportFile } from './cross-report.ts';
import { datasetCsv, datasetJson } from './export.ts';
import { readSources } from './sources.ts';
import { zip } from './zip.ts';
import { buildDataPackage } from './datapackage.ts';
import { t } from '../i18n/index.ts';
import { langHref, routes } from '../i18n/routes.ts';
import { PLACEHOLDER_SITE } from '../integrations/site-url.ts';

export const BUNDLE_NAME = 'ai-infra-datasets.zip';

/** The README at the top of the archive: what is inside, what each column means, who to credit. */
export function bundleReadme(): string {
  const datasets = [...readAllDatasets().values()];
  const sources = Object.values(readSources());
  const lines = [
    "# 读懂中国AI基础设施 · China's AI Infrastructure, Explained — all datasets",
    '',
    'Every figure on the site, one CSV and one JSON file per dataset, grouped by the report it comes from.',
    '本站全部数据：每个数据集一个 CSV 文件和一个 JSON 文件，按出处报告分文件夹。',
    '',
    '## Columns / 列',
    '',
    '- Data columns as described in each JSON file (`columns`); a number column `x` has its unit in `x_unit`.',
    "- `qualifier`: the report's hedge (approx, more-than, nearly, forecast …, joined with +). 报告的限定词。",
    '- `quote`: the words of the report that state the figure, verbatim. 报告原文。',
    '- `quote_en`, `translation_note`: our English translation of the quote (faithful, hedges kept) and, where a term is ambiguous, a note on it. 本站的英译及译注。',
    '- `note_zh`, `note_en`: our note (a garbled table, an inference, a disagreement with another report). 我们的说明。',
    '- `source_zh`, `source_en`, `attribution`: the report and section, and who to credit. 出处与署名。',
    '- `cross-report-measures.json`: rows of different reports that state the same measure. 跨报告的同一指标。',
    '- `code-labels.json`: the Chinese and English names of category codes (cn, foreign, built …). 分类代码的中英文名称。',
    '- `datapackage.json`: a Frictionless Data Package describing every CSV (field types, units, sources, licence); `frictionless validate datapackage.json`, or load it with pandas, R or any Frictionless tool. 机器可读的数据包说明。',
    '',
    '## Reports and rights / 报告与版权',
    '',
    ...sources.flatMap((s) => [`- ${s.title.zh} / ${s.title.en} — ${s.publisher.en}, ${s.date ?? 'undated'}.`, `  ${s.attribution.zh} / ${s.attribution.en}. ${s.copyright}`]),
    '',
    '## Reuse / 使用',
    '',
    // The same words as the about and data pages (src/i18n), so the terms cannot drift apart.
    t('en', 'reuse.terms'),
    t('zh', 'reuse.terms'),
    '',
    `## Files (${datasets.length} datasets) / 文件`,
    '',
    ...datasets.map(({ meta, rows }) => `- ${meta.report}/${meta.id}.csv, .json — ${meta.title.en} / ${meta.title.zh} (${rows.length} rows)`),
    '',
  ];
  return lines.join('\n');
}

/** datapackage.json for the archive's layout: <report>/<dataset>.csv. */
export function bundleDataPackage(): string {
  const site = import.meta.env?.SITE ?? PLACEHOLDER_SITE;
  const abs = (path: string) => new URL(path, site).href;
  const descriptor = buildDataPackage({
    pathOf: (ds) => `${ds.meta.report}/${ds.meta.id}.csv`,
    reportUrl: (report) => abs(routes.report('en', report)),
    homepage: abs(langHref('en', 'data/')),
  });
  return JSON.stringify(descriptor, null, 2);
}

let cache: Buffer | undefined;

/** Every dataset as CSV and JSON, the cross-report mapping and a README, in one archive. */
export function buildDataBundle(): Buffer {
  if (cache) return cache;
  const files = [...readAllDatasets().values()].flatMap((ds) => [
    { name: `${ds.meta.report}/${ds.meta.id}.csv`, data: Buffer.from(`\uFEFF${datasetCsv(ds)}\n`, 'utf8') },
    { name: `${ds.meta.report}/${ds.meta.id}.json`, data: Buffer.from(datasetJson(ds), 'utf8') },
  ]);
  cache = zip([
    { name: 'README.md', data: Buffer.from(bundleReadme(), 'utf8') },
    { name: 'datapackage.json', data: Buffer.from(bundleDataPackage(), 'utf8') },
    { name: 'cross-report-measures.json', data: readFileSync(crossReportFile()) },
    { name: 'code-labels.json', data: readFileSync(join(dataDir(), 'code-labels.json')) },
    ...files,
  ]);
  return cache;
}
