import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readCrossReportMeasures } from '../../src/data/cross-report.ts';
import { readTimelineEvents } from '../../src/data/events.ts';
import { openSession, type Session } from './fixtures.ts';

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

const phone = { viewport: { width: 375, height: 800 } };

describe('a reader of the timeline', () => {
  it('filters it by country, sees how many events are left, and can link the filtered list', async () => {
    const page = await session.browser.newPage(phone);
    await page.goto(`${session.site.url}en/timeline/`);
    const events = readTimelineEvents();
    const usa = events.filter((e) => e.country === 'usa').length;
    await page.selectOption('select[name="country"]', 'usa');
    await expect(page.locator('[data-filter-item]:visible').count()).resolves.toBe(usa);
    await expect(page.locator('[data-filter-status]').textContent()).resolves.toBe(`Showing ${usa} of ${events.length} events`);
    expect(new URL(page.url()).searchParams.get('country')).toBe('usa');
    // A year with no US event left is hidden with its heading.
    const years = new Set(events.filter((e) => e.country === 'usa').map((e) => e.date.slice(0, 4)));
    await expect(page.locator('.timeline-year:visible').count()).resolves.toBe(years.size);
    await page.close();
  });

  it('opens a shared link with its filters applied, ignoring values the filters do not offer', async () => {
    const page = await session.browser.newPage(phone);
    await page.goto(`${session.site.url}zh/timeline/?type=pilot-zone&country=%3Cimg%20src%3Dx%3E`);
    const pilotZones = readTimelineEvents().filter((e) => e.type === 'pilot-zone').length;
    await expect(page.locator('[data-filter-item]:visible').count()).resolves.toBe(pilotZones);
    await expect(page.locator('select[name="country"]').inputValue()).resolves.toBe('');
    await expect(page.locator('img').count()).resolves.toBe(0);
    await page.close();
  });

  it('goes from an event to the section of the article that mentions it', async () => {
    const page = await session.browser.newPage(phone);
    await page.goto(`${session.site.url}en/timeline/`);
    const link = page.locator('[data-filter-item] .timeline-source a').first();
    const href = (await link.getAttribute('href'))!;
    await link.click();
    await page.waitForURL(`**${href}`);
    const id = new URL(page.url()).hash.slice(1);
    if (id) await expect(page.locator(`[id="${id}"]`).count()).resolves.toBe(1);
    await page.close();
  });
});

describe('a first-time reader of the front page', () => {
  it.each(['zh', 'en'])('in %s sees the five reports, each with a key figure, and reaches one in a tap', async (lang) => {
    const page = await session.browser.newPage(phone);
    await page.goto(`${session.site.url}${lang}/`);
    await expect(page.locator('.report-card').count()).resolves.toBe(5);
    await expect(page.locator('.report-card .report-card-figure .value').count()).resolves.toBe(5);
    await expect(page.locator('figure.chart').count()).resolves.toBeGreaterThanOrEqual(4);
    await page.locator('.report-card a').first().click();
    await page.waitForURL(/\/reports\/[a-z0-9-]+\/$/);
    await expect(page.locator('article h1').count()).resolves.toBe(1);
    await page.close();
  });
});

describe('a reader comparing figures across reports', () => {
  it('sees each statement next to its report and goes on to the report’s section', async () => {
    const page = await session.browser.newPage(phone);
    await page.goto(`${session.site.url}en/compare/`);
    const measure = readCrossReportMeasures()[0];
    const statements = page.locator(`section#${measure.id} li.statement`);
    await expect(statements.count()).resolves.toBe(measure.points.length);
    const chart = page.locator(`section#${measure.id} svg[role="img"]:visible`);
    await expect(chart.count()).resolves.toBe(1);
    await statements.first().locator('.statement-who a').click();
    await page.waitForURL(`**/reports/${measure.points[0].source.id}/**`);
    await page.close();
  });
});
