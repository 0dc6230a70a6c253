import { describe, expect, it } from 'vitest';
import { imageNameProblem } from './afbeeldingen.ts';

describe('author images', () => {
  it('takes a plain file name of a raster image', () => {
    expect(imageNameProblem('logo.png')).toBeUndefined();
    expect(imageNameProblem('Foto team.JPG')).toBeUndefined();
  });
  it('refuses addresses, paths, SVG and empty names, in Dutch', () => {
    expect(imageNameProblem('https://example.nl/a.png')).toMatch(/adres op internet/);
    expect(imageNameProblem('//example.nl/a.png')).toMatch(/adres op internet/);
    expect(imageNameProblem('../regio.yaml')).toMatch(/geen bestandsnaam/);
    expect(imageNameProblem('logo.svg')).toMatch(/geen SVG/);
    expect(imageNameProblem(' ')).toMatch(/leeg/);
  });
});
