import type { APIRoute } from 'astro';
import { trainingenCsv } from '../../shared/opendata';
import { csvResponse, trainingData } from './_data';

export const GET: APIRoute = async ({ site }) => csvResponse(trainingenCsv(await trainingData(site)));
