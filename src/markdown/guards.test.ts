import { describe, expect, it } from 'vitest';
import { markdownToHtml, mdxToJs } from 'satteri';
import { contentProcessorOptions } from './guards.ts';
import { elementProblems, urlProblem } from './policy.ts';

const mdx = (source: string) => mdxToJs(`---\ntitel: x\n---\n\n${source}\n`, contentProcessorOptions);
const md = (source: string) => markdownToHtml(source, contentProcessorOptions).html;

describe('the MDX guard in the build pipeline', () => {
  for (const hostile of [
    '{process.env}',
    'Tekst {JSON.stringify(process.env)} tekst',
    "import x from 'node:fs'",
    'export const a = 1',
    '<Fragment set:html="<script>alert(1)</script>" />',
    '<iframe src="https://example.nl"></iframe>',
    '<Kader {...props}>x</Kader>',
    '<Kader titel={process.env.X}>x</Kader>',
    '<Kader set:html="x">x</Kader>',
  ]) {
    it(`refuses ${hostile}`, () => {
      expect(() => mdx(hostile)).toThrow(/niet toegestaan|Onbekend|is code/);
    });
  }
  it('names the line', () => {
    expect(() => mdx('Regel\n\n{process.env}')).toThrow(/:7: /);
  });
  it('compiles the documented components with literal attributes', () => {
    expect(mdx('<Kader titel="Voorbeeld">\nTekst.\n</Kader>\n\n<Citaat bron="Een ouder">Mooi.</Citaat>').code).toContain('Kader');
  });
});

describe('the HTML guard in the build pipeline', () => {
  for (const hostile of [
    '<script>alert(1)</script>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    '<meta name="referrer" content="unsafe-url">',
    '<a href="https://x.nl" onclick="alert(1)">x</a>',
    '<img src="https://tracker.example/p.gif">',
    '<div style="color:red">x</div>',
    '[x](javascript:alert(1))',
    '[x](JaVaScRiPt&#58;alert(1))',
    '[x][r]\n\n[r]: javascript:alert(1)',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '[x](//evil.example)',
    '[x](http://example.nl)',
    '<svg><a href="javascript:x"></a></svg>',
    '<a href="https://x.nl" ping="https://t.example">x</a>',
  ]) {
    it(`refuses ${JSON.stringify(hostile)}`, () => {
      expect(() => md(hostile)).toThrow(/niet toegestaan|onveilig/);
    });
  }
  it('leaves code fences and entities as text', () => {
    expect(md('```\n<script>alert(1)</script>\n```\n\n&lt;script&gt;')).toContain('&lt;script&gt;');
  });
  it('allows harmless HTML, tables and footnotes, and gives external links rel="noreferrer"', () => {
    const html = md(
      '<abbr title="Veilig Thuis">VT</abbr> <sup>2</sup> <a href="https://veiligthuis.nl" title="VT">site</a> [hier](https://x.nl) [mail](mailto:a@b.nl) [intern](/voorbeeld/)\n\n| a | b |\n|:-|-:|\n| 1 | 2 |\n\nNoot[^1]\n\n[^1]: Bron.',
    );
    expect(html).toContain('<a href="https://x.nl" rel="noreferrer">');
    expect(html).toMatch(/<a href="https:\/\/veiligthuis.nl" title="VT" rel="noreferrer">/);
    expect(html).toContain('<a href="mailto:a@b.nl">');
  });
});

describe('url rules', () => {
  it.each([
    'javascript:alert(1)',
    ' JAVASCRIPT:x',
    'java\tscript:x',
    '\u0001javascript:x',
    'vbscript:x',
    'data:text/html,x',
    'http://x.nl',
    '//evil.example',
    '\\\\evil.example',
    'ftp://x.nl',
  ])('refuses %j', (url) => {
    expect(urlProblem(url)).toBeDefined();
  });
  it.each(['https://x.nl', 'mailto:a@b.nl', 'tel:0800-2000', 'begrip:meldcode', 'hoofdstuk:inleiding#kop', '/voorbeeld/', '../x/', '#kop'])(
    'allows %j',
    (url) => {
      expect(urlProblem(url)).toBeUndefined();
    },
  );
  it('loads resources only from the site itself', () => {
    expect(urlProblem('https://tracker.example/p.gif', 'resource')).toMatch(/andere website/);
    expect(urlProblem('grafiek.png', 'resource')).toBeUndefined();
  });
  it('keeps id/class/lang/title and table attributes', () => {
    expect(elementProblems('td', { id: 'a', className: ['b'], lang: 'nl', title: 't', colSpan: 2, rowSpan: 1, headers: 'h' })).toEqual([]);
    expect(elementProblems('a', { href: 'https://x.nl', referrerPolicy: 'unsafe-url' })).toHaveLength(1);
  });
});
