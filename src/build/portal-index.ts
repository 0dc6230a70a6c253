// dist/index.html: the list of regions and a search over all of them (Pagefind multisite merge).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readRegio } from './settings.ts';
import { cspHash, csp } from './security.ts';
import { searchTexts, t } from '../shared/i18n.ts';
import { escapeHtml as escape } from '../shared/text.ts';

export function writePortalIndex(dist: string, regions: string[]): void {
  const info = regions.flatMap((id) => {
    const r = readRegio(id);
    return r ? [{ id, naam: r.naam, titel: r.document.titel, periode: `${r.periode.van}-${r.periode.tot}` }] : [];
  });
  if (!info.length) return;
  // Reuse the first region's bundled search script: it merges the other regions' indexes itself.
  const zoeken = readFileSync(join(dist, info[0]!.id, 'zoeken', 'index.html'), 'utf8');
  // The search page's own script is its last module script (help bar and header scripts come first).
  const script = [...zoeken.matchAll(/<script type="module" src="([^"]+)"/g)].at(-1)?.[1];
  if (!script) throw new Error(`Zoekscript niet gevonden in dist/${regions[0]}/zoeken/index.html`);
  const merge = info.map((r) => ({ path: `/${r.id}/pagefind/`, baseUrl: `/${r.id}/`, regio: r.naam }));
  const css = 'body{font-family:system-ui,sans-serif;max-width:48rem;margin:0 auto;padding:1rem;line-height:1.6;color:#1b1b1b}.hulp{background:#1b1b1b;color:#fff;padding:.5rem 1rem}.hulp a{color:#fff;font-weight:700}input,select,button{font:inherit;padding:.4rem}mark{background:#fff2a8}li{margin:.4rem 0}:focus-visible{outline:3px solid #1b1b1b;box-shadow:0 0 0 6px #ffbf47}.hit__soort{font-size:.8rem;font-weight:700;text-transform:uppercase}.hit__titel{display:block;font-weight:700}.skip{position:absolute;left:-999px}.skip:focus{left:1rem}[hidden]{display:none}';
  const html = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${escape(csp(cspHash(css)))}">
<meta name="referrer" content="no-referrer">
<link rel="icon" href="data:,">
<title>Kennisportaal huiselijk geweld en kindermishandeling: alle regio's</title>
<style>${css}</style>
</head>
<body>
<a href="#hoofdinhoud" class="skip">Ga direct naar de inhoud</a>
<nav class="hulp" aria-label="Direct hulp"><a class="hulpbalk__nummer" href="tel:112">Acuut gevaar? Bel 112</a> · <a class="hulpbalk__nummer" href="tel:08002000">Veilig Thuis: 0800-2000</a> (gratis, dag en nacht) · <a href="https://www.google.nl/" rel="nofollow noreferrer">Snel weg</a></nav>
<main id="hoofdinhoud">
<h1>Kennisportaal huiselijk geweld en kindermishandeling</h1>
<p>Kies uw regio. Elke regio heeft een eigen site met de regiovisie, begrippen, de sociale kaart en trainingen.</p>
<ul>
${info.map((r) => `<li><a href="/${r.id}/">${escape(r.naam)}</a>: <cite>${escape(r.titel)}</cite> (${escape(r.periode)})</li>`).join('\n')}
</ul>
<h2>Zoeken in alle regio's</h2>
<div data-zoekpagina data-teksten="${escape(JSON.stringify(searchTexts()))}" data-base="/${escape(info[0]?.id ?? '')}/" data-merge="${escape(JSON.stringify(merge.slice(1)))}" data-primary-regio="${escape(info[0]?.naam ?? '')}">
<p data-nojs>Zoeken werkt alleen met JavaScript. Kies hierboven een regio en gebruik daar de lijsten van A tot Z.</p>
<div data-js hidden>
<form role="search"><label for="zoekterm">Zoekwoord</label> <input id="zoekterm" type="search" autocomplete="off"> <button type="submit">Zoeken</button></form>
<fieldset data-filters><legend>Filters</legend></fieldset>
<p role="status" aria-live="polite" data-status></p>
<ol data-resultaten></ol>
<button type="button" data-meer hidden>${escape(t('zoek.meerresultaten'))}</button>
</div>
</div>
</main>
<script type="module" src="${escape(script)}"></script>
</body>
</html>
`;
  writeFileSync(join(dist, 'index.html'), html);
}
