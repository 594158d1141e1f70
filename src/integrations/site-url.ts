import type { AstroIntegration } from 'astro';

/** The host every absolute URL uses when SITE_URL is not set: a placeholder, never a real site. */
export const PLACEHOLDER_SITE = 'https://ai-infra.example.org';

/** What goes out with the placeholder host when SITE_URL is missing. */
export const ABSOLUTE_URL_USES = [
  'canonical and hreflang links',
  'og:url and og:image (link previews)',
  'sitemap.xml and robots.txt',
  '"Cite this" citations and citation_* / schema.org metadata',
  'embed code, oEmbed JSON and datapackage.json',
];

export interface SiteUrlDecision {
  site: string;
  /** Set when the build goes on with the placeholder: printed loudly before and after the build. */
  warning?: string;
  /** Set when a build must not go on with the placeholder (CI=true, REQUIRE_SITE_URL=1). */
  error?: string;
}

const truthy = (value: string | undefined) => value !== undefined && value !== '' && value !== '0' && value !== 'false';

/**
 * The site's origin from SITE_URL. Unset, a local build goes on with the placeholder host and
 * a loud warning; under CI=true (what GitHub Actions, GitLab, Cloudflare Pages and Vercel set)
 * or REQUIRE_SITE_URL=1 it stops, since that is where a site gets published. The test suite
 * builds with SITE_URL set to the placeholder on purpose (scripts/test-all.mjs).
 */
export function decideSiteUrl(env: Record<string, string | undefined>): SiteUrlDecision {
  const value = env.SITE_URL?.trim();
  if (value) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      throw new Error(`SITE_URL "${value}" is not an absolute URL (e.g. https://example.com)`);
    }
    if (!/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL "${value}" must start with https:// or http://`);
    return { site: url.origin };
  }
  const affects = ABSOLUTE_URL_USES.map((use) => `  - ${use}`).join('\n');
  const message = `SITE_URL is not set: every absolute URL will point to ${PLACEHOLDER_SITE}, which is not this site. It affects:\n${affects}\nSet SITE_URL=https://your.host (see docs/sharing.md).`;
  if (truthy(env.CI) || truthy(env.REQUIRE_SITE_URL)) {
    return { site: PLACEHOLDER_SITE, error: `${message}\nThis build runs under CI=true or REQUIRE_SITE_URL=1, where a placeholder host is an error.` };
  }
  return { site: PLACEHOLDER_SITE, warning: message };
}

/**
 * Stops a build (not `astro check` or `astro dev`) on the decision's error, and prints its
 * warning before and after the build, where it is not lost among the page logs.
 */
export function siteUrlCheck(decision: SiteUrlDecision): AstroIntegration {
  const shout = (log: (m: string) => void) => decision.warning && log(`\n${'!'.repeat(72)}\n${decision.warning}\n${'!'.repeat(72)}`);
  return {
    name: 'ai-infra:site-url',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build' && decision.error) throw new Error(decision.error);
      },
      'astro:build:start': ({ logger }) => void shout((m) => logger.warn(m)),
      'astro:build:done': ({ logger }) => void shout((m) => logger.warn(m)),
    },
  };
}
