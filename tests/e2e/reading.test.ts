import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './fixtures.ts';

// The reading regressions readers reported (issue 17), checked on one load of an article,
// resizing the viewport for each width.
let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

describe.each(['zh', 'en'])('the %s article of report 001', (lang) => {
  it('has paragraph spacing, list markers, strong headings, anchors clear of the bar, nothing wider than a phone, and a report box that stacks on one', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.site.url}${lang}/reports/ai-infrastructure-2021/`);

    // The header's parts never overlap and the nav shows all its links, from a small laptop up.
    for (const width of [1024, 1280, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const header = await page.evaluate(() => {
        const boxes = ['.site-name', '.site-nav ul', '.site-search', '.site-switch'].map((sel) => {
          const el = document.querySelector(sel)!;
          const r = el.getBoundingClientRect();
          return { sel, left: r.left, right: r.right, top: r.top, bottom: r.bottom, clipped: el.scrollWidth > el.clientWidth + 1 };
        });
        const links = [...document.querySelectorAll('.site-nav a')].map((a) => a.getBoundingClientRect());
        const nav = document.querySelector('.site-nav ul')!.getBoundingClientRect();
        return { boxes, linksOutside: links.filter((l) => l.left < nav.left - 1 || l.right > nav.right + 1).length };
      });
      const overlaps = header.boxes.flatMap((a, i) =>
        header.boxes
          .slice(i + 1)
          .filter((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1)
          .map((b) => `${a.sel} × ${b.sel}`),
      );
      expect(overlaps, `header at ${width} px`).toEqual([]);
      expect(header.linksOutside, `nav links outside the nav at ${width} px`).toBe(0);
    }
    await page.setViewportSize({ width: 1280, height: 900 });

    const rhythm = await page.evaluate(() => {
      const ps = [...document.querySelectorAll('.article > p + p')];
      const gaps = ps.map((p) => p.getBoundingClientRect().top - (p.previousElementSibling as Element).getBoundingClientRect().bottom);
      const lists = [...document.querySelectorAll('.article > ul, .article > ol')].map((l) => getComputedStyle(l).listStyleType);
      const h2 = getComputedStyle(document.querySelector('.article h2')!);
      const chartTitles = [...document.querySelectorAll('.article .chart-title')].map((t) => parseFloat(getComputedStyle(t).fontSize));
      return { gaps, lists, h2Weight: Number(h2.fontWeight), h2Size: parseFloat(h2.fontSize), chartTitles };
    });
    expect(rhythm.gaps.length).toBeGreaterThan(3);
    expect(Math.min(...rhythm.gaps)).toBeGreaterThan(0);
    expect(rhythm.lists.length).toBeGreaterThan(0);
    expect(rhythm.lists.filter((type) => type === 'none')).toEqual([]);
    expect(rhythm.h2Weight).toBeGreaterThanOrEqual(600);
    expect(rhythm.chartTitles.length).toBeGreaterThan(0);
    expect(rhythm.h2Size).toBeGreaterThan(Math.max(...rhythm.chartTitles));

    // Hydrating a chart changes nothing around it: the live drawing takes the static one's box.
    await page.setViewportSize({ width: 375, height: 700 });
    const heights = () => page.$$eval('.article chart-figure', (fs) => fs.map((f) => Math.round(f.getBoundingClientRect().height)));
    const staticHeights = await heights();
    await page.$$eval('.article chart-figure', async (fs) => {
      for (const f of fs) {
        f.scrollIntoView({ behavior: 'instant' });
        await new Promise((r) => setTimeout(r, 30));
      }
    });
    await page.waitForFunction(() => [...document.querySelectorAll('.article chart-figure')].every((f) => (f as HTMLElement).dataset.hydrated === 'true'));
    expect(await heights(), 'chart heights after hydration').toEqual(staticHeights);
    await page.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));

    // On a phone, a jump to a section (from the phone contents bar) leaves its heading fully below
    // the sticky bar. Measured once the scroll has come to rest: charts hydrate and smooth
    // scrolling moves the page for a while after the click.
    await page.setViewportSize({ width: 375, height: 700 });
    await page.click('.toc-phone summary');
    const target = await page.$eval('.toc-phone nav a:nth-of-type(1)', (a) => a.getAttribute('href'));
    const links = await page.$$('.toc-phone nav li a');
    await links[Math.min(3, links.length - 1)].click();
    const jumped = await page.evaluate(async () => {
      const id = decodeURIComponent(location.hash.slice(1));
      let last = -1;
      for (let still = 0; still < 5;) {
        await new Promise((r) => setTimeout(r, 100));
        still = window.scrollY === last ? still + 1 : 0;
        last = window.scrollY;
      }
      const bar = document.querySelector('.toc-phone')!.getBoundingClientRect();
      const heading = document.getElementById(id)!.getBoundingClientRect();
      return { id, barBottom: bar.bottom, headingTop: heading.top, scrolled: window.scrollY };
    });
    expect(target, 'the phone contents bar lists sections').toMatch(/^#/);
    expect(jumped.scrolled, `the jump to #${jumped.id} scrolled the page`).toBeGreaterThan(500);
    expect(jumped.headingTop, `#${jumped.id} starts below the sticky bar`).toBeGreaterThanOrEqual(jumped.barBottom);
    expect(jumped.headingTop - jumped.barBottom, `#${jumped.id} is close under the bar, not far below it`).toBeLessThan(48);
    // At 320 px no element sticks out of the screen (except inside a container that scrolls sideways).
    await page.setViewportSize({ width: 320, height: 700 });
    const overflowing = await page.evaluate(() => {
      const scrolls = (el: Element | null): boolean => {
        for (let e = el; e && e !== document.body; e = e.parentElement)
          if (['auto', 'scroll', 'hidden', 'clip'].includes(getComputedStyle(e).overflowX)) return true;
        return false;
      };
      const width = document.documentElement.clientWidth;
      const out = [...document.querySelectorAll('body *')].filter((el) => {
        const r = el.getBoundingClientRect();
        return r.width > 0 && r.right > width + 1 && !scrolls(el.parentElement) && !el.closest('.visually-hidden, .skip-link');
      });
      return { scrollWidth: document.documentElement.scrollWidth, width, out: out.slice(0, 5).map((el) => `${el.tagName}.${el.className}`) };
    });
    expect(overflowing.out).toEqual([]);
    expect(overflowing.scrollWidth).toBeLessThanOrEqual(overflowing.width);

    // The "what this report is" box: on a phone each label sits above its value, which has the
    // box's whole width; from a laptop up, label and value share a row.
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 700 });
      const rows = await page.$$eval('.report-box > dl > dt', (dts) =>
        dts.map((dt) => {
          const list = dt.parentElement!.getBoundingClientRect();
          const [label, value] = [dt.getBoundingClientRect(), dt.nextElementSibling!.getBoundingClientRect()];
          return { label: dt.textContent!.trim(), above: label.bottom <= value.top + 1, share: value.width / list.width };
        }),
      );
      expect(rows.length).toBeGreaterThan(4);
      const wrong = width === 375 ? rows.filter((r) => !r.above || r.share < 0.95) : rows.filter((r) => r.above);
      expect(
        wrong.map((r) => r.label),
        `report box rows at ${width} px`,
      ).toEqual([]);
    }
    await page.close();
  });
});

