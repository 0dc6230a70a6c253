/**
 * The admin site dist/beheer/: a page per region with the CMS (Decap CMS, from node_modules) and its
 * generated config.yml, and a first page to choose the region. Separate from the residents' sites: own
 * folder, own Content-Security-Policy (the CMS needs things the sites never allow), never indexed.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { buildSync } from 'esbuild';
import { cmsConfigYaml, type CmsOptions } from './cms.ts';
import { listRegionFolders } from './regions.ts';
import { CONTENT_DIR, ROOT, env, readRegio } from './settings.ts';
import { escapeHtml } from '../shared/text.ts';

export const ADMIN_DIR = 'beheer';

/** Regions an editor can work on: every region folder except the example region. */
export function adminRegions(contentDir = CONTENT_DIR): string[] {
  return listRegionFolders(contentDir).filter((r) => existsSync(join(contentDir, r, 'regio.yaml')) && readRegio(r, contentDir)?.voorbeeld !== true);
}

function origin(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The CMS runs from this origin only. It needs what the residents' sites refuse: 'unsafe-eval' (Decap checks
 * its configuration with ajv, which compiles code), inline styles (emotion), and GitHub's API.
 */
export function adminCsp(options: CmsOptions = {}, { header = false } = {}): string {
  const connect = [
    "'self'",
    'https://api.github.com',
    origin(options.oauthUrl ?? env('CMS_OAUTH_URL')),
    origin(options.localBackendUrl) ?? 'http://localhost:8081 http://127.0.0.1:8081',
  ].filter(Boolean);
  return [
    "default-src 'none'",
    "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob: https://avatars.githubusercontent.com",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    ...(header ? ["frame-ancestors 'none'"] : []),
  ].join('; ');
}

function page(title: string, csp: string, head: string, body: string): string {
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="robots" content="noindex, nofollow">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(title)}</title>
${head}</head>
<body>
${body}
</body>
</html>
`;
}

function regionName(region: string, contentDir: string): string {
  return readRegio(region, contentDir)?.naam ?? region;
}

/** The Decap bundle and the chunks it loads on demand, without source maps. */
function decapFiles(): { dir: string; files: string[] } {
  const dir = join(dirname(createRequire(join(ROOT, 'package.json')).resolve('decap-cms/package.json')), 'dist');
  const files = readdirSync(dir).filter((f) => /^(\d+\.)?decap-cms\.js$|\.wasm$/.test(f));
  return { dir, files };
}

export function adminScript(): string {
  const result = buildSync({
    entryPoints: [join(ROOT, 'src', 'build', 'cms-browser.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    write: false,
    legalComments: 'none',
  });
  return result.outputFiles[0]!.text;
}

export interface AdminSiteOptions extends CmsOptions {
  contentDir?: string;
  regions?: string[];
}

/** Writes dist/beheer/ (or `<distDir>/beheer/`); returns the folder. */
export function writeAdminSite(distDir: string, options: AdminSiteOptions = {}): string {
  const contentDir = options.contentDir ?? CONTENT_DIR;
  const regions = options.regions ?? adminRegions(contentDir);
  const out = join(distDir, ADMIN_DIR);
  const tmp = join(distDir, `.bouw-${ADMIN_DIR}-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'cms'), { recursive: true });
  const { dir, files } = decapFiles();
  for (const file of files) copyFileSync(join(dir, file), join(tmp, 'cms', file));
  writeFileSync(join(tmp, 'cms', 'beheer.js'), adminScript());
  const csp = adminCsp(options);
  for (const region of regions) {
    mkdirSync(join(tmp, region), { recursive: true });
    writeFileSync(join(tmp, region, 'config.yml'), cmsConfigYaml(region, options));
    writeFileSync(
      join(tmp, region, 'index.html'),
      page(
        `Beheer: ${regionName(region, contentDir)}`,
        csp,
        '<link href="config.yml" type="text/yaml" rel="cms-config-url">\n<script src="../cms/beheer.js"></script>\n<script src="../cms/decap-cms.js"></script>\n',
        '<noscript>Het beheer werkt alleen met JavaScript aan.</noscript>',
      ),
    );
  }
  const list = regions.map((r) => `<li><a href="${escapeHtml(r)}/">${escapeHtml(regionName(r, contentDir))}</a></li>`).join('\n');
  writeFileSync(
    join(tmp, 'index.html'),
    page(
      'Beheer van het regioportaal',
      csp,
      '',
      `<main>\n<h1>Beheer van het regioportaal</h1>\n<p>Kies uw regio. U logt daarna in met uw GitHub-account.</p>\n<ul>\n${list}\n</ul>\n<p>Uitleg: CONTRIBUTING.md in de repository.</p>\n</main>`,
    ),
  );
  writeFileSync(join(tmp, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  writeFileSync(
    join(tmp, '_headers'),
    `/${ADMIN_DIR}/*
  Content-Security-Policy: ${adminCsp(options, { header: true })}
  Referrer-Policy: no-referrer
  X-Content-Type-Options: nosniff
  X-Frame-Options: DENY
  X-Robots-Tag: noindex, nofollow
  Cache-Control: no-cache
`,
  );
  // Like the region builds: the new folder replaces the old one only when it is complete.
  rmSync(out, { recursive: true, force: true });
  renameSync(tmp, out);
  return out;
}
