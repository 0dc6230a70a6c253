#!/usr/bin/env node
// npm run bench: measures builds, bytes, search and Lighthouse scores, and writes docs/performance.md and
// docs/performance.json. A benchmark, not a test: it reports, it does not fail on slow machines.
//   --snel        skip the 35-region synthetic build
//   --zonder-lighthouse
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, freemem, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { firstView } from '../src/build/page-bytes.ts';
import { publishedRegions } from '../src/build/regions.ts';
import { writeSyntheticRegions } from '../src/build/synthetic.ts';
import { portOf, startServer } from '../src/build/serve.ts';
import { CHROMIUM_ARGS, findChromium } from '../src/build/chromium.ts';
import type { BuildResult } from '../src/build/build.ts';
import type { Page } from 'playwright-core';

const args = process.argv.slice(2);
const quick = args.includes('--snel');
const CHROMIUM = (await findChromium()).path;
type PageBytes = ReturnType<typeof firstView> & { file: string };
interface Report {
  machine: { date: string; cpu: string; memory: string; os: string; node: string };
  real: { totalSeconds: number; regions: { region: string; seconds: number; pages: number; msPerPage: number; peakRssMb: number; distMb: number }[] };
  synthetic: { regions: number; pages: number; seconds: number; msPerPage: number; peakRssMbPerBuild: number; concurrentBuilds: number }[];
  pages: Record<string, Record<string, PageBytes>>;
  search: Record<string, { headerKb: number; headerMs: number; fullTextKb: number; fullTextMs: number }>;
  /** dist/index.html: a first query over all regions */
  national?: { kb: number; ms: number };
  lighthouse: Record<string, { url: string; performance: number; accessibility: number; bestPractices: number; seo: number }> | { fout: string };
}
const mb = (b: number) => (b / 1024 / 1024).toFixed(0);
const kb = (b: number) => (b / 1024).toFixed(1);

const machine: Report['machine'] = {
  date: new Date().toISOString(),
  cpu: `${cpus().length} × ${cpus()[0]?.model ?? 'onbekend'}`,
  memory: `${mb(totalmem())} MB (vrij bij start: ${mb(freemem())} MB)`,
  os: `${platform()} ${release()}`,
  node: process.version,
};

