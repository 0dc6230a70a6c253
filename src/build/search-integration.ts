/**
 * Writes the region's full-text index (zoek/, see src/build/search-index.ts) once Astro has written the HTML.
 * It replaced Pagefind: its WebAssembly alone weighed more than a first query may cost (docs/performance.md).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { writeRegionIndex } from './search-index.ts';

export default function searchIndex(): AstroIntegration {
  return {
    name: 'regioportaal:zoekindex',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const { pages, docs } = writeRegionIndex(fileURLToPath(dir));
        if (!pages) throw new Error('Zoekindex: geen pagina met data-pagefind-body gevonden.');
        logger.info(`Zoekindex gemaakt: ${pages} pagina's, ${docs.s.length} termbestanden.`);
      },
    },
  };
}
