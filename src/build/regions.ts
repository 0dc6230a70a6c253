/**
 * Where content lives on disk and which files make up one region's site: its own entries plus the
 * shared `landelijk` entries it does not override (same slug = override).
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';

// Commands run from the project root (npm does that); import.meta paths break once Astro bundles this file.
export const ROOT = resolve(process.env.PROJECT_ROOT ?? process.cwd());
/** CONTENT_DIR lets tests build a copy of the content (e.g. a broken one) without touching the real folder. */
export const CONTENT_DIR = process.env.CONTENT_DIR ? resolve(process.env.CONTENT_DIR) : join(ROOT, 'content');
export const SHARED_REGION = 'landelijk';
export const ENTRY_COLLECTIONS = ['hoofdstukken', 'begrippen', 'organisaties', 'trainingen'] as const;
export type EntryCollection = (typeof ENTRY_COLLECTIONS)[number];
export const ENTRY_EXTENSIONS = /\.(md|mdx)$/;

/** File name to slug: `03-samenwerking.mdx` becomes `samenwerking` (the number only orders files). */
export function slugOf(file: string): string {
  return basename(file).replace(ENTRY_EXTENSIONS, '').replace(/^\d+[-_]/, '');
}

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
  return process.env.REGION || 'voorbeeld';
}

/** Region folders that are published: everything except the example region (voorbeeld: true). */
export function publishedRegions(contentDir = CONTENT_DIR): string[] {
  return listRegionFolders(contentDir).filter((region) => {
    try {
      return !/^voorbeeld:\s*true\s*$/m.test(readFileSync(join(contentDir, region, 'regio.yaml'), 'utf8'));
    } catch {
      return true; // a region without settings is built, so that the build reports it
    }
  });
}
