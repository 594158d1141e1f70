import { describe, expect, it, vi } from 'vitest';
import { decideSiteUrl, PLACEHOLDER_SITE, siteUrlCheck } from '../../src/integrations/site-url.ts';

type Hooks = Record<string, (options: Record<string, unknown>) => void>;
const hooks = (env: Record<string, string | undefined>) => siteUrlCheck(decideSiteUrl(env)).hooks as unknown as Hooks;

describe('the site URL', () => {
  it('is the origin SITE_URL gives, with no warning', () => {
    expect(decideSiteUrl({ SITE_URL: 'https://ai.example.net/', CI: 'true' })).toEqual({ site: 'https://ai.example.net' });
  });

  it('rejects a SITE_URL that is not an absolute http(s) URL, naming it', () => {
    expect(() => decideSiteUrl({ SITE_URL: 'ai.example.net' })).toThrow('SITE_URL "ai.example.net" is not an absolute URL');
    expect(() => decideSiteUrl({ SITE_URL: 'ftp://ai.example.net' })).toThrow('must start with https://');
  });

  it('falls back to the placeholder in a local build, warning loudly before and after the build with what it affects', () => {
    const decision = decideSiteUrl({});
    expect(decision.site).toBe(PLACEHOLDER_SITE);
    expect(decision.warning).toMatch(/SITE_URL is not set.*ai-infra\.example\.org/);
    for (const use of ['canonical', 'og:url', 'sitemap.xml', 'citation', 'embed code', 'oEmbed', 'datapackage.json']) expect(decision.warning).toContain(use);
    const warn = vi.fn();
    const h = hooks({});
    h['astro:config:setup']({ command: 'build' });
    h['astro:build:start']({ logger: { warn } });
    h['astro:build:done']({ logger: { warn } });
    expect(warn).toHaveBeenCalledTimes(2);
    expect(warn.mock.calls[1][0]).toContain('SITE_URL is not set');
  });

  it.each([{ CI: 'true' }, { CI: '1' }, { REQUIRE_SITE_URL: '1' }])('stops a build without SITE_URL under %o, but not astro check or dev', (env) => {
    expect(decideSiteUrl(env).error).toContain('SITE_URL is not set');
    expect(() => hooks(env)['astro:config:setup']({ command: 'build' })).toThrow(/SITE_URL is not set[\s\S]*CI=true or REQUIRE_SITE_URL=1/);
    expect(() => hooks(env)['astro:config:setup']({ command: 'sync' })).not.toThrow();
    expect(() => hooks(env)['astro:config:setup']({ command: 'dev' })).not.toThrow();
  });

  it('treats CI=false as a local build', () => {
    expect(decideSiteUrl({ CI: 'false' }).error).toBeUndefined();
  });
});
