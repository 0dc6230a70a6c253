/** schema.org JSON-LD for organisations and trainings; escaped so it can never close its <script>. */
import type { ContactPoint, Course, Organization, WithContext } from 'schema-dts';
import { phoneDigits } from './validate.ts';

export function serializeJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export function organizationLd(o: {
  naam: string;
  samenvatting: string;
  url: string;
  afkortingen: string[];
  telefoon?: string;
  email?: string;
  website?: string;
  bereikbaarheid?: string;
  adres?: { straat: string; postcode: string; plaats: string };
  werkgebied: string[];
}): WithContext<Organization> {
  // Opening hours are free text in the content ("24 uur per dag"), not schema.org's structured hours, so they
  // go into the contact point's description rather than hoursAvailable.
  const contactPoint: ContactPoint[] | undefined =
    o.telefoon || o.email
      ? [
          {
            '@type': 'ContactPoint',
            contactType: 'customer support',
            ...(o.telefoon && { telephone: phoneDigits(o.telefoon) }),
            ...(o.email && { email: o.email }),
            ...(o.bereikbaarheid && { description: o.bereikbaarheid }),
            availableLanguage: 'nl',
            areaServed: o.werkgebied,
          },
        ]
      : undefined;
  return {
    '@context': 'https://schema.org',
    '@type': 'Organization',
    name: o.naam,
    ...(o.afkortingen.length && { alternateName: o.afkortingen }),
    description: o.samenvatting,
    url: o.website ?? o.url,
    mainEntityOfPage: o.url,
    areaServed: o.werkgebied,
    ...(o.telefoon && { telephone: phoneDigits(o.telefoon) }),
    ...(o.email && { email: o.email }),
    ...(o.adres && {
      address: { '@type': 'PostalAddress', streetAddress: o.adres.straat, postalCode: o.adres.postcode, addressLocality: o.adres.plaats, addressCountry: 'NL' },
    }),
    ...(contactPoint && { contactPoint }),
  };
}

export function courseLd(c: {
  titel: string;
  samenvatting: string;
  url: string;
  aanbieder?: { naam: string; url: string };
  sessies: { start: Date; eind?: Date; locatie?: string }[];
  vorm?: string;
}): WithContext<Course> {
  return {
    '@context': 'https://schema.org',
    '@type': 'Course',
    name: c.titel,
    description: c.samenvatting,
    url: c.url,
    inLanguage: 'nl',
    // A provider known only by name (not on the sociale kaart) has no URL; an empty url would be invalid.
    ...(c.aanbieder && { provider: { '@type': 'Organization', name: c.aanbieder.naam, ...(c.aanbieder.url && { url: c.aanbieder.url }) } }),
    ...(c.sessies.length && {
      hasCourseInstance: c.sessies.map((s) => ({
        '@type': 'CourseInstance',
        startDate: s.start.toISOString().slice(0, 10),
        ...(s.eind && { endDate: s.eind.toISOString().slice(0, 10) }),
        ...(c.vorm && { courseMode: c.vorm }),
        ...(s.locatie && { location: { '@type': 'Place', name: s.locatie } }),
      })),
    }),
  };
}
