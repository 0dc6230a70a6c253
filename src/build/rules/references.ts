/**
 * Rule "verwijzing": links inside the site must arrive. `#anker` needs a heading with that id on the page;
 * `begrip:slug`, `organisatie:slug`, `training:slug` and `hoofdstuk:slug#anker` need an entry with that slug
 * (and that chapter a heading with that anchor). Anchors are the ids the Markdown processor makes.
 */
import type { Finding } from '../content-check.ts';
import type { EntryCollection } from '../regions.ts';
import { headingIds } from '../../shared/anchors.ts';
import { LINK_SCHEMES } from '../../shared/urls.ts';
import { proseLines } from './text.ts';

export function internalLinkRule(
  file: string,
  body: string,
  bodyLine: number,
  slugs: Record<EntryCollection, Set<string>>,
  anchors: Map<string, Set<string>>,
): Finding[] {
  const findings: Finding[] = [];
  const ownIds = headingIds(body);
  const push = (line: number, message: string) => findings.push({ file, line, level: 'fout', rule: 'verwijzing', message });
  for (const { text, line } of proseLines(body, bodyLine)) {
    for (const link of text.matchAll(/\]\(#([^)\s]+)\)/g)) {
      if (!ownIds.has(link[1]!))
        push(
          line,
          `Link naar #${link[1]} gaat nergens heen: deze pagina heeft geen kop met dat anker. Bestaande ankers: ${[...ownIds].slice(0, 8).join(', ') || 'geen'}.`,
        );
    }
    for (const link of text.matchAll(/\]\(([a-z]+):([^)\s#]*)(#[^)\s]*)?\)/g)) {
      const collection = LINK_SCHEMES[link[1]!];
      if (!collection) continue;
      const targetIds = collection === 'hoofdstukken' ? anchors.get(link[2]!) : undefined;
      if (link[3] && targetIds && !targetIds.has(link[3].slice(1))) {
        push(
          line,
          `Link naar ${link[1]}:${link[2]}${link[3]} gaat nergens heen: dat hoofdstuk heeft geen kop met anker "${link[3].slice(1)}". Bestaande ankers: ${[...targetIds].slice(0, 8).join(', ')}.`,
        );
      }
      if (!slugs[collection].has(link[2]!)) {
        push(
          line,
          `Link naar ${link[1]}:${link[2]} gaat nergens heen: er is geen ${link[1]} met slug "${link[2]}". Controleer de slug (de bestandsnaam zonder .md) in de map ${collection}.`,
        );
      }
    }
  }
  return findings;
}
