/**
 * Share images: a 1200×630 PNG per page for og:image, drawn at build time with sharp from an SVG template
 * (site name, region, the page's title and kind, in the region's theme colours, system fonts only).
 *
 * Called while a page renders (src/site/layouts/Base.astro): the image's name is the hash of its SVG, so an
 * unchanged page gets the same file, and the PNG is drawn only when no build drew that SVG before
 * (node_modules/.cache/regioportaal-og/<hash>.png). The file is copied into the region's output as
 * og/<hash>.png; the page refers to it only in meta tags and never loads it itself.
 *
 * Help pages (hulp, talen, gemeenten, veilig browsen and the language pages) get one neutral image per region:
 * a link preview of such a page, seen by someone else on a shared phone or in a chat, should say nothing
 * about anyone's situation.
 */
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { escapeHtml } from '../shared/text.ts';
import { ROOT, env } from './settings.ts';

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
/** Bumped when the output changes in a way the SVG text does not show, such as the PNG settings. */
const TEMPLATE_VERSION = '2';
const CACHE_DIR = join(ROOT, 'node_modules', '.cache', 'regioportaal-og');
// Fonts the machine has: librsvg picks the first it finds through fontconfig. Nothing is downloaded.
const FONTS = 'DejaVu Sans, Liberation Sans, Arial, Helvetica, sans-serif';

export interface OgInput {
  /** "Kennisportaal huiselijk geweld en kindermishandeling". */
  siteName: string;
  /** The region's name, e.g. "Twente". */
  regionName: string;
  /** The page's own title; left out on neutral images. */
  title?: string;
  /** What kind of page ("Regiovisie", "Begrip", ...); left out on neutral images. */
  kind?: string;
  theme: { primair: string; accent: string };
}

/**
 * Pages whose share image and description must not hint at anyone's situation: the help pages, the
 * language pages (/<lang>/ and /talen/), the list of gemeenten and the safe-browsing page.
 */
