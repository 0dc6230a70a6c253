// dist/index.html, the national page: help first (same help bar and quick exit as every region), every
// gemeente A–Z to its region's help, the regions, and a search over all of them (dist/zoek/: the regions'
// indexes merged, see src/build/search-index.ts).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEFAULT_THEME, portalConfig, readRegio } from './settings.ts';
import { cspHash, csp, themeCss } from './security.ts';
import { allGemeenten } from './gemeenten.ts';
import { callButtonsHtml, helpBarHtml } from '../shared/help-bar.ts';
import { gemeenteListHtml } from '../shared/gemeenten.ts';
import { searchTexts, t } from '../shared/i18n.ts';
import { escapeHtml as escape } from '../shared/text.ts';
import { writeNationalIndex } from './search-index.ts';

/** Module scripts and stylesheets of a built page, in order, so the national page runs the very same code. */
function assetsOf(html: string): { scripts: string[]; styles: string[] } {
  return {
    scripts: [...html.matchAll(/<script type="module" src="([^"]+)"/g)].map((m) => m[1]!),
    styles: [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1]!),
  };
}

export function writePortalIndex(dist: string, regions: string[]): void {
  const info = regions.flatMap((id) => {
    const r = readRegio(id);
    return r ? [{ id, naam: r.naam, titel: r.document.titel, periode: `${r.periode.van}-${r.periode.tot}` }] : [];
  });
  if (!info.length) return;
  // A region built by this version of the code (an older dist/ folder may lack the pages read below).
  const first = (info.find((r) => existsSync(join(dist, r.id, 'gemeenten', 'index.html'))) ?? info[0]!).id;
  // The first region's bundles: its search script reads the national index (data-index="/"), its quick-exit
  // script and stylesheet make the national page behave and look like every region.
  const zoeken = assetsOf(readFileSync(join(dist, first, 'zoeken', 'index.html'), 'utf8'));
  const gemeentenPage = assetsOf(readFileSync(join(dist, first, 'gemeenten', 'index.html'), 'utf8'));
  const scripts = [...new Set([...zoeken.scripts, ...gemeentenPage.scripts])];
  // The neutral share image of the first region's help pages (no situation, no region-specific text but its name).
  const helpPage = readFileSync(join(dist, first, 'hulp', 'index.html'), 'utf8');
  const ogImage = /<meta property="og:image" content="([^"]+)"/.exec(helpPage)?.[1];
  const portalUrl = `${portalConfig.siteUrl.replace(/\/$/, '')}/`;
  if (!zoeken.scripts.length || !zoeken.styles.length) throw new Error(`Scripts of stijlen niet gevonden in dist/${first}/zoeken/index.html`);
  // One index over all regions; each result keeps its region's URL and names it, and "regio" is a filter.
  if (
    !writeNationalIndex(
      dist,
      info.map((r) => ({ id: r.id, base: `/${r.id}/` })),
    )
  )
    throw new Error('Geen zoekindex gevonden in dist/<regio>/zoek/');
  const theme = themeCss(DEFAULT_THEME);
  const html = `<!doctype html>
<html lang="nl" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escape(csp(cspHash(theme)))}">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="/${escape(first)}/favicon.svg" type="image/svg+xml">
<title>${escape(t('hulp.titel.neutraal'))} · ${escape(t('site.portaal'))}</title>
${zoeken.styles.map((href) => `<link rel="stylesheet" href="${escape(href)}">`).join('\n')}
<style>${theme}</style>
<meta property="og:type" content="website">
<meta property="og:title" content="${escape(t('hulp.titel.neutraal'))} · ${escape(t('site.portaal'))}">
<meta property="og:description" content="${escape(t('gemeenten.intro'))}">
<meta property="og:url" content="${escape(portalUrl)}">
${ogImage ? `<meta property="og:image" content="${escape(ogImage)}">\n<meta property="og:image:width" content="1200">\n<meta property="og:image:height" content="630">\n<meta name="twitter:card" content="summary_large_image">` : '<meta name="twitter:card" content="summary">'}
</head>
<body>
<a class="skiplink" href="#hoofdinhoud">${escape(t('skip'))}</a>
${helpBarHtml({ t, exitUrl: readRegio(first)?.snelWegUrl ?? 'https://www.google.nl/', veiligHref: `/${first}/veilig-browsen/`, talenHref: `/${first}/talen/` })}
<header class="kop"><div class="kop__binnen"><span class="kop__naam"><span class="kop__regio">${escape(t('site.portaal'))}</span></span></div></header>
<main id="hoofdinhoud" tabindex="-1">
<h1>${escape(t('home.hulp.titel'))}</h1>
<p class="tekst">${escape(t('home.hulp.tekst'))}</p>
<p class="belknoppen">${callButtonsHtml(t)}</p>
<h2>${escape(t('gemeenten.titel'))}</h2>
<p class="tekst">${escape(t('gemeenten.intro'))}</p>
${gemeenteListHtml(allGemeenten(), t)}
<h2>${escape(t('portaal.regios'))}</h2>
<ul class="kaarten">
${info.map((r) => `<li class="kaart"><h3><a href="/${r.id}/">${escape(r.naam)}</a></h3><p><cite>${escape(r.titel)}</cite> (${escape(r.periode)})</p></li>`).join('\n')}
</ul>
<h2>${escape(t('portaal.zoeken'))}</h2>
<div class="zoekpagina" data-zoekpagina data-teksten="${escape(JSON.stringify(searchTexts()))}" data-base="/${escape(first)}/" data-index="/">
<p data-nojs>${escape(t('portaal.nojs'))}</p>
<div data-js hidden>
<form role="search" aria-label="${escape(t('portaal.zoeken'))}"><label for="zoekterm" class="visually-hidden">${escape(t('zoek.label'))}</label><input id="zoekterm" type="search" autocomplete="off"><button type="submit">${escape(t('zoek.knop'))}</button></form>
<fieldset class="filters" data-filters><legend>Filters</legend></fieldset>
<p role="status" aria-live="polite" data-status></p>
<ol class="resultaten" data-resultaten></ol>
<button type="button" class="meer" data-meer hidden>${escape(t('zoek.meerresultaten'))}</button>
</div>
</div>
</main>
${scripts.map((src) => `<script type="module" src="${escape(src)}"></script>`).join('\n')}
</body>
</html>
`;
  writeFileSync(join(dist, 'index.html'), html);
}
