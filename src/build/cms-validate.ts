/**
 * The form's own check of one field, with the very schema (and so the very Dutch message) that
 * `npm run check` uses. Pure and browser-safe: the admin site bundles it (cms-browser.ts).
 * A field is named like the generated configuration names it: "organisaties:contact.telefoon",
 * with "*" for an item of a list ("trainingen:data.*.locatie").
 */
import type { z } from 'astro/zod';
import { begripSchema, hoofdstukSchema, organisatieSchema, slugRef, trainingSchema } from '../schemas/index.ts';

const SCHEMAS: Record<string, z.ZodType> = {
  hoofdstukken: hoofdstukSchema(slugRef),
  begrippen: begripSchema(slugRef),
  organisaties: organisatieSchema,
  trainingen: trainingSchema(slugRef),
};

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> };
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** Past optional and default, and past a transform to what it reads. */
function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const def = defOf(s);
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) s = def.innerType;
    else return s;
  }
}

export function fieldSchema(ref: string): z.ZodType | undefined {
  const [kind, path = ''] = ref.split(':');
  let s = SCHEMAS[kind ?? ''];
  for (const part of path.split('.').filter(Boolean)) {
    if (!s) return undefined;
    const def = defOf(unwrap(s));
    s = part === '*' ? def.element : def.shape?.[part];
  }
  return s ? unwrap(s) : undefined;
}

/** The check's message for this value, or undefined when it is fine. Empty values are left to "verplicht". */
export function fieldProblem(ref: string, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const schema = fieldSchema(ref);
  if (!schema) return undefined;
  const result = schema.safeParse(value);
  return result.success ? undefined : result.error.issues[0]?.message;
}
