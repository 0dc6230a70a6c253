/** Every content schema in one place, for Astro, the check script and the tests. */
export { regioSchema, type Regio } from './regio.ts';
export { hoofdstukSchema } from './hoofdstuk.ts';
export { begripSchema } from './begrip.ts';
export { organisatieSchema, SOORTEN_ORGANISATIE, HULP_SOORTEN, type OrganisatieSoort } from './organisatie.ts';
export { trainingSchema, SOORTEN_TRAINING } from './training.ts';
export { DOELGROEPEN, THEMAS, SITUATIES, slugRef, type RefFactory, type CollectionName } from './fragments.ts';
