import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { begripSchema, hoofdstukSchema, organisatieSchema, regioSchema, trainingSchema } from './schemas/index.ts';
import { CONTENT_DIR, currentRegion, regionEntryFiles, slugOf, type EntryCollection } from './build/regions.ts';

const region = currentRegion();

// An explicit file list keeps other regions out of this build and lets a region override `landelijk`.
const entries = (collection: EntryCollection) =>
  glob({
    base: CONTENT_DIR,
    pattern: regionEntryFiles(region, collection).length ? regionEntryFiles(region, collection) : `${region}/${collection}/*.{md,mdx}`,
    generateId: ({ entry }) => slugOf(entry),
  });

export const collections = {
  regio: defineCollection({
    loader: glob({ base: CONTENT_DIR, pattern: `${region}/regio.yaml`, generateId: () => region }),
    schema: regioSchema,
  }),
  hoofdstukken: defineCollection({ loader: entries('hoofdstukken'), schema: hoofdstukSchema(reference) }),
  begrippen: defineCollection({ loader: entries('begrippen'), schema: begripSchema(reference) }),
  organisaties: defineCollection({ loader: entries('organisaties'), schema: organisatieSchema }),
  trainingen: defineCollection({ loader: entries('trainingen'), schema: trainingSchema(reference) }),
};
