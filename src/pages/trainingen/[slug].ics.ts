import type { APIRoute, GetStaticPaths } from 'astro';
import { getTrainingen, type Training } from '../../site/content';
import { ics } from '../../shared/ics';
import { entryUrl } from '../../shared/urls';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getTrainingen()).filter((tr) => tr.data.data.length > 0).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));

export const GET: APIRoute = ({ props, site }) => {
  const { data, id } = (props as { entry: Training }).entry;
  const url = new URL(entryUrl(import.meta.env.BASE_URL, 'trainingen', id), site).href;
  // DTSTAMP from the first session keeps the file byte-for-byte reproducible between builds.
  const body = ics({ uid: `${id}@${site?.host ?? 'regioportaal'}`, titel: data.titel, samenvatting: data.samenvatting, url, sessies: data.data, stamp: data.data[0]!.start });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