// Prose keeps the measure wherever it sits in an article: in disclosures and notes too, not only
// at the top level (report 000 holds lists inside <details>).
describe.each(['zh', 'en'])('the %s article of report 000', (lang) => {
  it('sets no line of prose wider than the reading measure at 1280 px', async () => {
    const page = await session.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${session.site.url}${lang}/reports/ai-infrastructure-strategy-2020/`);
    const wide = await page.evaluate(() => {
      const probe = document.createElement('p');
      document.querySelector('.article')!.append(probe);
      // The measure is in em: larger type (the dek) may run wider in pixels, not in characters.
      const measure = parseFloat(getComputedStyle(probe).maxWidth) / parseFloat(getComputedStyle(probe).fontSize);
      probe.remove();
      document.querySelectorAll('.article details').forEach((d) => ((d as HTMLDetailsElement).open = true));
      const prose = [...document.querySelectorAll('.article :is(p, li)')].filter(
        (el) => !el.closest('figure, table, .key-figures-block, .report-box, nav, .pop, .cite-this, .section-tools'),
      );
      const tooWide = (el: Element) => el.getBoundingClientRect().width > measure * parseFloat(getComputedStyle(el).fontSize) + 1;
      return { measure: measure * 16, count: prose.length, wide: prose.filter(tooWide).map((el) => el.textContent!.slice(0, 30)) };
    });
    expect(wide.measure).toBeGreaterThan(400);
    expect(wide.count).toBeGreaterThan(20);
    expect(wide.wide).toEqual([]);
    await page.close();
  });
});

// Pages of running text outside the articles keep the same paragraph rhythm.
describe('the method page', () => {
  it.each(['en/about/', 'zh/about/'])('/%s sets consecutive paragraphs apart', async (path) => {
    const page = await session.browser.newPage({ viewport: { width: 375, height: 800 } });
    await page.goto(`${session.site.url}${path}`);
    const gaps = await page.$$eval('.prose-width > p + p', (ps) =>
      ps.map((p) => Math.round(p.getBoundingClientRect().top - p.previousElementSibling!.getBoundingClientRect().bottom)),
    );
    expect(gaps.length).toBeGreaterThan(0);
    expect(gaps.filter((gap) => gap < 8)).toEqual([]);
    await page.close();
  });
});