function buildAll(env: NodeJS.ProcessEnv, extraArgs: string[] = []): { seconds: number; results: Required<BuildResult>[] } {
  const rapport = join(mkdtempSync(join(tmpdir(), 'bench-')), 'rapport.json');
  const started = performance.now();
  const r = spawnSync(process.execPath, ['scripts/build.ts', '--rapport', rapport, ...extraArgs], {
    encoding: 'utf8',
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0) throw new Error(`Build mislukt:\n${r.stdout}\n${r.stderr}`);
  return { seconds, results: JSON.parse(readFileSync(rapport, 'utf8')) };
}

function dirSize(dir: string): number {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .reduce((n, d) => n + readFileSync(join(d.parentPath, d.name)).length, 0);
}

// 1. The real regions.
console.log("1/5 Echte regio's bouwen…");
const real = buildAll({});
const realReport: Report['real'] = {
  totalSeconds: real.seconds,
  regions: real.results.map((r) => ({
    region: r.region,
    seconds: r.seconds,
    pages: r.pages,
    msPerPage: (r.seconds * 1000) / r.pages,
    peakRssMb: Number(mb(r.peakRss)),
    distMb: Number(mb(dirSize(join('dist', r.region)))),
  })),
};

const report: Report = { machine, real: realReport, synthetic: [], pages: {}, search: {}, lighthouse: {} };

// 2. Synthetic regions of realistic size: 1, 5 and 35 of them.
for (const count of quick ? [1, 5] : [1, 5, 35]) {
  console.log(`2/5 ${count} synthetische regio('s) bouwen…`);
  const work = mkdtempSync(join(tmpdir(), 'bench-synth-'));
  writeSyntheticRegions(join(work, 'content'), count);
  const run = buildAll({ CONTENT_DIR: join(work, 'content'), DIST_DIR: join(work, 'dist') });
  const pages = run.results.reduce((n, r) => n + r.pages, 0);
  report.synthetic.push({
    regions: count,
    pages,
    seconds: run.seconds,
    msPerPage: (run.seconds * 1000) / pages,
    peakRssMbPerBuild: Number(mb(Math.max(...run.results.map((r) => r.peakRss)))),
    concurrentBuilds: Math.min(cpus().length, count),
  });
  rmSync(work, { recursive: true, force: true });
}

// 3. Bytes of a first view per page type.
console.log('3/5 Bytes per paginasoort…');
const regions = publishedRegions().filter((r) => existsSync(join('dist', r, 'index.html')));
const firstEntry = (region: string, folder: string, skip: string[] = []): string => {
  const dir = join('dist', region, folder);
  const name = readdirSync(dir).find((d) => !skip.includes(d) && existsSync(join(dir, d, 'index.html')));
  return join(dir, name ?? '', 'index.html');
};
for (const region of regions) {
  const types = {
    home: join('dist', region, 'index.html'),
    hoofdstuk: firstEntry(region, 'regiovisie'),
    begrip: firstEntry(region, 'begrippen'),
    organisatie: firstEntry(region, 'sociale-kaart', ['doelgroep', 'thema', 'gemeente']),
    training: firstEntry(region, 'trainingen', ['soort', 'doelgroep']),
    zoeken: join('dist', region, 'zoeken', 'index.html'),
  };
  report.pages[region] = Object.fromEntries(Object.entries(types).map(([type, file]) => [type, { file, ...firstView('dist', file) }]));
}

// 4. Search (src/client/search-core.ts over zoek/): bytes and time of a first query in headless Chromium.
console.log('4/5 Eerste zoekopdracht in Chromium…');
const { chromium } = await import('playwright-core');
const server = await startServer(join(process.cwd(), 'dist'));
const origin = `http://127.0.0.1:${portOf(server)}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
// From a fresh visit until the first results show, page included, every response gzipped as a static host would.
async function firstQuery(path: string, fill: (page: Page) => Promise<void>): Promise<{ kb: number; ms: number }> {
  const { gzipSync } = await import('node:zlib');
  const context = await browser.newContext();
  const page = await context.newPage();
  const sizes: Promise<number>[] = [];
  page.on('response', (res) =>
    sizes.push(
      res.body().then(
        (b) => gzipSync(b).length,
        () => 0,
      ),
    ),
  );
  await page.goto(origin + path);
  const started = Date.now();
  await fill(page);
  const ms = Date.now() - started;
  await page.waitForLoadState('networkidle');
  const bytes = (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  await context.close();
  return { kb: Number(kb(bytes)), ms };
}
for (const region of regions) {
  const header = await firstQuery(`/${region}/`, async (page) => {
    await page.fill('#zoekvak-invoer', 'veilig');
    await page.waitForSelector('[data-zoekvak-resultaten] .hit');
  });
  const full = await firstQuery(`/${region}/zoeken/`, async (page) => {
    await page.fill('#zoekterm', 'huiselijk geweld');
    await page.waitForSelector('[data-resultaten] .hit');
  });
  report.search[region] = { headerKb: header.kb, headerMs: header.ms, fullTextKb: full.kb, fullTextMs: full.ms };
}
if (existsSync(join('dist', 'zoek', 'docs.json'))) {
  report.national = await firstQuery('/', async (page) => {
    await page.fill('#zoekterm', 'huiselijk geweld');
    await page.waitForSelector('[data-resultaten] .hit');
  });
}
await browser.close();

// 5. Lighthouse (mobile) per page type, on the first region.
if (!args.includes('--zonder-lighthouse')) {
  console.log('5/5 Lighthouse…');
  try {
    const { default: lighthouse } = await import('lighthouse');
    const { launch } = await import('chrome-launcher');
    const chrome = await launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
    const region = regions[0]!;
    const scores: Exclude<Report['lighthouse'], { fout: string }> = {};
    for (const [type, info] of Object.entries(report.pages[region] ?? {})) {
      const url = `${origin}/${info.file.replace(/^dist\//, '').replace(/index\.html$/, '')}`;
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        formFactor: 'mobile',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const c = result?.lhr.categories ?? {};
      const score = (name: string) => Math.round((c[name]?.score ?? 0) * 100);
      scores[type] = {
        url: url.replace(origin, ''),
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
        seo: score('seo'),
      };
    }
    report.lighthouse = scores;
    await chrome.kill();
  } catch (error) {
    report.lighthouse = { fout: error instanceof Error ? error.message : String(error) };
  }
}
server.close();

