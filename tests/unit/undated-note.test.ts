import { describe, expect, it } from 'vitest';
import { readSources } from '../../src/data/sources.ts';
import { t } from '../../src/i18n/index.ts';

// The report box prints an undated report's date as "Undated: <dateNote>", so the note goes on
// from the label instead of saying again that the text has no date ("Undated: Undated and …").
const SAYS_UNDATED = { en: /\b(undated|no date|not dated)\b/i, zh: /未(注明|署|标)日期|无日期|没有日期/ } as const;

describe('an undated report’s date note', () => {
  const undated = Object.values(readSources()).filter((s) => !s.date);

  it('exists for every undated report', () => {
    expect(undated.length).toBeGreaterThan(0);
    for (const s of undated) expect(s.dateNote, s.id).toBeDefined();
  });

  it.each(['zh', 'en'] as const)('does not repeat the “%s” undated label', (lang) => {
    expect(SAYS_UNDATED[lang].test(t(lang, 'report.undated')), 'the label itself is what the pattern finds').toBe(true);
    const repeats = undated.filter((s) => SAYS_UNDATED[lang].test(s.dateNote![lang])).map((s) => `${s.id}: ${s.dateNote![lang].slice(0, 40)}`);
    expect(repeats).toEqual([]);
  });
});
