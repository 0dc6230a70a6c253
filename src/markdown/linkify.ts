/**
 * Post-processes a chapter's rendered HTML at build time:
 * - resolves author links such as `begrip:mda` and `organisatie:veilig-thuis` to real URLs;
 * - links the first mention of each begrip (abbreviations inside <abbr title="...">), optionally with a
 *   popover button beside the link that shows the short definition in place (HTML popover, no script);
 * - gives every h2-h4 a shareable anchor link;
 * - makes tables scroll inside their own focusable region on small screens;
 * - adds rel="noreferrer" to links that leave the site.
 */
import { ELEMENT_NODE, TEXT_NODE, parse, renderSync, walkSync, type ElementNode } from 'ultrahtml';
import type { GlossaryTerm, Matcher } from '../shared/glossary.ts';
import { LINK_SCHEME_PATTERN, LINK_SCHEMES, entryUrl } from '../shared/urls.ts';
import type { EntryCollection } from '../build/regions.ts';
import { escapeHtml } from '../shared/text.ts';

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
  const textNodes: { value: string; node: { value: string; parent?: unknown } }[] = [];

  walkSync(tree, (node) => {
    if (node.type === ELEMENT_NODE) {
      const el = node as ElementNode;
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
        const anchor = parse(` <a class="anker" href="#${escapeHtml(el.attributes.id)}" aria-label="${escapeHtml(options.anchorLabel)}: ${escapeHtml(textOf(el))}">#</a>`).children[1] as ElementNode;
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

  for (const { node } of textNodes) {
    const text = node.value;
    let out = '';
    let from = 0;
    let changed = false;
    for (let m = options.matcher.find(text, from); m; m = options.matcher.find(text, from)) {
      if (!linked.has(m.slug) && options.terms.has(m.slug)) {
        const term = options.terms.get(m.slug)!;
        const url = entryUrl(options.base, 'begrippen', m.slug);
        const inner = m.abbreviation ? `<abbr title="${escapeHtml(term.term)}">${m.text}</abbr>` : m.text;
        out += text.slice(from, m.index) + `<a class="begrip" href="${url}">${inner}</a>` + (options.popover ? popoverHtml(term, url, options.popover, options.idPrefix) : '');
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

const ID_LISTS = ['aria-describedby', 'aria-labelledby', 'aria-controls'];
function prefixIds(el: ElementNode, prefix: string): void {
  const a = el.attributes;
  if (a.id) a.id = prefix + a.id;
  if (a.href?.startsWith('#') && a.href.length > 1) a.href = `#${prefix}${a.href.slice(1)}`;
  for (const name of ID_LISTS) if (a[name]) a[name] = a[name].split(/\s+/).map((id) => prefix + id).join(' ');
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
