import type { APIRoute } from 'astro';
import { organisatiesCsv } from '../../shared/opendata';
import { csvResponse, orgData } from './_data';

export const GET: APIRoute = async ({ site }) => csvResponse(organisatiesCsv(await orgData(site)));
