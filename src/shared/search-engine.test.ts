import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  closeTerms,
  decodePostings,
  encodePostings,
  excerpt,
  matcher,
  nameKey,
  partition,
  planQuery,
  shardOf,
  shardsBetween,
  termWeight,
} from './search-engine.ts';
import { queryTerms } from './search-text.ts';
import { buildIndexData, extractPage, passages, writeIndex, writeNationalIndex, type ExtractedPage } from '../build/search-index.ts';
import { SearchIndex } from '../client/search-core.ts';

describe('postings and shards', () => {
  it('encodes postings compactly and decodes them back, doc ids as deltas, name matches as negative frequencies', () => {
    const list = [
      { doc: 7, passage: 2, tf: 3, inName: false },
      { doc: 2, passage: -1, tf: 10, inName: true },
    ];
    const flat = encodePostings(list);
    expect(flat).toEqual([2, 0, -10, 5, 3, 3]);
    expect(decodePostings(flat)).toEqual([list[1], list[0]]);
    expect(decodePostings(flat, 100).map((p) => p.doc)).toEqual([102, 107]);
  });
  it('cuts sorted terms into shards near the target size without splitting a term', () => {
    const terms = ['aa', 'ab', 'b', 'ca', 'cb', 'd'].map((term) => ({ term, bytes: term === 'b' ? 50 : 10 }));
    expect(partition(terms, 30)).toEqual([['aa', 'ab'], ['b'], ['ca', 'cb', 'd']]);
  });
  it('finds the shard of a term and the shards a prefix may span', () => {
    const starts = ['', 'geld', 'gew', 'hui'];
    expect(shardOf(starts, 'aanpak')).toBe(0);
    expect(shardOf(starts, 'geweld')).toBe(2);
    expect(shardOf(starts, 'zorg')).toBe(3);
    expect(shardsBetween(starts, 'ge', 'ge')).toEqual([0, 1, 2]);
    expect(shardsBetween(starts, 'hui', 'huis')).toEqual([3]);
  });
  it('lets a half-typed last word match longer terms, and only the last word', () => {
    const [first, last] = planQuery(queryTerms('kind mishand'));
    expect(first!.prefix).toBeUndefined();
    expect(termWeight(last!, 'mishandel')).toBeGreaterThan(0);
    expect(termWeight(last!, 'mishand')).toBe(1);
    expect(termWeight(last!, 'meldcod')).toBe(0);
    expect(termWeight(first!, 'kinder')).toBe(0);
    // A whole-name key never counts as a completion of a word.
    expect(termWeight(last!, nameKey(['mishandel']))).toBe(0);
    expect(nameKey(['veilig', 'thuis'])).toBe('veilig thuis ');
  });
});

describe('typos', () => {
  it('offers terms a typo or two away, by the name index rules, never for short words or name keys', () => {
    expect(closeTerms('huisverbot', ['huisverbod', 'huisarts', 'huisverbod '])).toEqual([{ term: 'huisverbod', w: 0.6 }]);
    expect(closeTerms('vtt', ['vt', 'vtw'])).toEqual([]);
    expect(closeTerms('meldkod', ['meldcod', 'melding']).map((t) => t.term)).toEqual(['meldcod']);
  });
});

describe('excerpts', () => {
  it('marks the query words (stemmed) around the best spot and escapes everything else', () => {
    const text =
      'Een lange inleiding zonder enige treffer in deze eerste zin. Kinderen <script> worden mishandeld & verwaarloosd; kindermishandeling komt veel voor.';
    const html = excerpt(text, matcher('mishandeling kinderen'), 8);
    expect(html).toContain('<mark>Kinderen</mark>');
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toMatch(/<(?!\/?mark>)/);
    expect(html.startsWith('… ')).toBe(true);
  });
  it('shows the beginning when nothing matches', () => {
    expect(excerpt('Een twee drie vier vijf', () => false, 3)).toBe('Een twee drie …');
  });
});

const page = (url: string, title: string, kind: string, text: string, more: Partial<ExtractedPage> = {}): ExtractedPage => ({
  url,
  title,
  kind,
  filters: [['regio', 'Twente']],
  names: [title],
  sections: [{ id: '', title: '', blocks: [{ text, weight: 1 }] }],
  ...more,
});

