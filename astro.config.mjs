// One config, one region per build: REGION selects it (scripts/build-all.mjs builds them all).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { currentRegion } from './src/lib/regions.ts';
import { siteSettings } from './src/lib/site-settings.ts';
import pagefind from './src/integrations/pagefind.ts';

const settings = siteSettings(currentRegion());

export default defineConfig({
  site: settings.site,
  base: settings.base,
  outDir: settings.outDir,
  cacheDir: settings.cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  compressHTML: true,
  prefetch: false,
  devToolbar: { enabled: false },
  integrations: [mdx(), sitemap(), pagefind()],
  // Never inline scripts: the Content-Security-Policy allows only the site's own script files.
  vite: { build: { assetsInlineLimit: 0 } },
});
