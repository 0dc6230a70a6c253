/**
 * The one place for settings: the portal's own file (portal.config.json, validated), every environment
 * variable the tools read, and each region's `regio.yaml`. Nothing else reads process.env or regio.yaml
 * (the content check validates regio.yaml in full; everything else asks here).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { z } from 'astro/zod';
import { parseYaml } from './frontmatter.ts';
import { regioSchema, type Regio } from '../schemas/index.ts';

/**
 * Every environment variable, with what it does. The README's table is written from this list.
 * Internal ones are set by the build for its Astro child and need not be set by hand.
 */
export const ENV_VARS = {
  REGION: 'Eén regio bouwen, controleren of bekijken (zelfde als --region).',
  DIST_DIR: 'Map waarin de build de sites zet (standaard dist/).',
  CONTENT_DIR: 'Map met de inhoud (standaard content/); tests bouwen zo een kopie.',
  SITE_BASE: 'Basispad van een regio, bijvoorbeeld "/" als de regio op een eigen domein staat.',
  BUILD_JOBS: "Hoeveel regio's tegelijk bouwen (standaard het aantal processorkernen).",
  PORT: 'Poort van npm run preview en npm run dev (standaard 4321).',
  CHROMIUM_PATH: 'Chromium voor de browsertests en de benchmark; anders /usr/bin/chromium of de Chromium uit npm.',
  CMS_OAUTH_URL: 'Adres van de kleine OAuth-dienst voor inloggen met GitHub in het beheer (dist/beheer/), zonder / aan het eind.',
  SCHERMAFBEELDINGEN: '1: de browsertest van het beheer vernieuwt de schermafbeeldingen in docs/img/ (voor CONTRIBUTING.md).',
  PROJECT_ROOT: 'Intern: de projectmap, gezet door de build voor Astro.',
  OUT_DIR: 'Intern: tijdelijke uitvoermap van één regio, gezet door de build.',
  BUILD_ID: 'Intern: naam van één build, voor de eigen cache.',
} as const;
export type EnvVar = keyof typeof ENV_VARS;

export function env(name: EnvVar, source: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = source[name];
  return value === undefined || value === '' ? undefined : value;
}

// Commands run from the project root (npm does that); import.meta paths break once Astro bundles this file.
export const ROOT = resolve(env('PROJECT_ROOT') ?? process.cwd());
export const CONTENT_DIR = resolve(env('CONTENT_DIR') ?? join(ROOT, 'content'));
export const DIST_DIR = resolve(env('DIST_DIR') ?? join(ROOT, 'dist'));

const portalConfigSchema = z.strictObject({
  $comment: z.string().optional(),
  siteUrl: z.url({ protocol: /^https$/, error: '"siteUrl" moet een https-adres zijn.' }),
  repository: z.url({ protocol: /^https$/, error: '"repository" moet een https-adres zijn.' }),
  branch: z.string().min(1),
  /** Licence of the open data files, e.g. "CC0 1.0". */
  licentie: z.strictObject({ naam: z.string().min(1), url: z.url({ protocol: /^https$/ }) }).optional(),
});
export type PortalConfig = z.infer<typeof portalConfigSchema>;

function loadPortalConfig(): PortalConfig {
  const file = join(ROOT, 'portal.config.json');
  const parsed = portalConfigSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    throw new Error(`portal.config.json klopt niet: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
export const portalConfig: PortalConfig = loadPortalConfig();

/** A region's settings, validated; undefined when missing or invalid (the content check then says why). */
export function readRegio(region: string, contentDir = CONTENT_DIR): Regio | undefined {
  const file = join(contentDir, region, 'regio.yaml');
  if (!existsSync(file)) return undefined;
  try {
    const parsed = regioSchema.safeParse(parseYaml(readFileSync(file, 'utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

export const DEFAULT_THEME = { primair: '#154273', accent: '#b3245b' };

export interface SiteSettings {
  region: string;
  site: string;
  base: string;
  outDir: string;
  cacheDir: string;
}

/** Where one region is published and where its build writes. Read by astro.config.mjs. */
export function siteSettings(region: string, source: NodeJS.ProcessEnv = process.env): SiteSettings {
  const url = new URL(readRegio(region)?.siteUrl ?? `${portalConfig.siteUrl.replace(/\/$/, '')}/${region}/`);
  // SITE_BASE lets one region be served from a domain root ("/") or from any folder.
  const base = env('SITE_BASE', source) ?? (url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`);
  return {
    region,
    site: url.origin,
    base,
    outDir: env('OUT_DIR', source) ?? join(ROOT, 'dist', region),
    // One cache per build run, so parallel builds (tests, CI) never share Astro's content store.
    cacheDir: join(ROOT, 'node_modules', '.astro-cache', `${region}-${env('BUILD_ID', source) ?? 'dev'}`),
  };
}
