/**
 * Finds mentions of begrippen in text. Used at build time to link the first mention of each begrip in a
 * chapter and to list, on a begrip's page, the chapters that mention it: one matcher for both.
 */
export interface GlossaryTerm {
  slug: string;
  term: string;
  afkortingen: string[];
  synoniemen: string[];
  definitie: string;
}

export interface Mention {
  slug: string;
  index: number;
  text: string;
  /** The matched text is one of the begrip's abbreviations. */
  abbreviation: boolean;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LETTER = '[\\p{L}\\p{N}]';

export interface Matcher {
  find(text: string, from?: number): Mention | undefined;
  all(text: string): Mention[];
}

/** Words (case-insensitive) and abbreviations (case-sensitive), longest first, whole words only. */
export function createMatcher(terms: GlossaryTerm[]): Matcher {
  const words = new Map<string, string>();
  const abbrs = new Map<string, string>();
  for (const t of terms) {
    for (const w of [t.term, ...t.synoniemen]) if (w.trim().length >= 4) words.set(w.trim().toLowerCase(), t.slug);
    for (const a of t.afkortingen) if (a.trim().length >= 2) abbrs.set(a.trim(), t.slug);
  }
  const build = (keys: string[], flags: string) =>
    keys.length
      ? new RegExp(
          `(?<!${LETTER})(${keys
            .sort((a, b) => b.length - a.length)
            .map(escape)
            .join('|')})(?!${LETTER})`,
          flags,
        )
      : undefined;
  const wordRe = build([...words.keys()], 'giu');
  const abbrRe = build([...abbrs.keys()], 'gu');

  function find(text: string, from = 0): Mention | undefined {
    let best: Mention | undefined;
    for (const [re, map, abbreviation] of [
      [wordRe, words, false],
      [abbrRe, abbrs, true],
    ] as const) {
      if (!re) continue;
      re.lastIndex = from;
      const m = re.exec(text);
      if (!m) continue;
      const slug = map.get(abbreviation ? m[1]! : m[1]!.toLowerCase())!;
      if (!best || m.index < best.index || (m.index === best.index && m[1]!.length > best.text.length)) {
        best = { slug, index: m.index, text: m[1]!, abbreviation };
      }
    }
    return best;
  }

  function all(text: string): Mention[] {
    const found: Mention[] = [];
    let from = 0;
    for (let m = find(text, from); m; m = find(text, from)) {
      found.push(m);
      from = m.index + m.text.length;
    }
    return found;
  }
  return { find, all };
}

/** Markdown source to plain text for mention counting: no link targets, code, HTML tags or frontmatter. */
export function markdownToText(markdown: string): string {
  return (
    markdown
      .replace(/```[\s\S]*?```/g, ' ')
      .replace(/`[^`]*`/g, ' ')
      .replace(/\]\([^)]*\)/g, ']')
      // A Kader's title is shown as text; other attributes (such as a Citaat's source) are not linked.
      .replace(/<Kader[^>]*\btitel="([^"]*)"[^>]*>/g, ' $1 ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/[#*_>|[\]]/g, ' ')
  );
}

/** Slugs of the begrippen a text mentions, in order of first mention. */
export function mentionedSlugs(matcher: Matcher, text: string): string[] {
  return [...new Set(matcher.all(text).map((m) => m.slug))];
}
