import type { APIRoute } from 'astro';
import { trainingenLd } from '../../shared/opendata';
import { json, licentie, listAbsolute, regioData, trainingData } from './_data';

/** Trainingen en methoden as a schema.org ItemList of Course (JSON-LD). */
export const GET: APIRoute = async ({ site }) =>
  json(trainingenLd(await trainingData(site), await regioData(site), listAbsolute('trainingen', site), licentie));
