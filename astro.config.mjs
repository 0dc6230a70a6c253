// One config, one region per build: REGION selects it (scripts/build-all.mjs builds them all).
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { currentRegion } from './src/build/regions.ts';
import { siteSettings } from './src/build/settings.ts';
import searchIndex from './src/build/search-integration.ts';
import { contentProcessorOptions } from './src/markdown/guards.ts';
import { regionGlossaryLinks } from './src/markdown/linkify.ts';

const settings = siteSettings(currentRegion());
// First mentions of begrippen become links (with a popover in chapters) in the Markdown pipeline itself.
const hastPlugins = [...contentProcessorOptions.hastPlugins, regionGlossaryLinks(currentRegion(), settings.base)];

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
  // Content is data, never code: the guards refuse MDX code, HTML outside the allowlist and unsafe URLs
  // even if the content check was skipped, and give external links rel="noreferrer". MDX inherits this processor.
  markdown: { processor: satteri({ ...contentProcessorOptions, hastPlugins }) },
  // Pages marked noindex (the printable whole regiovisie) stay out of the sitemap too.
  integrations: [mdx(), sitemap({ filter: (page) => !page.includes('/regiovisie-volledig/') }), searchIndex()],
  // Never inline scripts: the Content-Security-Policy allows only the site's own script files.
  vite: { build: { assetsInlineLimit: 0 } },
});
