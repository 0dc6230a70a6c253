// One config, one region per build: REGION selects it (scripts/build-all.mjs builds them all).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { currentRegion } from './src/build/regions.ts';
import { siteSettings } from './src/build/settings.ts';
import pagefind from './src/build/pagefind-integration.ts';

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
