/**
 * Post-processes a chapter's rendered HTML at build time:
 * - resolves author links such as `begrip:mda` and `organisatie:veilig-thuis` to real URLs;
 * - links the first mention of each begrip (abbreviations inside <abbr title="...">), optionally with a
 *   popover button beside the link that shows the short definition in place (HTML popover, no script);
 * - gives every h2-h4 a shareable anchor link;
 * - makes tables scroll inside their own focusable region on small screens;
 * - adds rel="noreferrer" to links that leave the site.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineHastPlugin } from 'satteri';
import { ELEMENT_NODE, TEXT_NODE, parse, renderSync, walkSync, type ElementNode } from 'ultrahtml';
import { createMatcher, type GlossaryTerm, type Matcher } from '../shared/glossary.ts';
import { slugOf } from '../shared/collections.ts';
import { CONTENT_DIR, regionEntryFiles } from '../build/regions.ts';
import { parseFrontmatter } from '../build/frontmatter.ts';
import { LINK_SCHEME_PATTERN, LINK_SCHEMES, entryUrl } from '../shared/urls.ts';
import type { EntryCollection } from '../build/regions.ts';
import { escapeHtml } from '../shared/text.ts';
import { t } from '../shared/i18n.ts';

export interface LinkifyOptions {
  base: string;
  matcher: Matcher;
  terms: Map<string, GlossaryTerm>;
  exists: (collection: EntryCollection, slug: string) => boolean;
  anchorLabel: string;
  tableLabel: string;
  /** Dutch labels for the footnotes the Markdown processor writes in English. */
  footnotes: { title: string; back: (n: string) => string };
  /** Begrip slugs not to link (e.g. the page's own begrip). */
  skip?: Set<string>;
  /** false when the Markdown pipeline already linked the begrippen (glossaryLinks below). */
  linkTerms?: boolean;
  /**
   * Definitions in place: beside each linked first mention a button with `popovertarget` opens a popover
   * with the definition and a "Lees meer" link. The link itself stays a normal link to the begrip page.
   */
  /**
   * Prefix for every id and in-page reference, so several chapters can share one page (the printable
   * whole regiovisie) without clashing heading, footnote or popover ids.
   */
  idPrefix?: string;
  /** Move every heading one level down (h2 becomes h3), when the chapter title itself is an h2. */
  headingShift?: boolean;
  /** Leave out the definition popovers (the printable regiovisie: print hides them, so they are only bytes). */
  dropPopovers?: boolean;
  popover?: { buttonLabel: (term: string) => string; readMore: string; readMoreAbout: (term: string) => string };
}

/** The popover markup beside a begrip link; ids are unique because each begrip is linked once per page. */
export function popoverHtml(term: GlossaryTerm, url: string, labels: NonNullable<LinkifyOptions['popover']>, idPrefix = ''): string {
  const id = `${idPrefix}uitleg-${term.slug}`;
  return (
    `<button type="button" class="uitleg-knop" popovertarget="${id}" data-pagefind-ignore="all"><span aria-hidden="true">?</span><span class="visually-hidden">${escapeHtml(labels.buttonLabel(term.term))}</span></button>` +
    `<span class="uitleg" id="${id}" popover data-pagefind-ignore="all"><strong class="uitleg__term">${escapeHtml(term.term)}</strong> ${escapeHtml(term.definitie)} ` +
    `<a href="${url}">${escapeHtml(labels.readMore)}<span class="visually-hidden"> ${escapeHtml(labels.readMoreAbout(term.term))}</span></a></span>`
  );
}

// A quote's attribution names a source; it is not the place for glossary links.
const NO_LINK_INSIDE = new Set(['a', 'abbr', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'code', 'pre', 'script', 'style', 'button', 'summary', 'th']);

function insideNoLink(node: { parent?: unknown }): boolean {
  for (let p = node.parent as ElementNode | undefined; p; p = p.parent as ElementNode | undefined) {
    if (p.type === ELEMENT_NODE && NO_LINK_INSIDE.has(p.name)) return true;
  }
  return false;
}

export class LinkError extends Error {}

