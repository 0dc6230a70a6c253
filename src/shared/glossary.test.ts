import { describe, expect, it } from 'vitest';
import { createMatcher, markdownToText, mentionedSlugs } from './glossary.ts';
import { linkify } from '../markdown/linkify.ts';

const terms = [
  { slug: 'mda', term: 'Multidisciplinaire aanpak', afkortingen: ['MDA++'], synoniemen: [], definitie: 'd' },
  { slug: 'meldcode', term: 'Meldcode', afkortingen: [], synoniemen: ['verplichte meldcode'], definitie: 'd' },
  { slug: 'vt', term: 'Veilig Thuis', afkortingen: ['VT'], synoniemen: [], definitie: 'd' },
];
const matcher = createMatcher(terms);
const options = {
  base: '/r/',
  matcher,
  terms: new Map(terms.map((t) => [t.slug, t])),
  exists: (_: string, slug: string) => ['mda', 'meldcode', 'vt', 'veilig-thuis'].includes(slug),
  anchorLabel: 'Link naar dit kopje',
  tableLabel: 'Tabel',
  footnotes: { title: 'Voetnoten', back: (n: string) => `Terug naar voetnoot ${n}` },
};

describe('glossary matching', () => {
  it('finds whole words, case-insensitively for terms and exactly for abbreviations, longest first', () => {
    expect(mentionedSlugs(matcher, 'De verplichte meldcode en MDA++ bij VT.')).toEqual(['meldcode', 'mda', 'vt']);
    expect(mentionedSlugs(matcher, 'Meldcodes, vt en VTX')).toEqual([]);
  });

  it('reads Markdown as text: no link targets, code or tags, but a Kader title counts', () => {
    expect(markdownToText('[tekst](organisatie:vt) `VT` <Kader titel="Meldcode">x</Kader>')).not.toContain('organisatie:vt');
    expect(mentionedSlugs(matcher, markdownToText('`VT` <Kader titel="De meldcode">x</Kader>'))).toEqual(['meldcode']);
  });
});

describe('linking a chapter', () => {
  it('links only the first mention of each begrip, wraps abbreviations in <abbr>, skips headings, links and quotes', () => {
    const { html, linked } = linkify(
      '<h2 id="vt">VT</h2><p>Bel VT of <a href="https://x.nl">VT</a>. Daarna weer VT.</p><figure><figcaption>meldcode</figcaption></figure><p>De meldcode.</p>',
      options,
    );
    expect(html.match(/class="begrip"/g)).toHaveLength(2);
    expect(html).toContain('<p>Bel <a class="begrip" href="/r/begrippen/vt/"><abbr title="Veilig Thuis">VT</abbr></a> of');
    expect(html).toContain('<figcaption>meldcode</figcaption>');
    expect(html).toContain('<p>De <a class="begrip" href="/r/begrippen/meldcode/">meldcode</a>.</p>');
    expect(html).toContain('<a href="https://x.nl" rel="noreferrer">VT</a>');
    expect(linked.sort()).toEqual(['meldcode', 'vt']);
  });

  it('labels footnotes in Dutch', () => {
    const { html } = linkify(
      '<section data-footnotes class="footnotes"><h2 class="sr-only" id="footnote-label">Footnotes</h2><ol><li id="fn-1"><p>Bron <a href="#ref-1" data-footnote-backref aria-label="Back to reference 1">↩</a></p></li></ol></section>',
      options,
    );
    expect(html).toContain('<h2 id="footnote-label">Voetnoten<a class="anker" href="#footnote-label" aria-label="Link naar dit kopje: Voetnoten">#</a></h2>');
    expect(html).toContain('aria-label="Terug naar voetnoot 1"');
  });

  it('resolves author links and refuses links to entries that do not exist', () => {
    expect(linkify('<p><a href="organisatie:veilig-thuis">VT</a></p>', options).html).toContain('href="/r/sociale-kaart/veilig-thuis/"');
    expect(() => linkify('<p><a href="begrip:onbekend">x</a></p>', options)).toThrow(/verwijst naar een begrip die niet bestaat/);
  });

  it('gives headings a shareable anchor, moves table alignment to classes and makes tables scrollable regions', () => {
    const { html } = linkify('<h2 id="cijfers">Cijfers</h2><table><tr><td style="text-align: right">1</td></tr></table>', options);
    expect(html).toContain('<a class="anker" href="#cijfers" aria-label="Link naar dit kopje: Cijfers">#</a>');
    expect(html).toContain('<section class="tabel" tabindex="0" aria-label="Tabel 1"><table>');
    expect(html).toContain('<td class="uitlijnen-right">1</td>');
  });
});
