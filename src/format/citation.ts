import type { Lang } from './number.ts';

export const CITE_STYLES = ['gbt7714', 'apa', 'mla'] as const;
export type CiteStyle = (typeof CITE_STYLES)[number];

/** The page on this site being cited: an article, or a section or chart inside one. */
export interface CitedPage {
  lang: Lang;
  siteName: string;
  /** The section or chart title; the article title when the whole article is cited. */
  title: string;
  /** The article that holds the section or chart; absent when citing the article itself. */
  container?: string;
  url: string;
  /** YYYY-MM-DD: the day the explainer went out; absent for pages with no publication date. */
  published?: string;
  /** YYYY-MM-DD; filled in the browser with the day the reader copies the citation. */
  accessed?: string;
}

/** The original report, from data/sources/manifest.json. */
export interface CitedReport {
  title: { zh: string; en: string };
  /** null when the report is unsigned (the reposted policy proposal). */
  publisher: { zh: string; en: string } | null;
  /** YYYY or YYYY-MM, or null when undated. */
  date: string | null;
  type: 'report' | 'white-paper' | 'policy-proposal' | 'news-analysis';
  /** The report has no title: `title` is our description, cited in square brackets. */
  titleSupplied?: boolean;
  /** The date is our inference from the text: bracketed in GB/T 7714, said in words in APA and MLA. */
  dateInferred?: boolean;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** MLA abbreviates months longer than four letters. */
const mlaMonth = (m: number) => (MONTHS[m - 1].length > 4 ? `${MONTHS[m - 1].slice(0, m === 9 ? 4 : 3)}.` : MONTHS[m - 1]);
/** GB/T 7714 document type codes: 报告 R, 报纸 N, 其他 Z. */
const GBT_TYPE = { report: 'R', 'white-paper': 'R', 'policy-proposal': 'Z', 'news-analysis': 'N' } as const;

function parts(date: string): [number, number | undefined, number | undefined] {
  const [y, m, d] = date.split('-').map(Number);
  return [y, m, d];
}

/**
 * A title in its original Chinese with an English rendering, as APA and MLA cite foreign-language
 * works; a title we supplied goes in square brackets, as APA describes an untitled work.
 */
function bothTitles(report: CitedReport): string {
  const both = `${report.title.zh} [${report.title.en}]`;
  return report.titleSupplied ? `[${both}; untitled, title ours]` : both;
}

/** What GB/T 7714's brackets mean here, said once at the end. */
function gbtCaveat(report: CitedReport, zh: boolean): string {
  const said = [
    report.titleSupplied && (zh ? '原文无标题，题名为本站所拟' : 'Untitled: the title is ours'),
    report.dateInferred && (zh ? '出版日期为推断' : 'date inferred'),
  ].filter(Boolean);
  return said.length ? ` ${said.join(zh ? '；' : '; ')}${zh ? '。' : '.'}` : '';
}

function gbt(page: CitedPage, report: CitedReport): string {
  const zh = page.lang === 'zh';
  const part = page.container ? `${page.title}[EB/OL]//${page.container}` : `${page.title}[EB/OL]`;
  // GB/T 7714 electronic resources: (publication or update date)[date cited].
  const dates = `${page.published ? ` (${page.published})` : ''}${page.accessed ? `${page.published ? '' : ' '}[${page.accessed}]` : ''}`;
  const author = report.publisher?.[page.lang] ?? (zh ? '佚名' : 'Anon');
  // GB/T 7714 puts an estimated year, and any element the cataloguer supplies, in square brackets.
  const date = report.date ? (report.dateInferred ? `[${report.date}]` : report.date) : zh ? '[出版日期不详]' : '[date unknown]';
  const title = zh ? report.title.zh : `${report.title.zh} [${report.title.en}]`;
  const cited = report.titleSupplied ? `[${title}]` : title;
  return `${page.siteName}. ${part}.${dates ? `${dates}.` : ''} ${page.url}. ${zh ? '原报告：' : 'Original report: '}${author}. ${cited}[${GBT_TYPE[report.type]}]. ${date}.${gbtCaveat(report, zh)}`;
}

function apaDate(date: string | null, inferred = false): string {
  if (!date) return 'n.d.';
  const [y, m] = parts(date);
  return `${m ? `${y}, ${MONTHS[m - 1]}` : y}${inferred ? ', date inferred' : ''}`;
}

function apa(page: CitedPage, report: CitedReport): string {
  const inPart = page.container ? ` In ${page.container}.` : '';
  const where = page.accessed ? `Retrieved ${longDate(page.accessed)}, from ${page.url}` : page.url;
  const original = report.publisher
    ? `${report.publisher[page.lang]}. (${apaDate(report.date, report.dateInferred)}). ${bothTitles(report)}.`
    : `${bothTitles(report)}. (${apaDate(report.date)}).`;
  const published = page.published ? `${parts(page.published)[0]}, ${longDate(page.published).replace(/, \d+$/, '')}` : 'n.d.';
  return `${page.siteName}. (${published}). ${page.title}.${inPart} ${where} Original report: ${original}`;
}

function longDate(date: string): string {
  const [y, m, d] = parts(date);
  return `${MONTHS[(m ?? 1) - 1]} ${d ?? 1}, ${y}`;
}

function mlaDate(date: string): string {
  const [y, m, d] = parts(date);
  return [d, m ? mlaMonth(m) : undefined, y].filter((x) => x !== undefined).join(' ');
}

function mla(page: CitedPage, report: CitedReport): string {
  const container = page.container ? ` ${page.container},` : '';
  const accessed = page.accessed ? ` Accessed ${mlaDate(page.accessed)}.` : '';
  const author = report.publisher ? `${report.publisher[page.lang]}. ` : '';
  const date = report.date ? ` ${mlaDate(report.date)}${report.dateInferred ? ' (date inferred)' : ''}.` : '';
  const published = page.published ? ` ${mlaDate(page.published)},` : '';
  return `“${page.title}.”${container} ${page.siteName},${published} ${page.url}.${accessed} Original report: ${author}${bothTitles(report)}.${date}`;
}

/**
 * A citation of a page of this site that also names the report it explains,
 * in GB/T 7714-2015, APA 7 or MLA 9. An unsigned report is cited by title
 * (佚名 / Anon in GB/T 7714), an undated one as n.d. or with no date.
 */
export function formatCitation(style: CiteStyle, page: CitedPage, report: CitedReport): string {
  if (style === 'gbt7714') return gbt(page, report);
  return style === 'apa' ? apa(page, report) : mla(page, report);
}

/** Today as YYYY-MM-DD in the reader's time zone, for "accessed" dates. */
export function isoDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