export function linkify(html: string, options: LinkifyOptions): { html: string; linked: string[] } {
  const tree = parse(html);
  const linked = new Set<string>(options.skip ?? []);
  let tables = 0;
  const added = new WeakSet<object>();
  const drop: ElementNode[] = [];
  const textNodes: { value: string; node: { value: string; parent?: unknown } }[] = [];

  walkSync(tree, (node) => {
    if (node.type === ELEMENT_NODE) {
      const el = node as ElementNode;
      if (options.dropPopovers && /(^|\s)(uitleg|uitleg-knop)(\s|$)/.test(el.attributes.class ?? '')) drop.push(el);
      // Elements this walk adds (heading anchors) already carry prefixed ids and are visited afterwards.
      if (options.idPrefix && !added.has(el)) prefixIds(el, options.idPrefix);
      // Inline styles are blocked by the Content-Security-Policy; table alignment becomes a class.
      if (el.attributes.style !== undefined) {
        const align = /text-align:\s*(left|right|center)/.exec(el.attributes.style)?.[1];
        delete el.attributes.style;
        if (align) el.attributes.class = `${el.attributes.class ? `${el.attributes.class} ` : ''}uitlijnen-${align}`;
      }
      if (el.attributes.id === `${options.idPrefix ?? ''}footnote-label`) {
        el.children = [{ type: TEXT_NODE, value: escapeHtml(options.footnotes.title), parent: el } as never];
        delete el.attributes.class;
      }
      if (el.attributes['data-footnote-backref'] !== undefined) {
        const n = /Back to reference (.+)$/.exec(el.attributes['aria-label'] ?? '')?.[1] ?? '';
        el.attributes['aria-label'] = options.footnotes.back(n);
      }
      if (el.name === 'a' && el.attributes.href) {
        const href = el.attributes.href;
        const m = LINK_SCHEME_PATTERN.exec(href);
        if (m) {
          const collection = LINK_SCHEMES[m[1]!]!;
          if (!options.exists(collection, m[2]!)) {
            throw new LinkError(`Link "${href}" verwijst naar een ${m[1]} die niet bestaat. Controleer de slug.`);
          }
          el.attributes.href = entryUrl(options.base, collection, m[2]!, m[3] ?? '');
          if (collection === 'begrippen') linked.add(m[2]!);
        } else if (/^https?:\/\//.test(href)) {
          el.attributes.rel = 'noreferrer';
        }
      }
      if (/^h[2-4]$/.test(el.name) && el.attributes.id) {
        const anchor = parse(
          ` <a class="anker" href="#${escapeHtml(el.attributes.id)}" aria-label="${escapeHtml(options.anchorLabel)}: ${escapeHtml(textOf(el))}">#</a>`,
        ).children[1] as ElementNode;
        added.add(anchor);
        el.children.push(anchor);
      }
      if (options.headingShift && /^h[1-5]$/.test(el.name)) el.name = `h${Number(el.name[1]) + 1}`;
      if (el.name === 'table' && (el.parent as ElementNode | undefined)?.attributes?.class !== 'tabel') {
        const caption = el.children.find((c) => c.type === ELEMENT_NODE && (c as ElementNode).name === 'caption');
        // Wide tables scroll inside their own keyboard-reachable region; each region needs a unique name.
        const label = caption ? textOf(caption as ElementNode) : `${options.tableLabel} ${++tables}`;
        const wrapper = parse(`<section class="tabel" tabindex="0" aria-label="${escapeHtml(label)}"></section>`).children[0] as ElementNode;
        const parent = el.parent as ElementNode;
        parent.children[parent.children.indexOf(el)] = wrapper;
        wrapper.parent = parent;
        wrapper.children = [el];
        el.parent = wrapper;
      }
    } else if (node.type === TEXT_NODE && !insideNoLink(node)) {
      textNodes.push({ value: node.value, node });
    }
  });

  for (const el of drop) {
    const parent = el.parent as ElementNode | undefined;
    if (parent) parent.children = parent.children.filter((c) => c !== el);
  }

  for (const { node } of options.linkTerms === false ? [] : textNodes) {
    const text = node.value;
    let out = '';
    let from = 0;
    let changed = false;
    for (let m = options.matcher.find(text, from); m; m = options.matcher.find(text, from)) {
      if (!linked.has(m.slug) && options.terms.has(m.slug)) {
        const term = options.terms.get(m.slug)!;
        const url = entryUrl(options.base, 'begrippen', m.slug);
        const inner = m.abbreviation ? `<abbr title="${escapeHtml(term.term)}">${m.text}</abbr>` : m.text;
        out +=
          text.slice(from, m.index) +
          `<a class="begrip" href="${url}">${inner}</a>` +
          (options.popover ? popoverHtml(term, url, options.popover, options.idPrefix) : '');
        linked.add(m.slug);
        changed = true;
      } else {
        out += text.slice(from, m.index + m.text.length);
      }
      from = m.index + m.text.length;
    }
    if (changed) {
      // Text node values are raw (already escaped) HTML source in ultrahtml, so slices are copied as they are.
      node.value = out + text.slice(from);
    }
  }
  return { html: renderSync(tree), linked: [...linked].filter((s) => !options.skip?.has(s)) };
}

