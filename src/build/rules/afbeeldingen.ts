/**
 * Rule "afbeelding": every <Afbeelding> has alt text and a file that exists in content/<region>/afbeeldingen/,
 * of a type the build can turn into AVIF and WebP. Checked here, so the editor hears it before the build.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Finding } from '../content-check.ts';
import { IMAGE_DIR, imageNameProblem } from '../afbeeldingen.ts';
import type { ContentTree } from './mdx.ts';

export const RULE = 'afbeelding';

export function imageRule(file: string, tree: ContentTree, regionDir: string): Finding[] {
  const findings: Finding[] = [];
  const visit = (node: ContentTree) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name === 'Afbeelding') {
      const line = node.position?.start.line;
      const add = (message: string) => findings.push({ file, line, level: 'fout', rule: RULE, message: `<Afbeelding>: ${message}` });
      const attrs = Object.fromEntries(
        (node.attributes ?? []).filter((a) => a.type === 'mdxJsxAttribute' && typeof a.value === 'string').map((a) => [a.name ?? '', String(a.value)]),
      );
      if (!attrs['alt']?.trim())
        add('de afbeelding heeft geen alt-tekst. Beschrijf in alt="…" wat er te zien is, bijvoorbeeld alt="Logo van de regio: een huis met een hart".');
      const bestand = attrs['bestand'];
      if (bestand === undefined) add(`schrijf bestand="…" met de naam van een bestand in de map content/…/${IMAGE_DIR}/, bijvoorbeeld bestand="logo.png".`);
      else {
        const problem = imageNameProblem(bestand);
        if (problem) add(problem);
        else if (!existsSync(join(regionDir, IMAGE_DIR, bestand)))
          add(
            `het bestand ${IMAGE_DIR}/${bestand} bestaat niet in de map van de regio. Zet het bestand in ${IMAGE_DIR}/ of controleer de naam (hoofdletters tellen mee).`,
          );
      }
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  return findings;
}
