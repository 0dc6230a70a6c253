import { describe, expect, it } from 'vitest';
import { chartData, chartSvg, htmlText, parseNumber, rowsFromAttribute, rowsFromHtml, svgText, wrap } from './chart.ts';

describe('parseNumber', () => {
  it('reads Dutch numbers as documents write them', () => {
    expect(parseNumber('1.234')).toEqual({ value: 1234 });
    expect(parseNumber('12,5')).toEqual({ value: 12.5 });
    expect(parseNumber('€ 2.500.000')).toEqual({ value: 2_500_000 });
    expect(parseNumber('€ 1,2 mln')).toEqual({ value: 1_200_000 });
    expect(parseNumber('34%')).toEqual({ value: 34 });
    expect(parseNumber('ca. 1.500')).toEqual({ value: 1500 });
    expect(parseNumber('-')).toEqual({ value: null });
    expect(parseNumber('n.b.')).toEqual({ value: null });
  });
  it('refuses what is no number, in Dutch', () => {
    expect(parseNumber('veel')).toHaveProperty('problem', expect.stringMatching(/geen getal/));
    expect(parseNumber('1.5')).toHaveProperty('problem', expect.stringMatching(/komma voor decimalen/));
  });
});

describe('chartData', () => {
  const rows = [
    ['Jaar', 'Meldingen', 'Opmerking'],
    ['2019', '1.200', 'eerste jaar'],
    ['2020', '1.350', ''],
    ['Totaal', '2.550', ''],
  ];
  it('takes the first number column, keeps the cell texts and leaves the total row out', () => {
    const { data, problems } = chartData('staaf', rows);
    expect(problems).toEqual([]);
    expect(data!.categories).toEqual(['2019', '2020']);
    expect(data!.series).toEqual([
      {
        name: 'Meldingen',
        values: [
          { text: '1.200', value: 1200 },
          { text: '1.350', value: 1350 },
        ],
      },
    ]);
  });
  it('names the row of a cell that is no number', () => {
    const { problems } = chartData(
      'staaf',
      [
        ['Jaar', 'Aantal'],
        ['2019', '12'],
        ['2020', 'veel'],
      ],
      { kolom: 'Aantal' },
    );
    expect(problems[0]).toMatchObject({ row: 2, message: expect.stringMatching(/Rij 2, kolom "Aantal": "veel" is geen getal/) });
  });
  it('refuses an unknown column and too few parts for a stacked chart', () => {
    expect(chartData('staaf', rows, { kolom: 'Bestaat niet' }).problems[0]!.message).toMatch(/kolom "Bestaat niet" staat niet in de tabel/);
    expect(chartData('gestapeld', rows).problems[0]!.message).toMatch(/minstens twee kolommen/);
  });
  it('reads the data attribute', () => {
    const parsed = rowsFromAttribute('2019: 120; 2020: 135');
    expect(parsed).toEqual({
      rows: [
        ['Onderdeel', 'Aantal'],
        ['2019', '120'],
        ['2020', '135'],
      ],
    });
    expect(rowsFromAttribute('A: 56%', 'Aandeel')).toEqual({
      rows: [
        ['Onderdeel', 'Aandeel'],
        ['A', '56%'],
      ],
    });
    expect(rowsFromAttribute('2019 120')).toHaveProperty('problem', expect.stringMatching(/dubbele punt/));
  });
});

describe('chartSvg', () => {
  const data = chartData('lijn', [
    ['Jaar', 'Adviezen', 'Meldingen'],
    ['2020', '1.000', '500'],
    ['2021', '1.100', '-'],
    ['2022', '1.250', '700'],
  ]).data!;
  for (const kind of ['staaf', 'lijn', 'deel', 'gestapeld'] as const) {
    it(`draws a ${kind} chart with its accessible name and every number`, () => {
      const svg = chartSvg(kind, data, { id: 'g1', titel: 'Adviezen en meldingen', beschrijving: 'Per jaar.' });
      expect(svg).toMatch(/^<svg[^>]+role="img"[^>]+aria-labelledby="g1-t g1-d"[^>]+viewBox="0 0 380 \d+"/);
      expect(svg).toContain('<title id="g1-t">');
      for (const n of kind === 'staaf' || kind === 'deel' ? ['1.000', '1.100', '1.250'] : ['1.000', '1.100', '1.250', '500', '700']) expect(svg).toContain(n);
      expect(svg).not.toMatch(/style=/);
    });
  }
  it('describes every value in the text alternative', () => {
    const svg = chartSvg('lijn', data, { id: 'g', titel: 'T' });
    const desc = htmlText(/<desc[^>]*>([\s\S]*?)<\/desc>/.exec(svg)![1]!);
    expect(desc).toBe('Lijngrafiek. 2020: Adviezen 1.000, Meldingen 500; 2021: Adviezen 1.100, Meldingen -; 2022: Adviezen 1.250, Meldingen 700.');
  });
});

describe('helpers', () => {
  it('escapes the text in the SVG', () => {
    expect(svgText('Veilig Thuis & <co>')).toBe('Veilig Thuis &amp; &lt;co&gt;');
    expect(htmlText(svgText('Veilig Thuis & co'))).toBe('Veilig Thuis & co');
  });
  it('wraps long labels on spaces', () => {
    expect(wrap('een twee drie vier', 9)).toEqual(['een twee', 'drie vier']);
  });
  it('reads a cell as the reader sees it, without the glossary popover', () => {
    const cell =
      'Verbale agressie<button type="button" class="uitleg-knop" popovertarget="u-1"><span aria-hidden="true">?</span><span class="visually-hidden">Uitleg: Verbale agressie</span></button><span class="uitleg" id="u-1" popover><strong>Verbale agressie</strong> Agressie met woorden. <a href="/b/">Lees meer<span class="visually-hidden"> over Verbale agressie</span></a></span> in huiselijke kring';
    expect(htmlText(cell)).toBe('Verbale agressie in huiselijke kring');
  });
  it('reads a rendered table, without footnote references', () => {
    expect(
      rowsFromHtml(
        '<table><thead><tr><th>Jaar</th><th>Aantal</th></tr></thead><tbody><tr><td>2019</td><td>1.200<sup><a href="#fn-1">1</a></sup></td></tr></tbody></table>',
      ),
    ).toEqual([
      ['Jaar', 'Aantal'],
      ['2019', '1.200'],
    ]);
  });
});

describe('rijen', () => {
  it('reads a table with the years as columns', () => {
    const table = [
      ['Veilig Thuis', '2019', '2020'],
      ['Aantal adviezen', '2941', '2829'],
      ['Aantal meldingen', '1354', '1214'],
    ];
    const { data, problems } = chartData('lijn', table, { rijen: 'Aantal adviezen; Aantal meldingen' });
    expect(problems).toEqual([]);
    expect(data!.categories).toEqual(['2019', '2020']);
    expect(data!.series.map((s) => s.name)).toEqual(['Aantal adviezen', 'Aantal meldingen']);
    expect(chartData('lijn', table, { rijen: 'Aantal fouten' }).problems[0]!.message).toMatch(/rij "Aantal fouten" staat niet in de tabel/);
  });
  it('leaves a "Totale kosten" row out of a share chart', () => {
    const { data } = chartData('deel', [
      ['Onderdeel', 'Bedrag'],
      ['A', '€ 1.000'],
      ['B', '€ 3.000'],
      ['**Totale kosten**', '€ 4.000'],
      ['Totale kosten', '€ 4.000'],
    ]);
    expect(data!.categories).toEqual(['A', 'B', '**Totale kosten**']);
  });
});
