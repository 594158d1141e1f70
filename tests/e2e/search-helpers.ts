import type { Page } from 'playwright-core';

export interface ShownResult {
  href: string;
  title: string;
  tier: number;
}

/**
 * Opens /{lang}/search/?q=… and waits until every step of the search has rendered; with
 * `askOther`, then asks for the other language's pages the way a reader does, by the button.
 */
export async function searchFor(
  page: Page,
  siteUrl: string,
  lang: string,
  query: string,
  params = '',
  askOther = false,
): Promise<{ own: ShownResult[]; other: ShownResult[]; status: string }> {
  await page.goto(`${siteUrl}${lang}/search/?q=${encodeURIComponent(query)}${params}`);
  await page.waitForFunction((q) => document.documentElement.dataset.searchDone === q, query, { timeout: 20_000 });
  if (askOther && (await page.locator('#search-other-button').isVisible())) {
    await page.locator('#search-other-button').click();
    await page.waitForFunction((q) => document.documentElement.dataset.searchOtherDone === q, query, { timeout: 20_000 });
  }
  const read = (selector: string) =>
    page.locator(selector).evaluateAll((items) =>
      items.map((li) => ({
        href: li.querySelector('.search-result-title a')!.getAttribute('href')!,
        title: li.querySelector('.search-result-title')!.textContent!.trim(),
        tier: Number((li as HTMLElement).dataset.tier),
      })),
    );
  return { own: await read('#search-results > li'), other: await read('#search-other li'), status: (await page.locator('#search-status').textContent()) ?? '' };
}

/** The path of a result link without the highlight parameters: "/zh/data/x/#section". */
export function pathOf(href: string): string {
  const url = new URL(href, 'http://x');
  return url.pathname + url.hash;
}
