/**
 * What a change does to the sites, in words a reviewer reads: per region the pages added, removed and
 * changed (with their titles and which fields changed), and the warnings of the content check that are new.
 * `npm run wijzigingen -- <basis>` prints it; the preview workflow writes it as the job summary.
 * The diffing is pure (summarize, newFindings, formatSummary); git and the file system stay in the edges.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFrontmatter } from './frontmatter.ts';
import { checkRegion, type Finding } from './content-check.ts';
import { publishedRegions } from './regions.ts';
import { ENTRY_COLLECTIONS, SHARED_REGION, slugOf, type EntryCollection } from '../shared/collections.ts';
import { entryUrl } from '../shared/urls.ts';
import { CONTENT_DIR, ROOT } from './settings.ts';

export type Status = 'toegevoegd' | 'verwijderd' | 'gewijzigd';

/** One changed file as git reports it, paths relative to the repository. */
export interface FileChange {
  status: Status;
  path: string;
  /** For a rename: the old path. */
  from?: string;
}

export interface PageChange {
  status: Status;
  collection: EntryCollection;
  slug: string;
  title: string;
  url: string;
  /** Changed fields, "tekst" for the body; only for changed pages. */
  fields?: string[];
}

export interface RegionSummary {
  region: string;
  pages: PageChange[];
  /** Other files of the region that changed: regio.yaml, zoekwoorden.yaml. */
  other: string[];
}

const TITLE_FIELD: Record<EntryCollection, string> = { hoofdstukken: 'titel', begrippen: 'term', organisaties: 'naam', trainingen: 'titel' };
const COLLECTION_WORD: Record<EntryCollection, string> = {
  hoofdstukken: 'hoofdstuk',
  begrippen: 'begrip',
  organisaties: 'organisatie',
  trainingen: 'training',
};

/** `git diff --name-status` output to changes (renames become a removal and an addition of a page). */
export function parseNameStatus(output: string): FileChange[] {
  return output
    .split('\n')
    .filter(Boolean)
    .flatMap((line): FileChange[] => {
      const [code = '', a = '', b] = line.split('\t');
      if (code.startsWith('R') && b)
        return [
          { status: 'verwijderd', path: a },
          { status: 'toegevoegd', path: b, from: a },
        ];
      if (code.startsWith('A')) return [{ status: 'toegevoegd', path: a }];
      if (code.startsWith('D')) return [{ status: 'verwijderd', path: a }];
      return [{ status: 'gewijzigd', path: a }];
    });
}

function fieldsChanged(before: string | undefined, after: string | undefined): string[] {
  if (before === undefined || after === undefined) return [];
  try {
    const a = parseFrontmatter(before);
    const b = parseFrontmatter(after);
    const da = (a.data ?? {}) as Record<string, unknown>;
    const db = (b.data ?? {}) as Record<string, unknown>;
    const keys = [...new Set([...Object.keys(da), ...Object.keys(db)])];
    const fields = keys.filter((k) => JSON.stringify(da[k]) !== JSON.stringify(db[k]));
    return a.body === b.body ? fields : [...fields, 'tekst'];
  } catch {
    return ['(onleesbaar)'];
  }
}

function titleOf(text: string | undefined, collection: EntryCollection, slug: string): string {
  if (text === undefined) return slug;
  try {
    const data = parseFrontmatter(text).data as Record<string, unknown>;
    const title = data[TITLE_FIELD[collection]];
    return typeof title === 'string' && title.trim() ? title.trim() : slug;
  } catch {
    return slug;
  }
}

/**
 * Groups file changes by region and turns content files into pages. `read(side, path)` gives a file's text
 * before ('basis') or after ('nieuw') the change. A change in `landelijk` is listed under its own name: it
 * shows in every region that does not replace the item.
 */
