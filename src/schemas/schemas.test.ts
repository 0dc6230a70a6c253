import { describe, expect, it } from 'vitest';
import { begripSchema, hoofdstukSchema, organisatieSchema, regioSchema, slugRef, trainingSchema } from './index.ts';
import type { z } from 'astro/zod';

const messages = (schema: z.ZodType, data: unknown) => {
  const r = schema.safeParse(data);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

const regio = {
  id: 'voorbeeld',
  naam: 'Voorbeeldregio',
  korteNaam: 'Voorbeeld',
  document: { titel: 'Titel', bron: 'Bron' },
  periode: { van: 2024, tot: 2027 },
  centrumgemeente: 'Voorbeeldstad',
  gemeenten: ['Voorbeeldstad'],
  gemeentenUitDocument: true,
};
const organisatie = {
  naam: 'Veilig Thuis',
  soort: 'hulplijn',
  samenvatting: 'Advies en meldpunt voor iedereen.',
  gecontroleerd: new Date('2026-01-01'),
  bron: { onderdeel: 'Hoofdstuk 1' },
  contact: {
    telefoon: '0800-2000',
    email: 'info@veiligthuis.nl',
    website: 'https://www.veiligthuis.nl',
    adres: { straat: 'Straat 1', postcode: '7511 JE', plaats: 'Enschede' },
  },
};
const begrip = { term: 'Meldcode', definitie: 'Stappenplan voor professionals.', bron: { onderdeel: 'H1' } };
const hoofdstuk = { titel: 'Inleiding', volgorde: 1, inHetKort: 'Dit hoofdstuk legt uit waarom er een plan is.', bron: { onderdeel: 'H1' } };
const training = { titel: 'Training meldcode', soort: 'training', samenvatting: 'Leert de stappen van de meldcode.', bron: { onderdeel: 'H2' } };

describe('content schemas', () => {
  it('accept a valid entry of every collection', () => {
    expect(messages(regioSchema, regio)).toEqual([]);
    expect(messages(organisatieSchema, organisatie)).toEqual([]);
    expect(messages(begripSchema(slugRef), begrip)).toEqual([]);
    expect(messages(hoofdstukSchema(slugRef), hoofdstuk)).toEqual([]);
    expect(messages(trainingSchema(slugRef), training)).toEqual([]);
  });

  it.each([
    ['telefoon', { contact: { telefoon: '12345' } }, /^contact\.telefoon: Ongeldig telefoonnummer "12345"/],
    ['e-mail', { contact: { email: 'geen-adres' } }, /^contact\.email: Ongeldig e-mailadres/],
    ['privé e-mail', { contact: { email: 'iemand@gmail.com' } }, /^contact\.email: .*privé-e-mailadres/],
    ['website', { contact: { website: 'javascript:alert(1)' } }, /^contact\.website: Ongeldige website/],
    ['http-website', { contact: { website: 'http://example.nl' } }, /^contact\.website: Ongeldige website/],
    ['postcode', { contact: { adres: { straat: 'A 1', postcode: '1234ab', plaats: 'X' } } }, /^contact\.adres\.postcode: Ongeldige postcode "1234ab"/],
    ['soort', { soort: 'club' }, /^soort: Onbekende soort "club". Kies uit:/],
    ['doelgroep', { doelgroepen: ['katten'] }, /^doelgroepen\.0: Onbekende waarde "katten" in "doelgroepen"/],
    ['toekomstige controledatum', { gecontroleerd: new Date('2999-01-01') }, /^gecontroleerd: Deze datum ligt in de toekomst/],
    ['vertrouwelijk adres', { adresVertrouwelijk: true }, /^contact\.adres: Dit adres is vertrouwelijk/],
  ])('reject an organisation with a bad %s, in Dutch, naming the field', (_, patch, expected) => {
    const data = { ...organisatie, ...patch, contact: { ...('contact' in patch ? patch.contact : organisatie.contact) } };
    if (!('contact' in patch) && !('adresVertrouwelijk' in patch)) delete (data as { contact?: unknown }).contact;
    expect(messages(organisatieSchema, data).join('\n')).toMatch(new RegExp(expected.source, 'm'));
  });

  it('name a missing required field in Dutch', () => {
    const { term: _, ...zonderTerm } = begrip;
    expect(messages(begripSchema(slugRef), zonderTerm).join('\n')).toMatch(/^term: .*(verwacht|moet)/m);
  });

  it('reject unknown fields, wrong types and bad references', () => {
    expect(messages(hoofdstukSchema(slugRef), { ...hoofdstuk, titell: 'x' }).join()).toMatch(/titell/);
    expect(messages(hoofdstukSchema(slugRef), { ...hoofdstuk, volgorde: 'een' }).join()).toMatch(/^volgorde: "volgorde" moet een getal zijn/);
    expect(messages(begripSchema(slugRef), { ...begrip, gerelateerd: ['Niet Goed'] }).join()).toMatch(/^gerelateerd\.0: Verwijzing moet een slug zijn/);
    expect(messages(trainingSchema(slugRef), { ...training, soort: 'feest' }).join()).toMatch(/^soort: Onbekende soort "feest"/);
  });

  it('reject region settings with a bad id or colour', () => {
    expect(messages(regioSchema, { ...regio, id: 'Twente!' }).join()).toMatch(/^id: "id" mag alleen kleine letters/);
    expect(messages(regioSchema, { ...regio, thema: { primair: 'blauw', accent: '#000000' } }).join()).toMatch(
      /^thema\.primair: Kleur moet een hexadecimale kleur zijn/,
    );
  });
});
