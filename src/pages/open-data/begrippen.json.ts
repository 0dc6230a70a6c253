import type { APIRoute } from 'astro';
import { begrippenLd } from '../../shared/opendata';
import { begripData, json, licentie, listAbsolute, regioData } from './_data';

/** The begrippen as SKOS concepts in a schema.org DefinedTermSet (JSON-LD). */
export const GET: APIRoute = async ({ site }) => json(begrippenLd(await begripData(site), await regioData(site), listAbsolute('begrippen', site), licentie));
