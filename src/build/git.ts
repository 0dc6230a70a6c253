/** "Laatst bijgewerkt" from git history; undefined when the file is not committed or git is absent. */
import { execFileSync } from 'node:child_process';
import { relative, resolve } from 'node:path';
import { ROOT } from './regions.ts';

let cache: Map<string, Date> | undefined;

function loadHistory(): Map<string, Date> {
  const map = new Map<string, Date>();
  try {
    // One git call for the whole history: newest commit first, so the first date seen per file wins.
    const log = execFileSync('git', ['log', '--format=@%cI', '--name-only', '--', 'content'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    let date: Date | undefined;
    for (const line of log.split('\n')) {
      if (line.startsWith('@')) date = new Date(line.slice(1));
      else if (line && date && !map.has(line)) map.set(line, date);
    }
  } catch {
    // Not a git checkout (e.g. a downloaded archive): pages simply show no date.
  }
  return map;
}

/** An entry's file path as it is in the repository (Astro's path is relative to its build root). */
export function repoPath(filePath: string): string {
  return relative(ROOT, resolve(process.cwd(), filePath)).split('\\').join('/');
}

export function lastUpdated(filePath: string | undefined): Date | undefined {
  if (!filePath) return undefined;
  cache ??= loadHistory();
  return cache.get(repoPath(filePath));
}
