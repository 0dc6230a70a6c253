// Synthetic regions of realistic size for the benchmark: chapters of 3 000 to 8 000 words, 100 begrippen,
// 60 organisaties and 40 trainingen each. Deterministic (seeded), so runs are comparable.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const WORDS = (
  'aanpak afspraken advies beleid betrokken buurt cijfers doelen eerder familie gemeente gezin gevolgen hulp inwoners jeugd kinderen ' +
  'kennis landelijk leefomgeving meldingen netwerk ondersteuning ouders partners preventie professionals regio risico samen samenwerking ' +
  'signalen slachtoffers sociaal steun structureel team toekomst uitvoering veiligheid verbinden vertrouwen vroegtijdig werkwijze wijk zorg'
).split(' ');

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => (s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32;
}

function sentence(r: () => number): string {
  const n = 8 + Math.floor(r() * 10);
  const words = Array.from({ length: n }, () => WORDS[Math.floor(r() * WORDS.length)]);
  return words.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.';
}

function chapterBody(r: () => number, words: number, terms: string[]): string {
  const out: string[] = [];
  let count = 0;
  let section = 0;
  while (count < words) {
    out.push(`## Onderdeel ${++section}`, '');
    for (let p = 0; p < 4 && count < words; p++) {
      const paragraph = Array.from({ length: 4 }, () => sentence(r)).join(' ') + ` Zie ook ${terms[Math.floor(r() * terms.length)]}.`;
      count += paragraph.split(' ').length;
      out.push(paragraph, '');
    }
    if (section % 3 === 0) out.push('| Jaar | Adviezen | Meldingen |', '| --- | ---: | ---: |', '| 2022 | 1200 | 800 |', '| 2023 | 1350 | 910 |', '');
    if (section % 4 === 0) out.push('- Eerder signaleren.', '- Sneller handelen.', '- Beter herstel.', '');
  }
  return out.join('\n');
}

export function writeSyntheticRegions(contentDir: string, count: number): void {
  mkdirSync(contentDir, { recursive: true });
  cpSync('content/landelijk', join(contentDir, 'landelijk'), { recursive: true });
  for (let i = 1; i <= count; i++) {
    const id = `synthetisch-${String(i).padStart(2, '0')}`;
    const r = rng(i * 7919);
    const dir = join(contentDir, id);
    for (const c of ['hoofdstukken', 'begrippen', 'organisaties', 'trainingen']) mkdirSync(join(dir, c), { recursive: true });
    const gemeenten = Array.from({ length: 12 }, (_, g) => `Gemeente ${i}-${g + 1}`);
    writeFileSync(
      join(dir, 'regio.yaml'),
      `id: ${id}\nnaam: Synthetische regio ${i}\nkorteNaam: Regio ${i}\ndocument:\n  titel: Synthetische regiovisie ${i}\n  bron: Gegenereerd voor de benchmark\nperiode: { van: 2024, tot: 2028 }\ncentrumgemeente: ${gemeenten[0]}\ngemeenten: [${gemeenten.map((g) => `"${g}"`).join(', ')}]\ngemeentenUitDocument: false\n`,
    );
    const terms = Array.from({ length: 100 }, (_, b) => `begripwoord${b + 1}`);
    terms.forEach((term, b) =>
      writeFileSync(
        join(dir, 'begrippen', `begrip-${b + 1}.md`),
        `---\nterm: ${term}\nafkortingen: [BW${b + 1}]\ndefinitie: "${sentence(r)} ${sentence(r)}"\nbron:\n  onderdeel: Hoofdstuk ${1 + (b % 12)}\ngerelateerd: [begrip-${1 + ((b + 1) % 100)}]\n---\n\n${sentence(r)} ${sentence(r)}\n`,
      ),
    );
    for (let o = 1; o <= 60; o++) {
      writeFileSync(
        join(dir, 'organisaties', `organisatie-${o}.md`),
        `---\nnaam: Organisatie ${o}\nsoort: hulpverlening\nsamenvatting: "${sentence(r)}"\ndoelgroepen: [inwoners, professionals]\nthemas: [huiselijk-geweld]\nsituaties: [${o % 2 ? 'geweld-thuis' : 'professional'}]\nwerkgebied: ${o % 3 ? 'regio' : `["${gemeenten[o % 12]}"]`}\ngecontroleerd: 2026-11-01\nbron:\n  onderdeel: Hoofdstuk 2\n---\n\n${sentence(r)} ${sentence(r)} ${sentence(r)}\n`,
      );
    }
    for (let t = 1; t <= 40; t++) {
      writeFileSync(
        join(dir, 'trainingen', `training-${t}.md`),
        `---\ntitel: Training ${t}\nsoort: training\nsamenvatting: "${sentence(r)}"\naanbieder: organisatie-${1 + (t % 60)}\ndoelgroepen: [professionals]\nbron:\n  onderdeel: Hoofdstuk 3\n---\n\n${sentence(r)} ${sentence(r)}\n`,
      );
    }
    for (let h = 1; h <= 12; h++) {
      const words = 3000 + Math.floor(r() * 5000);
      writeFileSync(
        join(dir, 'hoofdstukken', `${String(h).padStart(2, '0')}-hoofdstuk-${h}.md`),
        `---\ntitel: Hoofdstuk ${h} van regio ${i}\nvolgorde: ${h}\ninHetKort: "${sentence(r)} ${sentence(r)}"\nbron:\n  onderdeel: Hoofdstuk ${h}\n---\n\n${chapterBody(r, words, terms)}\n`,
      );
    }
  }
}
