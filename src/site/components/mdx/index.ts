/**
 * Every component an author may use in MDX (the allowlist is src/markdown/mdx-rules.ts), for every page that
 * renders a chapter: a page that passes only some of them fails to build on a chapter that uses another.
 */
import Kader from './Kader.astro';
import Citaat from './Citaat.astro';
import GrafiekStaaf from './GrafiekStaaf.astro';
import GrafiekGestapeld from './GrafiekGestapeld.astro';
import GrafiekLijn from './GrafiekLijn.astro';
import GrafiekDeel from './GrafiekDeel.astro';
import Afbeelding from './Afbeelding.astro';

export const mdxComponents = { Kader, Citaat, GrafiekStaaf, GrafiekGestapeld, GrafiekLijn, GrafiekDeel, Afbeelding };