export function isNeutralPage(pathname: string, base: string): boolean {
  const path = pathname.startsWith(base) ? pathname.slice(base.length) : pathname.replace(/^\//, '');
  return /^(hulp|talen|gemeenten|veilig-browsen)(\/|$)/.test(path) || /^[a-z]{2,3}(-[a-z]{2,4})?(\/|$)/.test(path);
}

/** Splits a title into at most `lines` lines of about `max` characters, ending in "…" when it is longer. */
export function wrapTitle(text: string, max: number, lines: number): string[] {
  const out: string[] = [];
  let line = '';
  const words = text.split(/\s+/).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (line && line.length + 1 + word.length > max) {
      out.push(line);
      line = word;
      if (out.length === lines) {
        out[lines - 1] = `${out[lines - 1]!.replace(/[\s,.;:]+$/, '')}…`;
        return out;
      }
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line.length > max + 8 ? `${line.slice(0, max)}…` : line);
  return out;
}

const COLOUR = /^#[0-9a-f]{3,8}$/i;

/** The SVG of a share image. Pure, so its hash names the PNG. */
export function ogSvg(input: OgInput): string {
  const primair = COLOUR.test(input.theme.primair) ? input.theme.primair : '#154273';
  const accent = COLOUR.test(input.theme.accent) ? input.theme.accent : '#a3195b';
  const neutral = !input.title;
  // A neutral image reads like the help pages' own titles ("Hulp · Twente"), without the portal's name.
  // Bold DejaVu Sans is about 0.6 em a character: 28 characters of 60 px fit the 1040 px between the margins.
  const title = neutral ? [] : wrapTitle(input.title!, 28, 3);
  const titleSvg = title.map((line, i) => `<text x="80" y="${300 + i * 74}" font-size="60" font-weight="700">${escapeHtml(line)}</text>`).join('');
  const regionLine = wrapTitle(`${input.regionName}${input.kind ? ` · ${input.kind}` : ''}`, 50, 1)[0] ?? '';
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="${primair}"/>`,
    `<rect y="${OG_HEIGHT - 28}" width="${OG_WIDTH}" height="28" fill="${accent}"/>`,
    `<rect x="80" y="150" width="120" height="10" fill="${accent}"/>`,
    `<g fill="#ffffff" font-family="${FONTS}">`,
    neutral
      ? `<text x="80" y="330" font-size="84" font-weight="700">Hulp · ${escapeHtml(input.regionName)}</text>`
      : `<text x="80" y="110" font-size="30" font-weight="700">${escapeHtml(input.siteName)}</text>`,
    neutral ? '' : `<text x="80" y="215" font-size="36">${escapeHtml(regionLine)}</text>${titleSvg}`,
    '</g></svg>',
  ].join('');
}

export function ogHash(svg: string): string {
  return createHash('sha256').update(`${TEMPLATE_VERSION}|${sharp.versions.sharp}|${svg}`).digest('hex').slice(0, 16);
}

/** Draws (or takes from the cache) one image. Several pages with the same image wait for one drawing. */
const drawing = new Map<string, Promise<string>>();
function cachedPng(svg: string, hash: string): Promise<string> {
  const file = join(CACHE_DIR, `${hash}.png`);
  if (existsSync(file)) return Promise.resolve(file);
  let pending = drawing.get(hash);
  if (!pending) {
    mkdirSync(CACHE_DIR, { recursive: true });
    // Written under a temporary name first, so a build that stops halfway never leaves half a PNG in the cache.
    const tmp = `${file}.${process.pid}.tmp`;
    pending = sharp(Buffer.from(svg))
      .png({ palette: true, colours: 16, dither: 0, effort: 1, compressionLevel: 6 })
      .toFile(tmp)
      .then(() => {
        renameSync(tmp, file);
        return file;
      });
    drawing.set(hash, pending);
  }
  return pending;
}

/**
 * The share image of one page: draws it when needed, puts it in `outDir`/og/ and returns its path under the
 * site's base (e.g. "og/3f2a….png"). Without an outDir (the dev server) it only returns the name.
 */
export async function ogImage(input: OgInput, outDir: string | undefined): Promise<string> {
  const svg = ogSvg(input);
  const hash = ogHash(svg);
  const name = `og/${hash}.png`;
  if (!outDir) return name;
  const target = join(outDir, name);
  if (!existsSync(target)) {
    const png = await cachedPng(svg, hash);
    mkdirSync(join(outDir, 'og'), { recursive: true });
    copyFileSync(png, target);
  }
  return name;
}

/** Width and height of a PNG from its header bytes (the IHDR chunk), for tests and checks. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } | undefined {
  const signature = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length < 24 || signature.some((b, i) => bytes[i] !== b)) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

export interface OgMetaInput {
  siteName: string;
  regio: { naam: string; korteNaam: string; thema: { primair: string; accent: string } };
  pathname: string;
  base: string;
  site: URL | undefined;
  /** The full <title> of the page. */
  fullTitle: string;
  /** The page's own title, for the image. */
  title: string;
  kind?: string;
  description?: string;
}

export interface OgMeta {
  type: 'website' | 'article';
  title: string;
  description: string;
  url?: string;
  image: string;
  alt: string;
}

/** Everything the share meta tags of one page say; draws the page's image during a build. */
export async function ogMeta(input: OgMetaInput): Promise<OgMeta | undefined> {
  if (!input.site) return undefined;
  const neutral = isNeutralPage(input.pathname, input.base);
  const home = input.pathname === input.base;
  const image = await ogImage(
    neutral
      ? { siteName: input.siteName, regionName: input.regio.korteNaam, theme: input.regio.thema }
      : {
          siteName: input.siteName,
          regionName: input.regio.korteNaam,
          title: home ? input.regio.naam : input.title,
          kind: home ? undefined : input.kind,
          theme: input.regio.thema,
        },
    // Only a build writes files (the build sets OUT_DIR); the dev server only names the image.
    env('OUT_DIR'),
  );
  return {
    type: home || neutral ? 'website' : 'article',
    title: input.fullTitle,
    // The description of a help page could still name a situation in a link preview; the neutral one does not.
    description: neutral ? `Hulp en contact in ${input.regio.korteNaam}.` : (input.description ?? input.fullTitle),
    url: new URL(input.pathname, input.site).href,
    image: new URL(`${input.base}${image}`, input.site).href,
    alt: neutral ? `Hulp · ${input.regio.korteNaam}` : `${input.regio.naam}: ${home ? input.siteName : input.title}`,
  };
}
