import type { APIRoute } from 'astro';
import { hsdsPage, type VocabularyLabel } from '../../shared/opendata';
import { t } from '../../shared/i18n';
import { json, licentie, orgData, regioData, uuidFor } from './_data';

/** The sociale kaart as an Open Referral HSDS 3 page of organizations. */
const PREFIX = { soort: 'orgsoort', doelgroep: 'doelgroep', thema: 'thema' } as const;
const NAMES = { soort: 'kaart.soort', doelgroep: 'kaart.doelgroep', thema: 'kaart.thema' } as const;
const label: VocabularyLabel = (group, value) => (value === undefined ? t(NAMES[group]) : t(`${PREFIX[group]}.${value}`));

export const GET: APIRoute = async ({ site }) => {
  const regio = await regioData(site);
  return json(hsdsPage(await orgData(site), regio, uuidFor(regio.id), licentie, label));
};
