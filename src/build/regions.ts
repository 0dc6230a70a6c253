/**
 * Where content lives on disk and which files make up one region's site: its own entries plus the
 * shared `landelijk` entries it does not override (same slug = override).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CONTENT_DIR, env, readRegio } from './settings.ts';
import { ENTRY_EXTENSIONS, SHARED_REGION, slugOf, type EntryCollection } from '../shared/collections.ts';

export { ROOT, CONTENT_DIR } from './settings.ts';
export { ENTRY_COLLECTIONS, ENTRY_EXTENSIONS, SHARED_REGION, slugOf, type EntryCollection } from '../shared/collections.ts';

/** Every region folder (with or without settings), excluding the shared folder. */
export function listRegionFolders(contentDir = CONTENT_DIR): string[] {
  if (!existsSync(contentDir)) return [];
  return readdirSync(contentDir)
    .filter((name) => name !== SHARED_REGION && !name.startsWith('.') && statSync(join(contentDir, name)).isDirectory())
    .sort();
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => ENTRY_EXTENSIONS.test(file))
    .map((file) => file.split('\\').join('/'))
    .sort();
}

/** Paths relative to the content folder, for Astro's glob loader and the check script. */
export function regionEntryFiles(region: string, collection: EntryCollection, contentDir = CONTENT_DIR): string[] {
  const own = listFiles(join(contentDir, region, collection)).map((f) => `${region}/${collection}/${f}`);
  const ownSlugs = new Set(own.map(slugOf));
  const shared = listFiles(join(contentDir, SHARED_REGION, collection))
    .map((f) => `${SHARED_REGION}/${collection}/${f}`)
    .filter((f) => !ownSlugs.has(slugOf(f)));
  return [...own, ...shared];
}

export function currentRegion(): string {
  return env('REGION') ?? 'voorbeeld';
}

/** Region folders that are published: not the example region (voorbeeld: true), not a region still being filled in (gepubliceerd: false). */
export function publishedRegions(contentDir = CONTENT_DIR): string[] {
  // A region whose settings are missing or invalid is still built, so that the build reports why.
  return listRegionFolders(contentDir).filter((region) => {
    const settings = readRegio(region, contentDir);
    return settings?.voorbeeld !== true && settings?.gepubliceerd !== false;
  });
}
