import type { APIRoute } from 'astro';
import { getBegrippen, getHoofdstukken, getOrganisaties, getTrainingen } from '../site/content';
import { t } from '../shared/i18n';
import type { NameEntry } from '../shared/name-index';
import { entryUrl, helpUrl } from '../shared/urls';
import { SITUATIES } from '../schemas/index.ts';
import { readZoekwoorden } from '../build/zoekwoorden.ts';

export const GET: APIRoute = async () => {
  const base = import.meta.env.BASE_URL;
  const [begrippen, organisaties, trainingen, hoofdstukken] = await Promise.all([getBegrippen(), getOrganisaties(), getTrainingen(), getHoofdstukken()]);
  const entries: NameEntry[] = [
    ...SITUATIES.map((s) => ({ u: helpUrl(base, s), t: t(`situatie.${s}.titel`), k: 'Hulp', n: [t(`situatie.${s}.titel`)] })),
    ...begrippen.map((b) => ({
      u: entryUrl(base, 'begrippen', b.id),
      t: b.data.term,
      k: 'Begrip',
      n: [b.data.term, ...b.data.afkortingen, ...b.data.synoniemen],
    })),
    ...organisaties.map((o) => ({ u: entryUrl(base, 'organisaties', o.id), t: o.data.naam, k: 'Organisatie', n: [o.data.naam, ...o.data.afkortingen] })),
    ...trainingen.map((tr) => ({ u: entryUrl(base, 'trainingen', tr.id), t: tr.data.titel, k: 'Training', n: [tr.data.titel, ...tr.data.afkortingen] })),
    ...hoofdstukken.map((h) => ({ u: entryUrl(base, 'hoofdstukken', h.id), t: h.data.titel, k: 'Regiovisie', n: [h.data.titel] })),
  ];
  // Residents' words and former names (content/landelijk/zoekwoorden.yaml) become extra names of their page;
  // a page this region does not have is skipped, so one file serves every region.
  const byUrl = new Map(entries.map((e) => [e.u, e]));
  for (const { pagina, woorden } of readZoekwoorden()) {
    const entry = byUrl.get(`${base}${pagina}`);
    if (entry) entry.n.push(...woorden.filter((w) => !entry.n.includes(w)));
  }
  return new Response(JSON.stringify(entries), { headers: { 'Content-Type': 'application/json' } });
};