export function summarize(
  changes: FileChange[],
  read: (side: 'basis' | 'nieuw', path: string) => string | undefined,
  base = (region: string) => `/${region}/`,
): RegionSummary[] {
  const regions = new Map<string, RegionSummary>();
  const get = (region: string) => regions.get(region) ?? regions.set(region, { region, pages: [], other: [] }).get(region)!;
  for (const change of changes) {
    const parts = change.path.split('/');
    if (parts[0] !== 'content' || parts.length < 3) continue;
    const region = parts[1]!;
    const collection = parts[2] as EntryCollection;
    if (parts.length === 4 && (ENTRY_COLLECTIONS as readonly string[]).includes(collection) && /\.mdx?$/.test(parts[3]!)) {
      const slug = slugOf(parts[3]!);
      const before = change.status === 'toegevoegd' ? undefined : read('basis', change.path);
      const after = change.status === 'verwijderd' ? undefined : read('nieuw', change.path);
      const title = titleOf(after ?? before, collection, slug);
      const page: PageChange = { status: change.status, collection, slug, title, url: entryUrl(base(region), collection, slug) };
      if (change.status === 'gewijzigd') page.fields = fieldsChanged(before, after);
      get(region).pages.push(page);
    } else {
      get(region).other.push(parts.slice(2).join('/'));
    }
  }
  // A moved file whose slug stays the same is one changed page, not a removal and an addition.
  for (const summary of regions.values()) {
    const removed = summary.pages.filter((p) => p.status === 'verwijderd');
    for (const gone of removed) {
      const back = summary.pages.find((p) => p.status === 'toegevoegd' && p.collection === gone.collection && p.slug === gone.slug);
      if (back) {
        back.status = 'gewijzigd';
        back.fields = ['bestandsnaam'];
        summary.pages.splice(summary.pages.indexOf(gone), 1);
      }
    }
    summary.pages.sort((a, b) => a.status.localeCompare(b.status) || a.collection.localeCompare(b.collection) || a.title.localeCompare(b.title, 'nl'));
  }
  return [...regions.values()].sort((a, b) => a.region.localeCompare(b.region));
}

const findingKey = (f: Finding) => `${f.file}\u0000${f.field ?? ''}\u0000${f.message}`;

/** Findings of the new version that the base did not have (the same file, field and message). */
export function newFindings(before: Finding[], after: Finding[]): Finding[] {
  const known = new Set(before.map(findingKey));
  return after.filter((f) => !known.has(findingKey(f)));
}

/** Regions whose site changes: landelijk content changes every published region. */
export function affectedRegions(summaries: RegionSummary[], published: string[]): string[] {
  const names = summaries.map((s) => s.region);
  const all = names.includes(SHARED_REGION) ? published : names.filter((r) => published.includes(r));
  return [...new Set(all)].sort();
}