// Report. Why Pagefind went: measured once with Pagefind 1.6.0 (the last build that used it), kept as the
// before-numbers next to this run's after-numbers above.
const PAGEFIND_BEFORE: [string, string][] = [
  ['drenthe kop ("veilig")', '17.0'],
  ['drenthe /zoeken/ ("huiselijk geweld")', '146.8'],
  ['gelderland-zuid kop ("veilig")', '19.5'],
  ['gelderland-zuid /zoeken/ ("huiselijk geweld")', '166.6'],
  ['hart-van-brabant kop ("veilig")', '18.8'],
  ['hart-van-brabant /zoeken/ ("huiselijk geweld")', '147.4'],
  ['noord-oost-gelderland kop ("veilig")', '19.7'],
  ['noord-oost-gelderland /zoeken/ ("huiselijk geweld")', '175.7'],
  ['twente kop ("veilig")', '19.5'],
  ['twente /zoeken/ ("huiselijk geweld")', '167.3'],
  ['landelijk dist/index.html ("huiselijk geweld"; met Pagefind liep het script vast: 104 KB geladen, geen resultaat)', '104.2'],
];
const PAGEFIND_SECTION = [
  '## Zoeken: waarom geen Pagefind meer',
  '',
  "Een eerste zoekopdracht op de volledige tekst mag inclusief pagina hoogstens 100 KB (gzip) kosten per regio en 150 KB op de landelijke pagina; het antwoord uit de namenindex in de kop blijft onder 20 KB. Met Pagefind kon dat niet: alleen al `wasm.nl.pagefind` is 55-60 KB (voor elke taal), plus `pagefind.js` 13 KB, metadata en filters 3 KB, een of twee indexbrokken van 27 KB en fragmenten. Voor een paar honderd pagina's per regio is een eigen index kleiner: gewone JSON, Snowball-stammen (`@orama/stemmers`, alleen Nederlands, 1,7 KB gzip), BM25 met titels en namen zwaarder, shards per beginletters van de term (± 6 KB gzip elk), fragmenten per 8 passages (± 1 KB gzip). Zelfde code bij de build (`src/build/search-index.ts`) en in de browser (`src/shared/search-text.ts`, `src/shared/search-engine.ts`, `src/client/search-core.ts`).",
  '',
  '| Eerste zoekopdracht (gzip, pagina inbegrepen) | Met Pagefind 1.6 | Eigen index |',
  '| --- | ---: | ---: |',
  ...PAGEFIND_BEFORE.map(([label, before]) => {
    const region = label.split(' ')[0]!;
    const after = region === 'landelijk' ? report.national?.kb : label.includes('kop') ? report.search[region]?.headerKb : report.search[region]?.fullTextKb;
    return `| ${label} | ${before} KB | ${after ?? '-'} KB |`;
  }),
  '',
  'Wat een eerste zoekopdracht op /twente/zoeken/ nu laadt: pagina, CSS en scripts ± 19 KB, namenindex 6,6 KB, `docs.json` 6,9 KB, één of twee termbestanden van ± 6 KB en een fragmentbestand van ± 0,9 KB per getoond resultaat. De zoekkwaliteit is gemeten met `tests/search-queries.json` in `tests/browser/search.test.ts` (hit@1 en hit@3 per soort vraag).',
];
mkdirSync('docs', { recursive: true });
writeFileSync('docs/performance.json', `${JSON.stringify(report, null, 2)}\n`);
const lines = [
  '# Prestaties',
  '',
  `Gemeten met \`npm run bench\` op ${report.machine.date.slice(0, 10)}: ${report.machine.cpu}, ${report.machine.memory}, ${report.machine.os}, Node ${report.machine.node}. Ruwe cijfers: [performance.json](performance.json).`,
  '',
  "## Build van de echte regio's",
  '',
  `Alle regio's samen: ${real.seconds.toFixed(1)} s (twee builds tegelijk).`,
  '',
  "| Regio | Pagina's | Build (s) | ms per pagina | Piekgeheugen (MB) | dist (MB) |",
  '| --- | ---: | ---: | ---: | ---: | ---: |',
  ...report.real.regions.map((r) => `| ${r.region} | ${r.pages} | ${r.seconds.toFixed(1)} | ${r.msPerPage.toFixed(1)} | ${r.peakRssMb} | ${r.distMb} |`),
  '',
  "## Synthetische regio's (hoofdstukken van 3 000 tot 8 000 woorden, 100 begrippen, 60 organisaties, 40 trainingen)",
  '',
  "| Regio's | Pagina's | Build (s) | ms per pagina | Piekgeheugen per build (MB) | Builds tegelijk |",
  '| ---: | ---: | ---: | ---: | ---: | ---: |',
  ...report.synthetic.map(
    (s) => `| ${s.regions} | ${s.pages} | ${s.seconds.toFixed(1)} | ${s.msPerPage.toFixed(1)} | ${s.peakRssMbPerBuild} | ${s.concurrentBuilds} |`,
  ),
  '',
  '## Bytes bij een eerste bezoek (gzip)',
  '',
  "Budget: HTML ≤ 20 KB (hoofdstuk) of ≤ 10 KB (andere pagina's), CSS ≤ 15 KB, JS ≤ 5 KB (behalve zoeken), eerste bezoek ≤ 35 KB.",
  '',
  '| Regio | Paginasoort | HTML (KB) | CSS (KB) | JS (KB) | Totaal (KB) |',
  '| --- | --- | ---: | ---: | ---: | ---: |',
  ...Object.entries(report.pages).flatMap(([region, types]) =>
    Object.entries(types).map(([type, v]) => `| ${region} | ${type} | ${kb(v.html)} | ${kb(v.css)} | ${kb(v.js)} | ${kb(v.total)} |`),
  ),
  '',
  '## Zoeken: eerste zoekopdracht in Chromium',
  '',
  'Alles wat een nieuwe bezoeker downloadt vanaf het openen van de pagina tot de eerste resultaten (pagina zelf inbegrepen, elk antwoord gzip zoals een statische host het stuurt). De zoekbalk in de kop zoekt eerst in een kleine namenindex (titels, afkortingen, synoniemen, woorden van inwoners); de zoekpagina ("huiselijk geweld") laadt daarnaast de eigen volledige-tekstindex: `zoek/docs.json`, alleen de termbestanden van de zoekwoorden en een klein fragmentbestand per getoond resultaat. Budget: ≤ 100 KB per regio, ≤ 150 KB op de landelijke pagina.',
  '',
  '| Regio | Kop: KB | Kop: ms | Zoekpagina (volledige tekst): KB | Zoekpagina: ms |',
  '| --- | ---: | ---: | ---: | ---: |',
  ...Object.entries(report.search).map(([region, s]) => `| ${region} | ${s.headerKb} | ${s.headerMs} | ${s.fullTextKb} | ${s.fullTextMs} |`),
  ...(report.national ? [`| landelijk (dist/index.html, alle regio's) | | | ${report.national.kb} | ${report.national.ms} |`] : []),
  '',
  ...PAGEFIND_SECTION,
  '',
  '## Lighthouse (mobiel)',
  '',
  ...('fout' in report.lighthouse
    ? [`Niet gemeten: ${String(report.lighthouse.fout)}`]
    : [
        '| Paginasoort | Performance | Accessibility | Best practices | SEO |',
        '| --- | ---: | ---: | ---: | ---: |',
        ...Object.entries(report.lighthouse).map(
          ([type, l]) => `| ${type} (${l.url}) | ${l.performance} | ${l.accessibility} | ${l.bestPractices} | ${l.seo} |`,
        ),
      ]),
  '',
];
writeFileSync('docs/performance.md', lines.join('\n'));
console.log('Klaar: docs/performance.md en docs/performance.json.');
