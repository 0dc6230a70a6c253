/** The only place that turns an entry or page into a URL. Every path ends with a slash. */
import type { EntryCollection } from './collections.ts';
import { foldAccents } from './text.ts';

export const COLLECTION_ROUTES: Record<EntryCollection, string> = {
  hoofdstukken: 'regiovisie',
  begrippen: 'begrippen',
  organisaties: 'sociale-kaart',
  trainingen: 'trainingen',
};

/** `[tekst](begrip:mda)` style links that authors write in chapter bodies. */
export const LINK_SCHEMES: Record<string, EntryCollection> = {
  begrip: 'begrippen',
  organisatie: 'organisaties',
  training: 'trainingen',
  hoofdstuk: 'hoofdstukken',
};

export const LINK_SCHEME_PATTERN = /^(begrip|organisatie|training|hoofdstuk):([a-z0-9-]+)(#[\w-]+)?$/;

export function withBase(base: string, path = ''): string {
  const root = base.endsWith('/') ? base : `${base}/`;
  const clean = path.replace(/^\/+/, '');
  if (!clean) return root;
  return /[#?]|\.[a-z0-9]+$/i.test(clean) || clean.endsWith('/') ? root + clean : `${root}${clean}/`;
}

export function entryUrl(base: string, collection: EntryCollection, slug: string, hash = ''): string {
  return withBase(base, `${COLLECTION_ROUTES[collection]}/${slug}/`) + hash;
}

export function listUrl(base: string, collection: EntryCollection): string {
  return withBase(base, `${COLLECTION_ROUTES[collection]}/`);
}

export function helpUrl(base: string, situatie?: string, gemeente?: string): string {
  return withBase(base, ['hulp', situatie, gemeente].filter(Boolean).join('/') + '/');
}

/** Gemeente name to URL segment: "Súdwest-Fryslân" becomes "sudwest-fryslan". */
export function slugify(text: string): string {
  return foldAccents(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function vcardUrl(base: string, slug: string): string {
  return withBase(base, `sociale-kaart/${slug}.vcf`);
}

export function icsUrl(base: string, slug: string): string {
  return withBase(base, `trainingen/${slug}.ics`);
}

/**
 * The admin site's form for one content file (Decap CMS at <portal>/beheer/<regio>/), or undefined for files
 * the form does not edit per region (landelijk entries are edited there as shared collections).
 */
export function cmsEntryUrl(portalUrl: string, repoFile: string): string | undefined {
  const m = /^content\/([a-z0-9-]+)\/(hoofdstukken|begrippen|organisaties|trainingen)\/([^/]+)\.(mdx?)$/.exec(repoFile);
  if (!m || m[1] === 'landelijk') return undefined;
  const [, region, kind, slug, ext] = m;
  return `${portalUrl.replace(/\/$/, '')}/beheer/${region}/#/collections/${region}-${kind}${ext === 'mdx' ? '-mdx' : ''}/entries/${slug}`;
}
