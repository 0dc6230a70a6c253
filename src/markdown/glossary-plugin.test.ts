import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { glossaryLinks, regionGlossary } from './linkify.ts';
import { listRegionFolders } from '../build/regions.ts';

const plugin = glossaryLinks({
  base: '/twente/',
  terms: [
    { slug: 'mda', term: 'MDA++', afkortingen: ['MDA'], synoniemen: ['multidisciplinaire aanpak'], definitie: 'Samen <werken> & doen.' },
    { slug: 'veilig-thuis', term: 'Veilig Thuis', afkortingen: [], synoniemen: [], definitie: 'Advies- en meldpunt.' },
  ],
  popover: { buttonLabel: (t) => `Uitleg: ${t}`, readMore: 'Lees meer', readMoreAbout: (t) => `over ${t}` },
});
const chapter = new URL('file:///p/content/twente/hoofdstukken/03-visie.md');
const html = (md: string, fileURL = chapter) => markdownToHtml(md, { hastPlugins: [plugin], fileURL } as never).html;

describe('glossary links in the Markdown pipeline', () => {
  it('links the first mention in a chapter with a popover beside the link, and only the first', () => {
    const out = html('De MDA werkt. Weer de MDA en de multidisciplinaire aanpak.\n');
    expect(out.match(/class="begrip"/g)).toHaveLength(1);
    expect(out).toContain(
      '<a class="begrip" href="/twente/begrippen/mda/"><abbr title="MDA++">MDA</abbr></a><button type="button" class="uitleg-knop" popovertarget="uitleg-mda"',
    );
    expect(out).toContain('<span class="visually-hidden">Uitleg: MDA++</span>');
    expect(out).toContain('<span class="uitleg" id="uitleg-mda" popover');
    expect(out).toContain('Samen &lt;werken&gt; &amp; doen.');
  });

  it('never links inside headings, links or table headers, and counts an author link as the mention', () => {
    const out = html('## Veilig Thuis\n\n| Veilig Thuis |\n|---|\n| [VT](begrip:veilig-thuis) en Veilig Thuis |\n');
    expect(out).not.toContain('class="begrip"');
  });

  it('gives other entries links without popovers, and a begrip page no link to itself', () => {
    expect(html('De MDA.\n', new URL('file:///p/content/twente/organisaties/x.md'))).toMatch(/class="begrip"[^]*$/);
    expect(html('De MDA.\n', new URL('file:///p/content/twente/organisaties/x.md'))).not.toContain('popover');
    expect(html('De MDA en Veilig Thuis.\n', new URL('file:///p/content/twente/begrippen/mda.md'))).not.toContain('begrippen/mda/');
  });

  it('works in MDX as well', () => {
    const { code } = mdxToJs('De MDA werkt.\n', { hastPlugins: [plugin], fileURL: chapter } as never);
    expect(code).toContain('"/twente/begrippen/mda/"');
    expect(code).toMatch(/popoverTarget|popovertarget/);
  });

  it('reads every region glossary from the content files', () => {
    for (const region of listRegionFolders()) {
      const terms = regionGlossary(region);
      expect(terms.length, region).toBeGreaterThan(0);
      for (const t of terms) expect(t.definitie.length, `${region}/${t.slug}`).toBeGreaterThan(0);
    }
  });
});
