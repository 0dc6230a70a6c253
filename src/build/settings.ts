/** Build settings for one region: where it is published and where its files go. Read by astro.config.mjs. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { load as loadYaml } from 'js-yaml';
import { CONTENT_DIR, ROOT } from './regions.ts';

export interface PortalConfig {
  siteUrl: string;
  repository: string;
  branch: string;
}

export const portalConfig: PortalConfig = JSON.parse(readFileSync(join(ROOT, 'portal.config.json'), 'utf8'));

export interface SiteSettings {
  region: string;
  site: string;
  base: string;
  outDir: string;
  cacheDir: string;
}

export function siteSettings(region: string, env: Record<string, string | undefined> = process.env): SiteSettings {
  let regionUrl: string | undefined;
  try {
    const data = loadYaml(readFileSync(join(CONTENT_DIR, region, 'regio.yaml'), 'utf8')) as { siteUrl?: string };
    regionUrl = data?.siteUrl;
  } catch {
    // Missing or broken settings are reported by the content check; the config itself must still load.
  }
  const url = new URL(regionUrl ?? `${portalConfig.siteUrl.replace(/\/$/, '')}/${region}/`);
  // SITE_BASE lets one region be served from a domain root ("/") or from any folder.
  const base = env.SITE_BASE ?? (url.pathname.endsWith('/') ? url.pathname : `${url.pathname}/`);
  return {
    region,
    site: url.origin,
    base,
    outDir: env.OUT_DIR ?? join(ROOT, 'dist', region),
    // One cache per build run, so parallel builds (tests, CI) never share Astro's content store.
    cacheDir: join(ROOT, 'node_modules', '.astro-cache', `${region}-${env.BUILD_ID ?? 'dev'}`),
  };
}
