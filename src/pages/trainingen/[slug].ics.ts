import type { APIRoute, GetStaticPaths } from 'astro';
import { getTrainingen, type Training } from '../../site/content';
import { ics } from '../../shared/ics';
import { entryUrl } from '../../shared/urls';
import { BUILD_TIME, upcomingSessions } from '../../shared/sessions';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getTrainingen()).filter((tr) => upcomingSessions(tr.data.data).length > 0).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));

export const GET: APIRoute = ({ props, site }) => {
  const { data, id } = (props as { entry: Training }).entry;
  const url = new URL(entryUrl(import.meta.env.BASE_URL, 'trainingen', id), site).href;
  // Only sessions still to come; DTSTAMP is when this file was made (RFC 5545), i.e. the build time.
  const body = ics({
    uid: `${id}@${site?.host ?? 'regioportaal'}`,
    titel: data.titel,
    samenvatting: data.samenvatting,
    url,
    sessies: upcomingSessions(data.data),
    stamp: BUILD_TIME,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
