import { describe, expect, it } from 'vitest';
import { citedReport } from '../../src/data/cite-source.ts';
import { readSources } from '../../src/data/sources.ts';
import { CITE_STYLES, formatCitation, isoDay, type CitedPage } from '../../src/format/citation.ts';

const sources = readSources();
const caict = citedReport(sources['ai-infrastructure-2021']);
const proposal = citedReport(sources['strategic-push-for-ai']);
const feature = citedReport(sources['ai-cities-2023']);
const section: CitedPage = {
  lang: 'en',
  siteName: "China's AI Infrastructure, Explained",
  title: 'Computing power',
  container: 'How AI computing took over',
  url: 'https://example.org/en/reports/ai-infrastructure-2021/#computing-power',
};

describe('formatCitation', () => {
  it.each(CITE_STYLES)('names our page and the report with its publisher and date in %s', (style) => {
    const text = formatCitation(style, section, caict);
    expect(text).toContain(section.url);
    expect(text).toContain('Computing power');
    expect(text).toContain('China Academy of Information and Communications Technology (CAICT)');
    expect(text).toContain('人工智能基础设施发展态势报告（2021年）');
    expect(text).toMatch(/2022/);
  });

  it('writes GB/T 7714 with document type codes and the Chinese titles on a Chinese page', () => {
    const text = formatCitation('gbt7714', { ...section, lang: 'zh', siteName: '读懂中国AI基础设施', title: '算力', container: '文章' }, caict);
    expect(text).toBe(
      '读懂中国AI基础设施. 算力[EB/OL]//文章. https://example.org/en/reports/ai-infrastructure-2021/#computing-power. 原报告：中国信息通信研究院政策与经济研究所、产业与规划研究所，人工智能与经济社会研究中心. 人工智能基础设施发展态势报告（2021年）[R]. 2022-01.',
    );
  });

  it('dates the report in each style’s own way', () => {
    expect(formatCitation('apa', section, caict)).toContain('(2022, January)');
    expect(formatCitation('mla', section, caict)).toMatch(/Jan\. 2022\.$/);
  });

  it('cites the unsigned, undated proposal by its title, as anonymous and undated', () => {
    expect(formatCitation('gbt7714', { ...section, lang: 'zh' }, proposal)).toContain('原报告：佚名. 从战略高度推动发展人工智能技术[Z]. [出版日期不详].');
    expect(formatCitation('apa', section, proposal)).toMatch(/Original report: 从战略高度推动发展人工智能技术 \[Push AI Technology .*\]\. \(n\.d\.\)\.$/);
    const mla = formatCitation('mla', section, proposal);
    expect(mla).toMatch(/Original report: 从战略高度推动发展人工智能技术 \[[^\]]+\]\.$/);
    expect(mla).not.toMatch(/unknown/i);
  });

  // The 2023 newspaper feature has no title and no date: ours are bracketed and said to be ours.
  it('brackets a title we supplied and a date we inferred, and says so, in every style', () => {
    const zh = { ...section, lang: 'zh' as const };
    expect(formatCitation('gbt7714', zh, feature)).toContain(
      '. [哪些城市进入人工智能发展第一梯队？（新京报新京智库，经中国网转载）][N]. [2023-07]. 原文无标题，题名为本站所拟；出版日期为推断。',
    );
    expect(formatCitation('gbt7714', section, feature)).toMatch(
      /\. \[哪些城市进入人工智能发展第一梯队？.*\]\[N\]\. \[2023-07\]\. Untitled: the title is ours; date inferred\.$/,
    );
    expect(formatCitation('apa', section, feature)).toMatch(
      /\(2023, July, date inferred\)\. \[哪些城市进入人工智能发展第一梯队？.* \[Which Chinese cities lead in AI\?.*\]; untitled, title ours\]\.$/,
    );
    expect(formatCitation('mla', section, feature)).toMatch(/\[哪些城市进入人工智能发展第一梯队？.*; untitled, title ours\]\. July 2023 \(date inferred\)\.$/);
    for (const style of CITE_STYLES) expect(formatCitation(style, section, caict)).not.toMatch(/inferred|ours|本站所拟/);
  });

  it('adds the day the reader accessed the page', () => {
    const page = { ...section, accessed: '2025-09-03' };
    expect(formatCitation('gbt7714', page, caict)).toContain('[EB/OL]//How AI computing took over. [2025-09-03]. https://');
    expect(formatCitation('apa', page, caict)).toContain('Retrieved September 3, 2025, from https://');
    expect(formatCitation('mla', page, caict)).toContain('Accessed 3 Sept. 2025.');
  });

  it('dates our page by the day the explainer was published, in each style', () => {
    const page = { ...section, published: '2026-12-01' };
    expect(formatCitation('gbt7714', page, caict)).toContain('[EB/OL]//How AI computing took over. (2026-12-01). https://');
    expect(formatCitation('gbt7714', { ...page, accessed: '2026-12-05' }, caict)).toContain('took over. (2026-12-01)[2026-12-05]. https://');
    expect(formatCitation('apa', page, caict)).toMatch(/^China's AI Infrastructure, Explained\. \(2026, December 1\)\. Computing power\./);
    expect(formatCitation('mla', page, caict)).toContain("China's AI Infrastructure, Explained, 1 Dec. 2026, https://");
    // Undated pages stay undated rather than borrowing the report's date.
    expect(formatCitation('apa', section, caict)).toContain('Explained. (n.d.). Computing power.');
  });

  it('cites a whole article without a container', () => {
    const text = formatCitation('mla', { ...section, container: undefined, title: 'Article' }, caict);
    expect(text.startsWith(`“Article.” China's AI Infrastructure, Explained, https://`)).toBe(true);
  });
});

describe('isoDay', () => {
  it('writes a local date as YYYY-MM-DD', () => {
    expect(isoDay(new Date(2025, 0, 5))).toBe('2025-01-05');
  });
});
