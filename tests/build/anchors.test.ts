import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lostAnchors, newAnchors, readAnchorList } from '../../src/data/anchor-list.ts';
import { collectAnchors } from '../../src/data/collect-anchors.ts';
import { BUILDS, requireBuild } from '../support/dist.ts';

const list = readAnchorList();

describe.each(BUILDS)('published anchors in the $name build', ({ dir }) => {
  requireBuild(dir);
  const article = (lang: string, report: string) => join(dir, lang, 'reports', report, 'index.html');

  it.each(Object.keys(list))('of %s all resolve in both languages, directly or through an alias', (report) => {
    for (const lang of ['zh', 'en']) {
      expect(existsSync(article(lang, report)), `${lang}/reports/${report}/ was published and must stay`).toBe(true);
      const present = collectAnchors(readFileSync(article(lang, report), 'utf8'));
      const lost = lostAnchors(list[report], present);
      expect(lost, `${lang}/reports/${report}/ lost published anchors: rename back, or add "aliases": { "old-id": "new-id" } in data/anchors.json`).toEqual([]);
      for (const [from, to] of Object.entries(list[report].aliases)) expect(present.has(to), `alias ${from} → ${to}: no #${to}`).toBe(true);
      const added = newAnchors(list[report], present);
      if (added.length && dir === BUILDS[0].dir)
        console.log(`note: ${lang}/reports/${report}/ has anchors not yet listed (npm run anchors:update): ${added.join(', ')}`);
    }
  });

  it('send each renamed section’s old page to the new section', () => {
    for (const [report, { aliases }] of Object.entries(list)) {
      for (const [from, to] of Object.entries(aliases)) {
        const file = join(dir, 'en', 'reports', report, from, 'index.html');
        if (existsSync(join(dir, 'en', 'reports', report, to, 'index.html'))) expect(readFileSync(file, 'utf8')).toContain(`#${to}"`);
      }
    }
  });
});
