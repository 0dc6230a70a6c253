/** Reads and checks content/landelijk/zoekwoorden.yaml (residents' words per page) for the search index. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { CONTENT_DIR, SHARED_REGION } from './regions.ts';
import { zoekwoordenSchema, type Zoekwoord } from '../schemas/zoekwoorden.ts';

export function zoekwoordenFile(contentDir = CONTENT_DIR): string {
  return join(contentDir, SHARED_REGION, 'zoekwoorden.yaml');
}

/** The entries, or a Dutch error naming the file and the entry, so an editor's mistake stops the build. */
export function readZoekwoorden(contentDir = CONTENT_DIR): Zoekwoord[] {
  const file = zoekwoordenFile(contentDir);
  if (!existsSync(file)) return [];
  const parsed = zoekwoordenSchema.safeParse(yaml.load(readFileSync(file, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  item ${i.path.map(String).join('.')}: ${i.message}`).join('\n');
    throw new Error(`Fout in ${file}:\n${issues}`);
  }
  return parsed.data;
}