const ID_LISTS = ['aria-describedby', 'aria-labelledby', 'aria-controls', 'popovertarget'];
function prefixIds(el: ElementNode, prefix: string): void {
  const a = el.attributes;
  if (a.id) a.id = prefix + a.id;
  if (a.href?.startsWith('#') && a.href.length > 1) a.href = `#${prefix}${a.href.slice(1)}`;
  // Attribute names as rendered (MDX may write popoverTarget), compared case-insensitively like HTML does.
  for (const name of Object.keys(a))
    if (ID_LISTS.includes(name.toLowerCase()) && a[name])
      a[name] = a[name]
        .split(/\s+/)
        .map((id) => prefix + id)
        .join(' ');
}

function textOf(el: ElementNode): string {
  let s = '';
  walkSync(el, (n) => {
    if (n.type === TEXT_NODE) s += n.value;
  });
  return decodeEntities(s.replace(/\s+/g, ' ').trim());
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1]?.toLowerCase() === 'x' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10));
    return ENTITIES[code] ?? whole;
  });
}

// ---------------------------------------------------------------------------------------------------------
// The same glossary linking as a Sätteri hast plugin, in the Markdown/MDX pipeline (see astro.config.mjs):
// the first mention of each begrip in an entry becomes a link, in chapters with a popover beside it.
// It works on the parsed tree (text values are real text, not HTML source), before Astro renders anything.
// ---------------------------------------------------------------------------------------------------------

export interface GlossaryPluginOptions {
  base: string;
  terms: GlossaryTerm[];
  popover: NonNullable<LinkifyOptions['popover']>;
}

interface HastTree {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastTree[];
}

type HastOut = { type: 'text'; value: string } | { type: 'element'; tagName: string; properties: Record<string, unknown>; children: HastOut[] };
const text = (value: string): HastOut => ({ type: 'text', value });
const el = (tagName: string, properties: Record<string, unknown>, children: HastOut[]): HastOut => ({ type: 'element', tagName, properties, children });

/** The link, button and popover for one mention, as hast (what popoverHtml writes as HTML). */
export function mentionNodes(
  term: GlossaryTerm,
  shown: string,
  abbreviation: boolean,
  url: string,
  labels: GlossaryPluginOptions['popover'] | undefined,
): HastOut[] {
  const link = el('a', { className: ['begrip'], href: url }, [abbreviation ? el('abbr', { title: term.term }, [text(shown)]) : text(shown)]);
  if (!labels) return [link];
  const id = `uitleg-${term.slug}`;
  return [
    link,
    el('button', { type: 'button', className: ['uitleg-knop'], popoverTarget: id, dataPagefindIgnore: 'all' }, [
      el('span', { ariaHidden: 'true' }, [text('?')]),
      el('span', { className: ['visually-hidden'] }, [text(labels.buttonLabel(term.term))]),
    ]),
    el('span', { className: ['uitleg'], id, popover: '', dataPagefindIgnore: 'all' }, [
      el('strong', { className: ['uitleg__term'] }, [text(term.term)]),
      text(` ${term.definitie} `),
      el('a', { href: url }, [text(labels.readMore), el('span', { className: ['visually-hidden'] }, [text(` ${labels.readMoreAbout(term.term)}`)])]),
    ]),
  ];
}

