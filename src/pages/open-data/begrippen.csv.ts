import type { APIRoute } from 'astro';
import { begrippenCsv } from '../../shared/opendata';
import { begripData, csvResponse } from './_data';

export const GET: APIRoute = async ({ site }) => csvResponse(begrippenCsv(await begripData(site)));
