// Writes dist/index.html (all regions, search over all of them) for regions already built into dist/.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { publishedRegions } from '../src/build/regions.ts';
import { DIST_DIR } from '../src/build/settings.ts';
import { writePortalIndex } from '../src/build/portal-index.ts';

const regions = publishedRegions().filter((r) => existsSync(join(DIST_DIR, r, 'index.html')));
writePortalIndex(DIST_DIR, regions);
console.log(`dist/index.html geschreven voor ${regions.length} regio('s).`);
