/**
 * Which organisations were not checked for more than 12 months ("laatst gecontroleerd", field
 * `gecontroleerd`), per region, and the text of the one issue per region that the weekly workflow
 * (.github/workflows/freshness.yml) opens or updates, mentioning the region's CODEOWNERS.
 * Pure functions, plus one that reads the content folder.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from './frontmatter.ts';
import { toDate } from './rules/dates.ts';
import { listRegionFolders } from './regions.ts';
import { CONTENT_DIR, portalConfig, readRegio } from './settings.ts';
import { SHARED_REGION, slugOf } from '../shared/collections.ts';
import { formatDate } from '../schemas/dates.ts';

export const STALE_MONTHS = 12;
const DAY = 24 * 60 * 60 * 1000;

export interface StaleEntry {
  file: string;
  slug: string;
  naam: string;
  /** JJJJ-MM-DD, or undefined when the field is missing or no date. */
  gecontroleerd?: string;
  months: number;
}

/** Whole months between two dates (a day short of a month does not count). */
export function monthsBetween(from: Date, to: Date): number {
  let months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + (to.getUTCMonth() - from.getUTCMonth());
  if (to.getUTCDate() < from.getUTCDate()) months -= 1;
  return Math.max(0, months);
}

/** The stale ones among a region's organisation files (path and text), oldest first. */
export function staleEntries(files: { file: string; text: string }[], now: Date, months = STALE_MONTHS): StaleEntry[] {
  const stale: StaleEntry[] = [];
  for (const { file, text } of files) {
    let data: Record<string, unknown> = {};
    try {
      data = (parseFrontmatter(text).data ?? {}) as Record<string, unknown>;
    } catch {
      // An unreadable file is the content check's to report.
    }
    const checked = toDate(data['gecontroleerd']);
    // The same line as the content check's warning: more than 365 days (12 months) ago.
    if (checked && (now.getTime() - checked.getTime()) / DAY <= (months * 365) / 12) continue;
    stale.push({
      file,
      slug: slugOf(file),
      naam: typeof data['naam'] === 'string' ? data['naam'] : slugOf(file),
      gecontroleerd: checked ? formatDate(checked) : undefined,
      months: checked ? monthsBetween(checked, now) : -1,
    });
  }
  return stale.sort((a, b) => (a.gecontroleerd ?? '').localeCompare(b.gecontroleerd ?? '') || a.naam.localeCompare(b.naam, 'nl'));
}

/**
 * The owners GitHub asks for a file under content/<region>/, read from CODEOWNERS the way GitHub does:
 * the last matching line wins. Only the patterns this repository uses: "*" and folders ending in "/".
 */
export function codeOwners(codeownersText: string, path: string): string[] {
  let owners: string[] = [];
  for (const raw of codeownersText.split('\n')) {
    const line = raw.replace(/#.*/, '').trim();
    if (!line) continue;
    const [pattern = '', ...who] = line.split(/\s+/);
    const p = pattern.replace(/^\//, '');
    const match = pattern === '*' || (p.endsWith('/') ? `${path}`.startsWith(p) : path === p);
    if (match) owners = who;
  }
  return owners;
}

export function issueTitle(region: string): string {
  return `Verouderde contactgegevens: ${region}`;
}

export function issueBody(
  region: string,
  entries: StaleEntry[],
  owners: string[],
  { siteUrl = portalConfig.siteUrl, repository = portalConfig.repository, branch = portalConfig.branch, now = new Date() } = {},
): string {
  const site = `${siteUrl.replace(/\/$/, '')}/${region}/`;
  const who = owners.length ? owners.join(' ') : 'de redactie van deze regio';
  const lines = [
    `${who}: ${entries.length} organisatie(s) in **${region}** zijn meer dan ${STALE_MONTHS} maanden niet gecontroleerd (stand ${formatDate(now)}).`,
    '',
    'Controleer telefoon, e-mail, website en adres bij de bron. Klopt alles, zet dan bij **Laatst gecontroleerd** de datum van vandaag. Dat kan in het beheer (`/beheer/` op de site) of op GitHub. Na 24 maanden weigert de controle de gegevens en wordt de site niet meer gebouwd.',
    '',
    '| Organisatie | Laatst gecontroleerd | Maanden | Bestand |',
    '| --- | --- | --- | --- |',
    ...entries.map((e) => {
      const page = region === SHARED_REGION ? e.naam : `[${e.naam.replace(/\|/g, '\\|')}](${site}sociale-kaart/${e.slug}/)`;
      return `| ${page} | ${e.gecontroleerd ?? 'ontbreekt'} | ${e.months >= 0 ? e.months : '–'} | [${e.file}](${repository.replace(/\/$/, '')}/blob/${branch}/${e.file}) |`;
    }),
    '',
    '_Deze issue wordt elke week bijgewerkt door .github/workflows/freshness.yml en gesloten als alles weer gecontroleerd is._',
  ];
  return lines.join('\n');
}

/** Every region (and landelijk) with its stale organisations, from the content folder. */
export function staleByRegion(now = new Date(), contentDir = CONTENT_DIR): { region: string; entries: StaleEntry[] }[] {
  const regions = listRegionFolders(contentDir).filter((r) => readRegio(r, contentDir)?.voorbeeld !== true);
  return [...regions, SHARED_REGION].map((region) => {
    const dir = join(contentDir, region, 'organisaties');
    const files = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => /\.mdx?$/.test(f))
          .sort()
          .map((f) => ({ file: `content/${region}/organisaties/${f}`, text: readFileSync(join(dir, f), 'utf8') }))
      : [];
    return { region, entries: staleEntries(files, now) };
  });
}
