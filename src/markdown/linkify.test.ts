import { describe, expect, it } from 'vitest';
import { linkify } from './linkify.ts';
import { createMatcher, type GlossaryTerm } from '../shared/glossary.ts';

const terms: GlossaryTerm[] = [{ slug: 'mda', term: 'MDA++', afkortingen: [], synoniemen: ['multidisciplinaire aanpak'], definitie: 'Samen <werken> & doen.' }];
const options = (extra = {}) => ({
  base: '/twente/',
  matcher: createMatcher(terms),
  terms: new Map(terms.map((t) => [t.slug, t])),
  exists: () => true,
  anchorLabel: 'Link naar dit kopje',
  tableLabel: 'Tabel',
  footnotes: { title: 'Voetnoten', back: (n: string) => `Terug naar ${n}` },
  ...extra,
});
const popover = { buttonLabel: (t: string) => `Uitleg: ${t}`, readMore: 'Lees meer', readMoreAbout: (t: string) => `over ${t}` };

describe('linkify popovers', () => {
  it('keeps the first mention a normal link and puts a popover button with a definition beside it', () => {
    const { html } = linkify('<p>De multidisciplinaire aanpak en weer de multidisciplinaire aanpak.</p>', options({ popover }));
    expect(html).toContain(
      '<a class="begrip" href="/twente/begrippen/mda/">multidisciplinaire aanpak</a><button type="button" class="uitleg-knop" popovertarget="uitleg-mda"',
    );
    expect(html).toContain('<span class="visually-hidden">Uitleg: MDA++</span>');
    expect(html).toContain('<span class="uitleg" id="uitleg-mda" popover');
    expect(html).toContain('Samen &lt;werken&gt; &amp; doen.');
    expect(html.match(/popovertarget/g)).toHaveLength(1);
  });

  it('drops popovers when asked, keeping the link', () => {
    const withPopover = linkify('<p>De multidisciplinaire aanpak.</p>', options({ popover })).html;
    const { html } = linkify(withPopover, options({ dropPopovers: true, linkTerms: false }));
    expect(html).toContain('<a class="begrip" href="/twente/begrippen/mda/">');
    expect(html).not.toContain('popover');
  });

  it('adds no popover unless asked', () => {
    expect(linkify('<p>De multidisciplinaire aanpak.</p>', options()).html).not.toContain('popover');
  });

  it('prefixes ids and in-page links and moves headings down for the printable regiovisie', () => {
    const { html } = linkify(
      '<h2 id="doel">Doel</h2><p><a href="#doel">terug</a><sup><a href="#fn-1" aria-describedby="footnote-label">1</a></sup></p><h2 id="footnote-label">Footnotes</h2>',
      options({ idPrefix: 'h1--', headingShift: true, popover }),
    );
    expect(html).toContain('<h3 id="h1--doel">');
    expect(html).toContain('href="#h1--doel"');
    expect(html).toContain('<a class="anker" href="#h1--doel"');
    expect(html).not.toContain('h1--h1--');
    expect(html).toContain('href="#h1--fn-1" aria-describedby="h1--footnote-label"');
    expect(html).toContain('<h3 id="h1--footnote-label">Voetnoten');
  });
});