describe('index and scoring, end to end', () => {
  const pages = [
    page('begrippen/huiselijk-geweld/', 'Huiselijk geweld', 'Begrip', 'Geweld door iemand uit de huiselijke kring.'),
    page('begrippen/kindermishandeling/', 'Kindermishandeling', 'Begrip', 'Geweld tegen een kind door ouders. Kinderen worden mishandeld.', {
      names: ['Kindermishandeling', 'KM'],
    }),
    page('hulp/geweld-thuis/', 'Ik word thuis pijn gedaan', 'Hulp', 'Wordt u thuis geslagen of bedreigd? Bel Veilig Thuis.', {
      names: ['Ik word thuis pijn gedaan', 'mijn man slaat mij'],
    }),
    page('begrippen/partnergeweld/', 'Partnergeweld', 'Begrip', 'Een man slaat, een man dreigt: de man slaat vaker dan hij toegeeft. Man, man, man.'),
    page('regiovisie/aanpak/', 'Aanpak', 'Regiovisie', 'Inleiding over de aanpak.', {
      sections: [
        { id: '', title: '', blocks: [{ text: 'Inleiding over de aanpak in de regio.', weight: 1 }] },
        { id: 'huisverbod', title: 'Tijdelijk huisverbod', blocks: [{ text: 'De burgemeester kan een huisverbod opleggen bij huiselijk geweld.', weight: 1 }] },
      ],
    }),
    page('sociale-kaart/veilig-thuis/', 'Veilig Thuis Twente', 'Organisatie', 'Advies en meldpunt voor huiselijk geweld en kindermishandeling.', {
      filters: [
        ['regio', 'Twente'],
        ['gemeente', 'Enschede'],
      ],
    }),
  ];
  const dir = mkdtempSync(join(tmpdir(), 'zoek-'));
  const docs = writeIndex(join(dir, 'zoek'), buildIndexData(pages), undefined, 60);
  const get = async (url: string) => JSON.parse(readFileSync(join(dir, url), 'utf8')) as unknown;
  const index = new SearchIndex(docs, '/', '/zoek/', get);
  const urls = async (q: string, filters: Record<string, string[]> = {}) => (await index.hits(await index.search(q, filters), 0, 10)).map((h) => h.url);

  it('writes several small shards and fragment files, all named in docs.json', () => {
    const files = readdirSync(join(dir, 'zoek'));
    expect(docs.s.length).toBeGreaterThan(2);
    for (const [, file] of docs.s) expect(files).toContain(file);
    expect(files.filter((f) => f.startsWith('f')).length).toBe(Math.ceil(docs.d.reduce((n, d) => Math.max(n, d[3]), 0) / docs.g) || 1);
  });
  it('puts the page whose title is the query first, and needs every word (AND)', async () => {
    expect((await urls('huiselijk geweld'))[0]).toBe('/begrippen/huiselijk-geweld/');
    expect(await urls('huisverbod burgemeester')).toEqual(['/regiovisie/aanpak/#huisverbod']);
  });
  it('puts a page one of whose names is the query above pages that only use its words often', async () => {
    expect(await urls('mijn man slaat mij')).toEqual(['/hulp/geweld-thuis/', '/begrippen/partnergeweld/']);
  });
  it('falls back to any word (OR) when no page has them all, best matches first', async () => {
    const found = await urls('wordt geslagen bedreigd fietsenstalling');
    expect(found).toEqual(['/hulp/geweld-thuis/']);
    expect((await urls('kindermishandeling fietsenstalling'))[0]).toBe('/begrippen/kindermishandeling/');
  });
  it('finds a word with a typo when nothing matches it as typed', async () => {
    expect(await urls('burgemeestr')).toEqual(['/regiovisie/aanpak/#huisverbod']);
    expect(await urls('burgemeester')).toEqual(['/regiovisie/aanpak/#huisverbod']);
  });
  it('stems, and completes the last word while typing', async () => {
    expect(await urls('mishandeld')).toContain('/begrippen/kindermishandeling/');
    expect(await urls('burgemeest')).toEqual(['/regiovisie/aanpak/#huisverbod']);
  });
  it('links to the section of a long page and shows its title, with marks in the excerpt', async () => {
    const [hit] = await index.hits(await index.search('burgemeester'), 0, 1);
    expect(hit).toMatchObject({ url: '/regiovisie/aanpak/#huisverbod', section: 'Tijdelijk huisverbod', kind: 'Regiovisie' });
    expect(hit!.excerpt).toContain('<mark>burgemeester</mark>');
  });
  it('filters, and counts each filter value without its own choice', async () => {
    expect(await urls('geweld', { gemeente: ['Enschede'] })).toEqual(['/sociale-kaart/veilig-thuis/']);
    const found = await index.search('geweld', { soort: ['Begrip'] });
    expect(found.ranked.every((r) => index.kind(r.doc) === 'Begrip')).toBe(true);
    const id = (name: string, value: string) => docs.f.findIndex(([n, v]) => n === name && v === value);
    expect(found.counts.get(id('soort', 'Begrip'))).toBe(2);
    expect(found.counts.get(id('soort', 'Organisatie'))).toBe(1);
  });
  it('lists every page of a filter without a query', async () => {
    expect(await urls('', { soort: ['Begrip'] })).toEqual(['/begrippen/huiselijk-geweld/', '/begrippen/kindermishandeling/', '/begrippen/partnergeweld/']);
  });
  it.sequential('cleans up', () => rmSync(dir, { recursive: true, force: true }));
});

