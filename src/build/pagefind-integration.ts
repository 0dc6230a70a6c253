/**
 * Builds the region's Pagefind index through its Node API once Astro has written the HTML.
 * Only elements inside data-pagefind-body are indexed; the language comes from <html lang="nl">.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export default function pagefind(): AstroIntegration {
  return {
    name: 'regioportaal:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const { createIndex, close } = await import('pagefind');
        const outDir = fileURLToPath(dir);
        const { index, errors } = await createIndex({ forceLanguage: 'nl' });
        if (!index) throw new Error(`Pagefind kon geen index maken: ${errors.join('; ')}`);
        const added = await index.addDirectory({ path: outDir });
        if (added.errors.length) throw new Error(`Pagefind kon de pagina's niet lezen: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
        if (written.errors.length) throw new Error(`Pagefind kon de index niet schrijven: ${written.errors.join('; ')}`);
        logger.info(`Zoekindex gemaakt: ${added.page_count} pagina's.`);
        await close();
      },
    },
  };
}