/** Collection and slug of the content file being compiled, from its path (content/<regio>/<collection>/<file>). */
function entryOf(fileURL: URL | undefined): { collection?: string; slug?: string } {
  const path = fileURL?.pathname ?? '';
  const m = /\/(hoofdstukken|begrippen|organisaties|trainingen)\/([^/]+)$/.exec(decodeURIComponent(path));
  return m ? { collection: m[1], slug: slugOf(m[2]!) } : {};
}

export function glossaryLinks(options: GlossaryPluginOptions) {
  const matcher = createMatcher(options.terms);
  const terms = new Map(options.terms.map((t) => [t.slug, t]));
  return defineHastPlugin({
    name: 'regioportaal-begrippen',
    before(root, ctx) {
      const { collection, slug } = entryOf(ctx.fileURL);
      // A begrip's own page does not link to itself; only chapters get popovers.
      const linked = new Set<string>(collection === 'begrippen' && slug ? [slug] : []);
      const popover = collection === 'hoofdstukken' ? options.popover : undefined;
      const candidates: HastTree[] = [];
      const walk = (node: HastTree, blocked: boolean) => {
        if (node.type === 'element') {
          const href = node.properties?.href;
          // An author's own begrip link counts as the mention, wherever it is in the text.
          if (node.tagName === 'a' && typeof href === 'string') {
            const m = LINK_SCHEME_PATTERN.exec(href);
            if (m && m[1] === 'begrip') linked.add(m[2]!);
          }
          blocked ||= NO_LINK_INSIDE.has(node.tagName ?? '');
        }
        if (node.type === 'text' && !blocked) candidates.push(node);
        for (const child of node.children ?? []) walk(child, blocked);
      };
      walk(root as unknown as HastTree, false);
      for (const node of candidates) {
        const value = node.value ?? '';
        const out: HastOut[] = [];
        let from = 0;
        for (let m = matcher.find(value, from); m; m = matcher.find(value, from)) {
          const term = terms.get(m.slug);
          if (term && !linked.has(m.slug)) {
            if (m.index > from) out.push(text(value.slice(from, m.index)));
            out.push(...mentionNodes(term, m.text, m.abbreviation, entryUrl(options.base, 'begrippen', m.slug), popover));
            linked.add(m.slug);
          } else {
            out.push(text(value.slice(from, m.index + m.text.length)));
          }
          from = m.index + m.text.length;
        }
        if (out.some((n) => n.type === 'element')) {
          if (from < value.length) out.push(text(value.slice(from)));
          ctx.replaceNode(node as never, out as never);
        }
      }
    },
  });
}

/** The region's begrippen for the plugin, read in plain Node (Astro's collections are not there yet). */
export function regionGlossary(region: string, contentDir = CONTENT_DIR): GlossaryTerm[] {
  return regionEntryFiles(region, 'begrippen', contentDir)
    .map((file) => {
      const data = parseFrontmatter(readFileSync(join(contentDir, file), 'utf8')).data as Partial<GlossaryTerm>;
      return {
        slug: slugOf(file),
        term: String(data.term ?? ''),
        afkortingen: data.afkortingen ?? [],
        synoniemen: data.synoniemen ?? [],
        definitie: String(data.definitie ?? ''),
      };
    })
    .filter((t) => t.term);
}

/** The plugin for one region's build, with the Dutch interface texts (astro.config.mjs adds it). */
export function regionGlossaryLinks(region: string, base: string) {
  return glossaryLinks({
    base,
    terms: regionGlossary(region),
    popover: { buttonLabel: (term) => t('uitleg.knop', { term }), readMore: t('uitleg.meer'), readMoreAbout: (term) => t('uitleg.meer.over', { term }) },
  });
}
