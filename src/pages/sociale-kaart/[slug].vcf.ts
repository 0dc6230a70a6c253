import type { APIRoute, GetStaticPaths } from 'astro';
import { getOrganisaties, type Organisatie } from '../../site/content';
import { entryUrl } from '../../shared/urls';
import { vcard } from '../../shared/vcard';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getOrganisaties()).filter((o) => o.data.contact).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));

export const GET: APIRoute = ({ props, site }) => {
  const { data, id } = (props as { entry: Organisatie }).entry;
  const body = vcard({
    naam: data.naam,
    samenvatting: data.samenvatting,
    telefoon: data.contact?.telefoon,
    email: data.contact?.email,
    website: data.contact?.website,
    adres: data.adresVertrouwelijk ? undefined : data.contact?.adres,
    pagina: new URL(entryUrl(import.meta.env.BASE_URL, 'organisaties', id), site).href,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