describe('the national index', () => {
  it('merges the regions: one doc list, postings per term together, URLs and excerpts from each region', async () => {
    const dist = mkdtempSync(join(tmpdir(), 'zoek-dist-'));
    const region = (id: string, naam: string) => [
      page('begrippen/meldcode/', 'Meldcode', 'Begrip', `De meldcode in ${naam}.`, { filters: [['regio', naam]] }),
      page('hulp/geweld-thuis/', 'Geweld thuis', 'Hulp', `Bel Veilig Thuis ${naam}.`, { filters: [['regio', naam]] }),
    ];
    writeIndex(join(dist, 'a', 'zoek'), buildIndexData(region('a', 'Anders')));
    writeIndex(join(dist, 'b', 'zoek'), buildIndexData(region('b', 'Bergen')));
    const docs = writeNationalIndex(dist, [
      { id: 'a', base: '/a/' },
      { id: 'b', base: '/b/' },
    ])!;
    expect(docs.d.length).toBe(4);
    expect(docs.r).toEqual(['/a/', '/b/']);
    const index = new SearchIndex(docs, '/', '/zoek/', async (url) => JSON.parse(readFileSync(join(dist, url), 'utf8')) as unknown);
    const found = await index.search('meldcode');
    const hits = await index.hits(found, 0, 10);
    expect(hits.map((h) => [h.url, h.region])).toEqual([
      ['/a/begrippen/meldcode/', 'Anders'],
      ['/b/begrippen/meldcode/', 'Bergen'],
    ]);
    expect(hits[1]!.excerpt).toContain('Bergen');
    expect((await index.hits(await index.search('meldcode', { regio: ['Bergen'] }), 0, 10)).map((h) => h.url)).toEqual(['/b/begrippen/meldcode/']);
    rmSync(dist, { recursive: true, force: true });
  });
});

describe('passages', () => {
  it('cuts long text between sentences into passages of about 320 characters, short blocks together', () => {
    const long = Array.from({ length: 30 }, (_, i) => `Zin nummer ${i} gaat over geweld.`).join(' ');
    const parts = passages({
      id: '',
      title: '',
      blocks: [
        { text: 'Kort.', weight: 1 },
        { text: 'Ook kort.', weight: 1 },
        { text: long, weight: 1 },
      ],
    });
    expect(parts[0]!.text.startsWith('Kort. Ook kort.')).toBe(true);
    expect(parts.length).toBeGreaterThan(2);
    for (const p of parts) expect(p.text.length).toBeLessThanOrEqual(360);
    expect(parts.map((p) => p.text).join(' ')).toContain('Zin nummer 29 gaat over geweld.');
  });
});

describe('reading built pages', () => {
  const html = `<!doctype html><html lang="nl"><body><header data-pagefind-ignore="all"><a>Zoeken</a></header>
<main data-pagefind-body><span data-pagefind-filter="soort:Begrip" data-pagefind-meta="soort:Begrip"></span><span data-pagefind-filter="regio:Twente"></span>
<nav data-pagefind-ignore="all">Kruimelpad</nav><h1 data-pagefind-meta="title" data-pagefind-weight="10">Meldcode &amp; stappen</h1>
<span hidden data-pagefind-meta="namen">Meldcode · verplichte meldcode</span><p>Een <a href="/x/">stappenplan</a> voor professionals.</p>
<h2 id="vijf-stappen">De vijf stappen<a class="anker" href="#vijf-stappen">#</a></h2><ol><li>Breng signalen in kaart.</li><li>Overleg.</li></ol>
<section data-pagefind-ignore="all"><h2 id="genoemd">Genoemd in</h2><p>Niet indexeren</p></section></main></body></html>`;
  it('takes title, kind, filters, names and sections from the Pagefind attributes, and skips what is ignored', () => {
    const p = extractPage(html, 'begrippen/meldcode/')!;
    expect(p).toMatchObject({
      url: 'begrippen/meldcode/',
      title: 'Meldcode & stappen',
      kind: 'Begrip',
      filters: [
        ['soort', 'Begrip'],
        ['regio', 'Twente'],
      ],
    });
    expect(p.names).toEqual(['Meldcode & stappen', 'Meldcode', 'verplichte meldcode']);
    expect(p.sections.map((s) => [s.id, s.title])).toEqual([
      ['', ''],
      ['vijf-stappen', 'De vijf stappen'],
    ]);
    expect(p.sections[0]!.blocks.map((b) => b.text)).toEqual(['Een stappenplan voor professionals.']);
    expect(p.sections[1]!.blocks.map((b) => b.text)).toEqual(['Breng signalen in kaart.', 'Overleg.']);
    expect(JSON.stringify(p)).not.toMatch(/Kruimelpad|Niet indexeren|Zoeken/);
  });
  it('ignores pages without data-pagefind-body', () => {
    expect(extractPage('<html><body><main><h1>x</h1></main></body></html>', '404.html')).toBeUndefined();
  });
});
