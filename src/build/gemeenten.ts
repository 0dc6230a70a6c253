/** Every gemeente of every published region, with the address of its region's help, for the A–Z lists. */
import { publishedRegions } from './regions.ts';
import { readRegio, siteSettings } from './settings.ts';
import type { GemeenteLink } from '../shared/gemeenten.ts';

/**
 * `fromRegion`: the region whose site shows the list. Links to its own help stay relative; other regions get
 * their published address, since each region may live at a domain of its own.
 */
export function allGemeenten(fromRegion?: string): GemeenteLink[] {
  const home = fromRegion ? siteSettings(fromRegion).site : undefined;
  // An unpublished region (the example, a region being filled) is built alone: it lists only its own gemeenten.
  const published = publishedRegions();
  const regions = fromRegion && !published.includes(fromRegion) ? [fromRegion] : published;
  return regions.flatMap((id) => {
    const regio = readRegio(id);
    if (!regio) return [];
    const s = siteSettings(id);
    const path = `${s.base}hulp/`;
    const href = home === undefined || home === s.site ? path : new URL(path, s.site).href;
    return regio.gemeenten.map((naam) => ({ naam, regio: regio.naam, href }));
  });
}
