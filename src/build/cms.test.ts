import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cmsConfig, cmsConfigYaml, entryFields, formFieldPaths, type CmsField, type Kind } from './cms.ts';
import { adminCsp, adminRegions } from './cms-site.ts';
import { fieldRows } from './field-docs.ts';

const KINDS: Kind[] = ['hoofdstukken', 'begrippen', 'organisaties', 'trainingen'];

/** What the schema asks, read through the field documentation (its own walk over the schema). */
function schemaRows(kind: Kind) {
  const rows = fieldRows(kind);
  const byPath = new Map(rows.map((r) => [r.path, r]));
  return rows.map((r) => {
    // A field inside an optional group is only required once the group is filled in; inside a list item it is.
    const ancestors = r.path
      .split('.')
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join('.'));
    const required = r.required && ancestors.every((a) => byPath.get(a)?.required || byPath.get(a)?.type.startsWith('lijst'));
    const options = /één van: (.+)$/
      .exec(r.type)?.[1]
      ?.match(/`([^`]+)`/g)
      ?.map((v) => v.slice(1, -1));
    return { path: r.path, required, ...(options ? { options } : {}) };
  });
}

describe('CMS configuration generated from the schemas', () => {
  it.each(KINDS)('has exactly the fields of the %s schema, with the same required flags and choices', (kind) => {
    const form = formFieldPaths(entryFields(kind, 'twente').filter((f) => f.name !== 'body'));
    expect(form).toEqual(schemaRows(kind));
  });

  it('labels every field in Dutch and explains it with the text from descriptions.ts', () => {
    const walk = (fields: CmsField[]): CmsField[] => fields.flatMap((f) => [f, ...walk(f.fields ?? [])]);
    for (const kind of KINDS) {
      for (const f of walk(entryFields(kind, 'twente'))) {
        expect(f.label, `${kind}.${f.name}`).toMatch(/^[A-Z]/);
        expect(f.hint, `${kind}.${f.name}`).toBeTruthy();
      }
    }
  });

  it('makes dates date pickers, references relations to the same region, and checks text with the schema', () => {
    const org = entryFields('organisaties', 'twente');
    expect(org.find((f) => f.name === 'gecontroleerd')).toMatchObject({
      widget: 'datetime',
      format: 'YYYY-MM-DD',
      date_format: 'YYYY-MM-DD',
      time_format: false,
    });
    const contact = org.find((f) => f.name === 'contact')!;
    expect(contact.fields!.find((f) => f.name === 'telefoon')).toMatchObject({ widget: 'tekst', schema: 'organisaties:contact.telefoon' });
    expect(contact.fields!.find((f) => f.name === 'adres')!.fields!.map((f) => f.name)).toEqual(['straat', 'postcode', 'plaats']);
    const begrip = entryFields('begrippen', 'drenthe');
    expect(begrip.find((f) => f.name === 'gerelateerd')).toMatchObject({
      widget: 'relation',
      collection: 'drenthe-begrippen',
      value_field: '{{slug}}',
      multiple: true,
    });
    expect(entryFields('trainingen', 'twente').find((f) => f.name === 'aanbieder')).toMatchObject({
      widget: 'relation',
      collection: 'twente-organisaties',
      multiple: false,
    });
  });

  it.each(adminRegions())('is a complete configuration for %s: editorial workflow, every folder exists, every relation resolves', (region) => {
    const config = parse(cmsConfigYaml(region)) as ReturnType<typeof cmsConfig>;
    expect(config.publish_mode).toBe('editorial_workflow');
    expect(config.backend.name).toBe('github');
    const names = new Set(config.collections.map((c) => c.name as string));
    expect(names.size).toBe(config.collections.length);
    for (const c of config.collections) {
      expect(existsSync(c.folder as string), c.folder as string).toBe(true);
      expect(c.format).toBe('frontmatter-behoud');
      const walk = (fields: CmsField[]): CmsField[] => fields.flatMap((f) => [f, ...walk(f.fields ?? []), ...(f.field ? [f.field] : [])]);
      for (const f of walk(c.fields as CmsField[])) if (f.widget === 'relation') expect(names, f.collection).toContain(f.collection);
    }
  });

  it('gives the admin site its own policy: own scripts only, GitHub for the API, never framed', () => {
    const csp = adminCsp({ oauthUrl: 'https://login.example.org/auth' }, { header: true });
    expect(csp).toContain("script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'");
    expect(csp).toMatch(/connect-src 'self' https:\/\/api\.github\.com https:\/\/login\.example\.org /);
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unpkg|jsdelivr|cdn/);
  });
});
