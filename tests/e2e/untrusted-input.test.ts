import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './fixtures.ts';
import { PAGE_TYPES } from './pages.ts';

let session: Session;
beforeAll(async () => {
  session = await openSession();
});
afterAll(async () => session?.close());

const PAYLOAD = '"><img src=x id=injected onerror="window.injected=1"><script>window.injected=2</script>';

// Nothing from the address bar (query string or hash) may become markup on any page.
describe('a page opened from a hostile link', () => {
  it.concurrent.each(PAGE_TYPES)('/%s writes neither ?q= nor #hash into the page as HTML', async (path) => {
    const page = await session.browser.newPage();
    const payload = encodeURIComponent(PAYLOAD);
    await page.goto(`${session.site.url}${path}?q=${payload}&theme=${payload}#${payload}`);
    await page.waitForTimeout(path.includes('search') ? 1500 : 200);
    const found = await page.evaluate(() => ({
      injected: (window as unknown as { injected?: number }).injected ?? null,
      elements: document.querySelectorAll('#injected, img[src="x"]').length,
    }));
    expect(found).toEqual({ injected: null, elements: 0 });
    await page.close();
  });
});
