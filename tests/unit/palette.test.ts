import { describe, expect, it } from 'vitest';
import { readPalette, resolveColours } from '../../src/charts/lib/palette.ts';

describe('the palette behind downloaded charts', () => {
  it('reads the same colour names for light and dark from theme.css, with different backgrounds', () => {
    const light = readPalette('light');
    const dark = readPalette('dark');
    expect(Object.keys(dark)).toEqual(Object.keys(light));
    expect(Object.keys(light)).toEqual(expect.arrayContaining(['bg', 'text', 'chart-highlight', 'chart-cn', 'chart-foreign']));
    expect(light.bg).not.toBe(dark.bg);
    for (const value of Object.values(light)) expect(value).toMatch(/^#[0-9a-f]{6}$/i);
  });

  it('replaces every CSS variable and currentColor with a literal colour', () => {
    const light = readPalette('light');
    const out = resolveColours('<g fill="var(--chart-highlight)" stroke="currentColor"><text fill="var(--chart-text)"/></g>', light);
    expect(out).toBe(`<g fill="${light['chart-highlight']}" stroke="${light['chart-text']}"><text fill="${light['chart-text']}"/></g>`);
  });
});
