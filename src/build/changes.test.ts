import { describe, expect, it } from 'vitest';
import { affectedRegions, formatSummary, newFindings, parseNameStatus, summarize } from './changes.ts';
import type { Finding } from './content-check.ts';

const files: Record<string, Record<string, string>> = {
  basis: {
    'content/twente/begrippen/meldcode.md': '---\nterm: Meldcode\ndefinitie: "Oud."\n---\nTekst.\n',
    'content/twente/organisaties/oud-team.md': '---\nnaam: Oud team\n---\n',
    'content/twente/hoofdstukken/02-inleiding.md': '---\ntitel: Inleiding\n---\nA\n',
    'content/landelijk/organisaties/veilig-thuis.md': '---\nnaam: Veilig Thuis\n---\nA\n',
  },
  nieuw: {
    'content/twente/begrippen/meldcode.md': '---\nterm: Meldcode\ndefinitie: "Nieuw."\n---\nAndere tekst.\n',
    'content/twente/organisaties/wijkteam.md': '---\nnaam: "Wijkteam | Noord"\n---\n',
    'content/twente/hoofdstukken/02-inleiding.mdx': '---\ntitel: Inleiding\n---\nA\n',
    'content/landelijk/organisaties/veilig-thuis.md': '---\nnaam: Veilig Thuis\n---\nB\n',
  },
};
const read = (side: 'basis' | 'nieuw', path: string) => files[side]![path];

describe('wijzigingen: what a change does to the sites', () => {
  const changes = parseNameStatus(
    [
      'M\tcontent/twente/begrippen/meldcode.md',
      'A\tcontent/twente/organisaties/wijkteam.md',
      'D\tcontent/twente/organisaties/oud-team.md',
      'R087\tcontent/twente/hoofdstukken/02-inleiding.md\tcontent/twente/hoofdstukken/02-inleiding.mdx',
      'M\tcontent/twente/regio.yaml',
      'M\tcontent/landelijk/organisaties/veilig-thuis.md',
    ].join('\n'),
  );

  it('reads git name-status, renames as removal plus addition', () => {
    expect(changes.filter((c) => c.path.endsWith('02-inleiding.mdx'))).toEqual([
      { status: 'toegevoegd', path: 'content/twente/hoofdstukken/02-inleiding.mdx', from: 'content/twente/hoofdstukken/02-inleiding.md' },
    ]);
    expect(changes).toHaveLength(7);
  });

  it('maps files to pages with title, address and the fields that changed', () => {
    const [landelijk, twente] = summarize(changes, read);
    expect(landelijk!.region).toBe('landelijk');
    expect(twente!.other).toEqual(['regio.yaml']);
    expect(twente!.pages).toEqual([
      { status: 'gewijzigd', collection: 'begrippen', slug: 'meldcode', title: 'Meldcode', url: '/twente/begrippen/meldcode/', fields: ['definitie', 'tekst'] },
      {
        status: 'gewijzigd',
        collection: 'hoofdstukken',
        slug: 'inleiding',
        title: 'Inleiding',
        url: '/twente/regiovisie/inleiding/',
        fields: ['bestandsnaam'],
      },
      { status: 'toegevoegd', collection: 'organisaties', slug: 'wijkteam', title: 'Wijkteam | Noord', url: '/twente/sociale-kaart/wijkteam/' },
      { status: 'verwijderd', collection: 'organisaties', slug: 'oud-team', title: 'Oud team', url: '/twente/sociale-kaart/oud-team/' },
    ]);
  });

  it('builds every published region when landelijk changes, else only the changed ones', () => {
    const summaries = summarize(changes, read);
    expect(affectedRegions(summaries, ['drenthe', 'twente'])).toEqual(['drenthe', 'twente']);
    expect(
      affectedRegions(
        summaries.filter((s) => s.region !== 'landelijk'),
        ['drenthe', 'twente'],
      ),
    ).toEqual(['twente']);
    expect(
      affectedRegions(
        summaries.filter((s) => s.region !== 'landelijk'),
        ['drenthe'],
      ),
    ).toEqual([]);
  });

  it('reports only findings that the base did not have', () => {
    const old: Finding = { file: 'content/twente/begrippen/meldcode.md', field: 'definitie', level: 'waarschuwing', message: 'Zin te lang.' };
    const fresh: Finding = { file: 'content/twente/organisaties/wijkteam.md', field: 'gecontroleerd', level: 'waarschuwing', message: 'Meer dan 12 maanden.' };
    expect(newFindings([old], [old, fresh])).toEqual([fresh]);
  });

  it('writes a Markdown summary with escaped titles, counts and the new warnings', () => {
    const md = formatSummary(
      summarize(changes, read),
      [{ file: 'content/twente/organisaties/wijkteam.md', level: 'waarschuwing', field: 'contact', message: 'Geen contact.' }],
      { previewUrl: 'https://voorbeeld' },
    );
    expect(md).toContain('### twente\n\n1 nieuw, 2 gewijzigd, 1 verwijderd.');
    expect(md).toContain(
      '| ➕ nieuw | [Wijkteam \\| Noord](https://voorbeeld/twente/sociale-kaart/wijkteam/) | organisatie | `/twente/sociale-kaart/wijkteam/` |',
    );
    expect(md).toContain('| ✏️ gewijzigd | [Meldcode](https://voorbeeld/twente/begrippen/meldcode/) | begrip | definitie, tekst |');
    expect(md).toContain('| ➖ weg | Oud team | organisatie |');
    expect(md).toContain('Andere bestanden: `regio.yaml`.');
    expect(md).toContain('**Waarschuwingen: 1**\n\n- `content/twente/organisaties/wijkteam.md`, veld `contact`: Geen contact.');
    expect(formatSummary([])).toContain('Geen wijzigingen in `content/`');
  });
});
