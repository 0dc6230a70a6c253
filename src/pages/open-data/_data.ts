/**
 * The open-data inputs from the region's collections (the files starting with _ are not routes).
 * Same entries and URLs as the pages; confidential addresses are dropped here already.
 */
import { createHash } from 'node:crypto';
import { getBegrippen, getOrganisaties, getRegio, getTrainingen, resolveOrganisatie } from '../../site/content';
import { portalConfig } from '../../build/settings';
import { entryUrl, listUrl, withBase } from '../../shared/urls';
import type { BegripData, Licentie, OrgData, RegioData, TrainingData } from '../../shared/opendata';

const base = import.meta.env.BASE_URL;

export const licentie: Licentie | undefined = portalConfig.licentie;

/** Name-based UUID (version 5, RFC 9562) in a namespace per region, so ids stay the same between builds. */
export function uuidFor(region: string) {
  const ns = createHash('sha1').update(`regioportaal:${region}`).digest().subarray(0, 16);
  return (name: string) => {
    const h = createHash('sha1').update(ns).update(name).digest();
    h[6] = (h[6]! & 0x0f) | 0x50;
    h[8] = (h[8]! & 0x3f) | 0x80;
    const x = h.subarray(0, 16).toString('hex');
    return `${x.slice(0, 8)}-${x.slice(8, 12)}-${x.slice(12, 16)}-${x.slice(16, 20)}-${x.slice(20)}`;
  };
}

export async function regioData(site: URL | undefined): Promise<RegioData & { id: string }> {
  const regio = await getRegio();
  return { id: regio.id, naam: regio.naam, gemeenten: regio.gemeenten, site: new URL(base, site).href, documentTitel: regio.document.titel };
}

export const absolute = (path: string, site: URL | undefined) => new URL(path, site).href;

export async function orgData(site: URL | undefined): Promise<OrgData[]> {
  return (await getOrganisaties()).map((o) => {
    const d = o.data;
    const contact = d.contact && { ...d.contact, adres: d.adresVertrouwelijk ? undefined : d.contact.adres };
    return {
      slug: o.id,
      naam: d.naam,
      afkortingen: d.afkortingen,
      soort: d.soort,
      samenvatting: d.samenvatting,
      doelgroepen: d.doelgroepen,
      themas: d.themas,
      werkgebied: d.werkgebied,
      contact,
      adresVertrouwelijk: d.adresVertrouwelijk,
      gecontroleerd: d.gecontroleerd,
      pagina: absolute(entryUrl(base, 'organisaties', o.id), site),
    };
  });
}

export async function begripData(site: URL | undefined): Promise<BegripData[]> {
  return (await getBegrippen()).map((b) => ({
    slug: b.id,
    term: b.data.term,
    afkortingen: b.data.afkortingen,
    synoniemen: b.data.synoniemen,
    definitie: b.data.definitie,
    gerelateerd: b.data.gerelateerd.map((r) => r.id),
    pagina: absolute(entryUrl(base, 'begrippen', b.id), site),
  }));
}

export async function trainingData(site: URL | undefined): Promise<TrainingData[]> {
  return Promise.all(
    (await getTrainingen()).map(async (tr) => {
      const d = tr.data;
      const org = await resolveOrganisatie(d.aanbieder);
      const aanbieder = org
        ? { naam: org.data.naam, url: absolute(entryUrl(base, 'organisaties', org.id), site) }
        : d.aanbiederNaam
          ? { naam: d.aanbiederNaam, url: '' }
          : undefined;
      return {
        slug: tr.id,
        titel: d.titel,
        afkortingen: d.afkortingen,
        soort: d.soort,
        samenvatting: d.samenvatting,
        aanbieder,
        doelgroepen: d.doelgroepen,
        vorm: d.vorm,
        duur: d.duur,
        kosten: d.kosten,
        website: d.website,
        sessies: d.data,
        pagina: absolute(entryUrl(base, 'trainingen', tr.id), site),
      };
    }),
  );
}

export const listAbsolute = (kind: 'begrippen' | 'trainingen' | 'organisaties', site: URL | undefined) => absolute(listUrl(base, kind), site);
export const openDataUrl = (file: string) => withBase(base, `open-data/${file}`);

export const json = (data: unknown) => new Response(`${JSON.stringify(data)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
export const csvResponse = (body: string) => new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
