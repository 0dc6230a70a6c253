import type { APIRoute } from 'astro';
import { hsdsPage } from '../../shared/opendata';
import { json, licentie, orgData, regioData, uuidFor } from './_data';

/** The sociale kaart as an Open Referral HSDS 3 page of organizations. */
export const GET: APIRoute = async ({ site }) => {
  const regio = await regioData(site);
  return json(hsdsPage(await orgData(site), regio, uuidFor(regio.id), licentie));
};
