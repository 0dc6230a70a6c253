import { describe, expect, it } from 'vitest';
import { organisatieSchema } from '../schemas/index.ts';
import { fieldProblem } from './cms-validate.ts';

describe('form checks with the schema itself', () => {
  it('refuses a wrong phone number with exactly the message of npm run check', () => {
    const check = organisatieSchema.safeParse({
      naam: 'X',
      soort: 'hulplijn',
      samenvatting: 'Tien tekens of meer.',
      gecontroleerd: '2026-01-01',
      bron: { onderdeel: 'H1' },
      contact: { telefoon: '12345' },
    });
    const fromCheck = check.success ? '' : check.error.issues.find((i) => i.path.join('.') === 'contact.telefoon')!.message;
    expect(fieldProblem('organisaties:contact.telefoon', '12345')).toBe(fromCheck);
    expect(fromCheck).toMatch(/^Ongeldig telefoonnummer "12345"/);
  });

  it('accepts good values and leaves empty ones to the required check', () => {
    expect(fieldProblem('organisaties:contact.telefoon', '0800-2000')).toBeUndefined();
    expect(fieldProblem('organisaties:contact.telefoon', '')).toBeUndefined();
    expect(fieldProblem('organisaties:contact.adres.postcode', '7511 JE')).toBeUndefined();
    expect(fieldProblem('organisaties:contact.adres.postcode', '1234ab')).toMatch(/^Ongeldige postcode "1234ab"/);
    expect(fieldProblem('organisaties:contact.email', 'iemand@gmail.com')).toMatch(/privé-e-mailadres/);
  });

  it('finds fields in lists and unions', () => {
    expect(fieldProblem('begrippen:afkortingen.*', 'x'.repeat(300))).toMatch(/te lang/);
    expect(fieldProblem('trainingen:data.*.locatie', 'Enschede')).toBeUndefined();
    expect(fieldProblem('organisaties:werkgebied', 'regio')).toBeUndefined();
    expect(fieldProblem('organisaties:werkgebied', [])).toBeTruthy();
    expect(fieldProblem('begrippen:bron.pagina', 40)).toBeUndefined();
  });
});
