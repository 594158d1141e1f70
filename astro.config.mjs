// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import tailwindcss from '@tailwindcss/vite';
import { validateData } from './src/integrations/validate-data.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { decideSiteUrl, siteUrlCheck } from './src/integrations/site-url.ts';
import { pngReport } from './src/integrations/png-report.ts';

// BASE_PATH lets the same build be served from a sub-path (GitHub Pages style):
// BASE_PATH=/ai-infra/ npm run build. Every internal URL goes through src/i18n/routes.ts.
const base = process.env.BASE_PATH ?? '/';
// SITE_URL is the one origin of every absolute URL; unset, a build warns, and under CI fails.
const site = decideSiteUrl(process.env);

export default defineConfig({
  site: site.site,
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  // Separate caches let parallel builds in one work tree run side by side.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? './node_modules/.astro',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  integrations: [siteUrlCheck(site), validateData(), mdx(), sitemap(), pngReport()],
  vite: {
    plugins: [tailwindcss()],
    // Never inline a script into the HTML: the Content-Security-Policy in src/layouts/ allows
    // scripts from our own origin only ('self'), so every script must be a file.
    build: { assetsInlineLimit: 0 },
  },
});
