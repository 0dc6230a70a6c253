/**
 * Images authors add to a chapter (<Afbeelding bestand="…" alt="…">): a local file from
 * content/<region>/afbeeldingen/, turned at build time with sharp into AVIF and WebP at a few widths for a
 * responsive <picture> with width and height (no layout shift). Like the share images, every variant is named by
 * a hash of the source bytes and its settings and drawn only once (node_modules/.cache/regioportaal-afbeeldingen/).
 *
 * Why not astro:assets: the content lives outside the Astro root (CONTENT_DIR, a temporary copy in the tests),
 * where Vite cannot import it; the same sharp that astro:assets uses is called here directly instead.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import sharp from 'sharp';
import { CONTENT_DIR, ROOT, env } from './settings.ts';

/** File types an author may add; SVG is left out, because an SVG can carry script. */
export const IMAGE_EXTENSIONS = ['.jpg', '.jpeg', '.png', '.webp', '.avif'];
export const IMAGE_DIR = 'afbeeldingen';
const WIDTHS = [480, 800, 1200];
const FORMATS = ['avif', 'webp'] as const;
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'regioportaal-afbeeldingen');

/** Why a file name is not allowed, or undefined: a plain name of a file in afbeeldingen/, no path. */
export function imageNameProblem(bestand: string): string | undefined {
  if (!bestand.trim()) return 'bestand="…" is leeg. Schrijf de naam van een bestand in de map afbeeldingen/ van de regio, bijvoorbeeld bestand="logo.png".';
  if (/^[a-z][a-z0-9+.-]*:|^\/\//i.test(bestand))
    return `"${bestand}" is een adres op internet. Een afbeelding van een andere website laat die website zien wie de pagina bekijkt. Zet het bestand in de map afbeeldingen/ van de regio en schrijf alleen de naam.`;
  if (bestand !== basename(bestand) || bestand.startsWith('.'))
    return `"${bestand}" is geen bestandsnaam. Zet het bestand direct in de map afbeeldingen/ van de regio en schrijf alleen de naam, bijvoorbeeld bestand="foto-team.jpg".`;
  if (!IMAGE_EXTENSIONS.some((ext) => bestand.toLowerCase().endsWith(ext)))
    return `"${bestand}" is geen toegestaan soort afbeelding. Gebruik ${IMAGE_EXTENSIONS.join(', ')} (geen SVG: daarin kan code zitten).`;
  return undefined;
}

export interface Picture {
  sources: { type: string; srcset: string }[];
  src: string;
  width: number;
  height: number;
}

async function variant(input: Buffer, hash: string, width: number, format: (typeof FORMATS)[number], outDir: string | undefined): Promise<string> {
  const name = `${hash}-${width}.${format}`;
  const cached = join(CACHE_DIR, name);
  if (!existsSync(cached)) {
    mkdirSync(CACHE_DIR, { recursive: true });
    const tmp = `${cached}.${process.pid}.tmp`;
    await sharp(input)
      .resize({ width, withoutEnlargement: true })
      .toFormat(format, format === 'avif' ? { quality: 55 } : { quality: 75 })
      .toFile(tmp);
    renameSync(tmp, cached);
  }
  if (outDir) {
    mkdirSync(join(outDir, IMAGE_DIR), { recursive: true });
    const target = join(outDir, IMAGE_DIR, name);
    if (!existsSync(target)) copyFileSync(cached, target);
  }
  return `${IMAGE_DIR}/${name}`;
}

/** The <picture> of one author image: AVIF and WebP sources at widths up to the original's, WebP as fallback. */
export async function picture(region: string, bestand: string, base: string): Promise<Picture> {
  const problem = imageNameProblem(bestand);
  if (problem) throw new Error(`Afbeelding: ${problem}`);
  const file = join(CONTENT_DIR, region, IMAGE_DIR, bestand);
  if (!existsSync(file)) throw new Error(`Afbeelding: het bestand content/${region}/${IMAGE_DIR}/${bestand} bestaat niet.`);
  const input = readFileSync(file);
  const meta = await sharp(input).metadata();
  const original = meta.width ?? WIDTHS[0]!;
  const widths = [...new Set([...WIDTHS.filter((w) => w < original), Math.min(original, WIDTHS.at(-1)!)])];
  const hash = createHash('sha256').update(input).update(`|${sharp.versions.sharp}|1`).digest('hex').slice(0, 16);
  // Only a build writes files (the build sets OUT_DIR).
  const outDir = env('OUT_DIR');
  const sources: Picture['sources'] = [];
  let fallback = '';
  for (const format of FORMATS) {
    const urls = [];
    for (const w of widths) urls.push(`${base}${await variant(input, hash, w, format, outDir)} ${w}w`);
    sources.push({ type: `image/${format}`, srcset: urls.join(', ') });
    if (format === 'webp') fallback = urls.at(-1)!.split(' ')[0]!;
  }
  const width = widths.at(-1)!;
  const height = Math.round(((meta.height ?? width) / original) * width);
  return { sources, src: fallback, width, height };
}