export function formatSummary(summaries: RegionSummary[], findings: Finding[] = [], { previewUrl }: { previewUrl?: string } = {}): string {
  const out = ['## Wat verandert er op de site?', ''];
  if (!summaries.length) out.push('Geen wijzigingen in `content/`: de pagina’s blijven zoals ze zijn.', '');
  for (const s of summaries) {
    const added = s.pages.filter((p) => p.status === 'toegevoegd').length;
    const removed = s.pages.filter((p) => p.status === 'verwijderd').length;
    const changed = s.pages.filter((p) => p.status === 'gewijzigd').length;
    const name = s.region === SHARED_REGION ? 'landelijk (in elke regio die het item niet vervangt)' : s.region;
    out.push(`### ${name}`, '', `${added} nieuw, ${changed} gewijzigd, ${removed} verwijderd.`, '');
    if (s.pages.length) {
      out.push('| | Pagina | Soort | Wat |', '| --- | --- | --- | --- |');
      for (const p of s.pages) {
        const mark = p.status === 'toegevoegd' ? '➕ nieuw' : p.status === 'verwijderd' ? '➖ weg' : '✏️ gewijzigd';
        const title = p.title.replace(/\|/g, '\\|');
        const link = p.status === 'verwijderd' || s.region === SHARED_REGION ? title : previewUrl ? `[${title}](${previewUrl}${p.url})` : title;
        out.push(
          `| ${mark} | ${link} | ${COLLECTION_WORD[p.collection]} | ${p.status === 'gewijzigd' ? (p.fields ?? []).join(', ') || 'opmaak' : `\`${p.url}\``} |`,
        );
      }
      out.push('');
    }
    if (s.other.length) out.push(`Andere bestanden: ${s.other.map((o) => `\`${o}\``).join(', ')}.`, '');
  }
  const errors = findings.filter((f) => f.level === 'fout');
  const warnings = findings.filter((f) => f.level === 'waarschuwing');
  out.push('## Nieuwe meldingen van de controle', '');
  if (!findings.length) out.push('Geen nieuwe fouten of waarschuwingen.', '');
  for (const [label, list] of [
    ['Fouten (de site wordt niet gebouwd)', errors],
    ['Waarschuwingen', warnings],
  ] as const) {
    if (!list.length) continue;
    out.push(`**${label}: ${list.length}**`, '');
    for (const f of list) out.push(`- \`${f.file}\`${f.line ? `, regel ${f.line}` : ''}${f.field ? `, veld \`${f.field}\`` : ''}: ${f.message}`);
    out.push('');
  }
  return out.join('\n');
}

// ---- git and the file system ----

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'] });
}

/** The changes from the point where this branch left `base` to the working tree (uncommitted work included). */
export function gitChanges(base: string): { mergeBase: string; changes: FileChange[] } {
  const mergeBase = git(['merge-base', base, 'HEAD']).trim();
  const changes = parseNameStatus(git(['diff', '--name-status', '-M', mergeBase, '--', 'content']));
  const untracked = git(['ls-files', '--others', '--exclude-standard', '--', 'content']).split('\n').filter(Boolean);
  return { mergeBase, changes: [...changes, ...untracked.map((path): FileChange => ({ status: 'toegevoegd', path }))] };
}

function readAt(commit: string, path: string): string | undefined {
  try {
    return git(['show', `${commit}:${path}`]);
  } catch {
    return undefined;
  }
}

/** Content check findings of the base, from a temporary copy of its content/. */
function baseFindings(commit: string, regions: string[]): Finding[] {
  const dir = mkdtempSync(join(tmpdir(), 'wijzigingen-'));
  try {
    const tar = execFileSync('git', ['archive', '--format=tar', commit, 'content'], { cwd: ROOT, maxBuffer: 256 * 1024 * 1024 });
    execFileSync('tar', ['-x', '-C', dir], { input: tar });
    const content = join(dir, 'content');
    return regions.filter((r) => existsSync(join(content, r))).flatMap((r) => checkRegion(r, { contentDir: content, root: dir }));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface Report {
  summaries: RegionSummary[];
  findings: Finding[];
  regions: string[];
}

export function report(base: string): Report {
  const { mergeBase, changes } = gitChanges(base);
  const summaries = summarize(changes, (side, path) =>
    side === 'basis' ? readAt(mergeBase, path) : existsSync(join(ROOT, path)) ? readFileSync(join(ROOT, path), 'utf8') : undefined,
  );
  const regions = affectedRegions(summaries, publishedRegions());
  const checked = [...new Set([...regions, ...summaries.map((s) => s.region).filter((r) => r !== SHARED_REGION)])].filter((r) =>
    existsSync(join(CONTENT_DIR, r)),
  );
  const after = checked.flatMap((r) => checkRegion(r, { root: ROOT }));
  const findings = newFindings(baseFindings(mergeBase, checked), after);
  return { summaries, findings, regions };
}

/** For the workflow: is a file outside content/ changed (code, settings), so that every region must be built? */
export function codeChanged(base: string): boolean {
  const mergeBase = git(['merge-base', base, 'HEAD']).trim();
  return git(['diff', '--name-only', mergeBase, 'HEAD'])
    .split('\n')
    .some((f) => f && !f.startsWith('content/') && !f.startsWith('docs/') && !/\.md$/.test(f));
}
