import { HtmlValidate, type ConfigData } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { BUILDS, htmlFiles, requireBuild } from '../support/dist.ts';

// html-validate's recommended rules, with each exception justified.
const config: ConfigData = {
  extends: ['html-validate:recommended'],
  rules: {
    // Plot writes style attributes into every chart SVG (fill, font, max-width), and the
    // CSP allows inline styles (src/security/csp.ts); they load nothing.
    'no-inline-style': 'off',
    // Astro writes void elements as <meta …> and <br>; the self-closing style is not a validity matter.
    'void-style': 'off',
    // Prettier formats .astro files: attribute order and whitespace are its business.
    'attribute-boolean-style': 'off',
    // A search-snippet heuristic, not validity: chart page titles state the chart's finding
    // (CHARTS.md) and then the site name, so many run past 70 characters on purpose.
    'long-title': 'off',
  },
};

const { dir } = BUILDS[0];
requireBuild(dir);
const validator = new HtmlValidate(config);

describe('every built page', () => {
  it.each(htmlFiles(dir).map((file) => file.slice(dir.length + 1)))('%s is valid HTML', async (file) => {
    const report = await validator.validateFile(`${dir}/${file}`);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    expect(messages).toEqual([]);
  });
});
