#!/usr/bin/env node
// Writes dist/index.html (all regions, search over all of them) for regions already built into dist/.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listRegionFolders } from '../src/lib/regions.ts';
import { writePortalIndex } from './lib/portal-index.mjs';

const dist = resolve(process.env.DIST_DIR ?? 'dist');
const regions = listRegionFolders().filter((r) => existsSync(join(dist, r, 'index.html')));
writePortalIndex(dist, regions);
console.log(`dist/index.html geschreven voor ${regions.length} regio('s).`);
