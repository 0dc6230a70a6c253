/**
 * Rule "bestandsnaam": file names are lower-case slugs, because the name becomes the page's URL and a
 * reference target; "Hoofdletter.md" would work on one computer and break on another.
 */
import { basename } from 'node:path';
import type { Finding } from '../content-check.ts';
import { slugify } from '../../shared/urls.ts';

export const RULE = 'bestandsnaam';

export function fileNameRule(file: string, rel: string): Finding[] {
  const name = basename(rel);
  const m = /^(.*)\.(mdx?)$/.exec(name);
  if (!m || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(m[1]!)) return [];
  const suggestion = `${slugify(m[1]!) || 'naam'}.${m[2]}`;
  return [
    {
      file,
      level: 'fout',
      rule: RULE,
      message: `De bestandsnaam "${name}" mag alleen kleine letters, cijfers en streepjes bevatten (de naam wordt het webadres). Hernoem het bestand naar "${suggestion}".`,
    },
  ];
}
