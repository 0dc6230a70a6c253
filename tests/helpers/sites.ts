/** The built sites the tests look at: every real region in dist/ plus the example region fixture. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { listRegionFolders } from '../../src/build/regions.ts';

export interface BuiltSite {
  region: string;
  /** Folder served as the web root; the site lives at /<region>/ below it. */
  root: string;
  dir: string;
  base: string;
}

export function builtSites(): BuiltSite[] {
  const sites: BuiltSite[] = [];
  for (const region of listRegionFolders()) {
    for (const root of ['dist', join('.tmp', 'fixture')]) {
      const dir = join(root, region);
      if (existsSync(join(dir, 'index.html'))) sites.push({ region, root, dir, base: `/${region}/` });
    }
  }
  return sites;
}

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => join(dir, f))
    .sort();
}

/** URL path of a built file, e.g. dist/twente/begrippen/mda/index.html -> /twente/begrippen/mda/ */
export function urlOf(site: BuiltSite, file: string): string {
  const rel = relative(site.dir, file).split('\\').join('/');
  return site.base + rel.replace(/index\.html$/, '').replace(/^404\.html$/, '404.html');
}

export function read(file: string): string {
  return readFileSync(file, 'utf8');
}

/** One page of each type, for the slower browser checks. */
export function samplePages(site: BuiltSite): Record<string, string> {
  const first = (folder: string) => {
    const dir = join(site.dir, folder);
    if (!existsSync(dir)) return undefined;
    const entry = readdirSync(dir, { withFileTypes: true }).find((d) => d.isDirectory() && !['doelgroep', 'thema', 'gemeente', 'soort'].includes(d.name));
    return entry ? `${site.base}${folder}/${entry.name}/` : undefined;
  };
  const pages: Record<string, string | undefined> = {
    home: site.base,
    hulp: `${site.base}hulp/`,
    hulpSituatie: `${site.base}hulp/geweld-thuis/`,
    hoofdstuk: first('regiovisie'),
    begrippen: `${site.base}begrippen/`,
    begrip: first('begrippen'),
    socialeKaart: `${site.base}sociale-kaart/`,
    organisatie: first('sociale-kaart'),
    trainingen: `${site.base}trainingen/`,
    training: first('trainingen'),
    zoeken: `${site.base}zoeken/`,
    veilig: `${site.base}veilig-browsen/`,
    over: `${site.base}over/`,
  };
  return Object.fromEntries(Object.entries(pages).filter((e): e is [string, string] => Boolean(e[1])));
}
