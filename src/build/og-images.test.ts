import { describe, expect, it } from 'vitest';
import sharp from 'sharp';
import { isNeutralPage, ogHash, ogSvg, pngSize, wrapTitle } from './og-images.ts';

const theme = { primair: '#1d4e5c', accent: '#8c2f4f' };
const siteName = 'Kennisportaal huiselijk geweld en kindermishandeling';

describe('share images', () => {
  it('knows the help pages, which get the neutral image', () => {
    for (const path of ['/twente/hulp/', '/twente/hulp/kind/', '/twente/talen/', '/twente/en/', '/twente/gemeenten/', '/twente/veilig-browsen/'])
      expect(isNeutralPage(path, '/twente/'), path).toBe(true);
    for (const path of ['/twente/', '/twente/regiovisie/regionale-cijfers/', '/twente/begrippen/meldcode/', '/twente/over/'])
      expect(isNeutralPage(path, '/twente/'), path).toBe(false);
  });
  it('puts no situation words on the neutral image, and the title and kind on the others', () => {
    const neutral = ogSvg({ siteName, regionName: 'Twente', theme });
    expect(neutral).toContain('Hulp · Twente');
    expect(neutral).not.toMatch(/geweld|mishandel|misbruik|seks|slachtoffer|pleger|melding/i);
    const page = ogSvg({ siteName, regionName: 'Twente', title: 'Regionale cijfers in Twente', kind: 'Regiovisie', theme });
    expect(page).toContain('Twente · Regiovisie');
    expect(page).toContain('Regionale cijfers in Twente');
    expect(page).toContain('fill="#1d4e5c"');
  });
  it('names an image by its SVG, so an unchanged page keeps its file', () => {
    const a = ogSvg({ siteName, regionName: 'Twente', title: 'A', theme });
    expect(ogHash(a)).toBe(ogHash(a));
    expect(ogHash(a)).not.toBe(ogHash(ogSvg({ siteName, regionName: 'Twente', title: 'B', theme })));
  });
  it('shortens a long title to three lines', () => {
    const lines = wrapTitle('een twee drie vier vijf zes zeven acht negen tien elf twaalf', 10, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]).toMatch(/…$/);
  });
  it('draws a 1200×630 PNG with sharp', async () => {
    const png = await sharp(Buffer.from(ogSvg({ siteName, regionName: 'Twente', title: 'Test', kind: 'Begrip', theme })))
      .png()
      .toBuffer();
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(pngSize(new Uint8Array([1, 2, 3]))).toBeUndefined();
  });
});
