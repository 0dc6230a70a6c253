/**
 * How the CMS reads and writes a content file, registered in the admin site as the format
 * "frontmatter-behoud" (see cms-browser.ts). Decap's own frontmatter format re-serialises the whole YAML
 * block (quotes dropped, [a, b] lists turned into "- a" lines, long lines folded at 80 characters), so
 * opening and saving an entry would rewrite every file. This one keeps every byte that was not edited:
 *
 * - reading keeps the original frontmatter block in the hidden key ORIGINAL (not a field, so the form never
 *   shows it; Decap carries unknown keys through the editor and back to `toFile`);
 * - writing an entry that was not edited returns the original text exactly;
 * - writing an edited entry replaces only the text of the top-level fields that changed (inside such a
 *   field, unchanged values keep their quoting and list style), deletes removed fields and inserts new
 *   ones at their place in the form's field order. Comments, blank lines and the body stay as they were.
 *
 * Dates stay text (YAML 1.2 core schema), as in src/build/frontmatter.ts: 2026-11-22 is read and written
 * as the same ten characters. Pure and browser-safe: no Node imports.
 */
import { CORE_SCHEMA, load as loadLenient } from 'js-yaml';
import { Document, isMap, isScalar, isSeq, parseDocument, Scalar, YAMLMap, type Node as YamlNode, type Pair } from 'yaml';

/** Hidden key with the original `---` block, so unedited text can be written back as it was. */
export const ORIGINAL = '__origineel';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const STRINGIFY = { lineWidth: 0, flowCollectionPadding: false, indent: 2 } as const;
type Data = Record<string, unknown>;

export function fromFile(content: string): Data {
  const match = FRONTMATTER.exec(content);
  if (!match) return { body: content };
  const doc = parseDocument(match[1]!, { schema: 'core' });
  // YAML the site's own reader (js-yaml) accepts but strict YAML 1.2 does not, such as a quoted text whose
  // next lines are not indented: read it the site's way. Saving such a file after an edit writes its
  // fields anew (see toFile); unedited, it stays as it is.
  const data = (doc.errors.length ? loadLenient(match[1]!, { schema: CORE_SCHEMA }) : doc.toJS()) as Data | null;
  return { ...(data ?? {}), body: content.slice(match[0].length), [ORIGINAL]: match[0] };
}

const isPlainObject = (v: unknown): v is Data => typeof v === 'object' && v !== null && !Array.isArray(v);

function equal(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isPlainObject(a) && isPlainObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].every((k) => equal(a[k], b[k]));
  }
  return a === b;
}

/** What the form leaves behind for an empty optional field ('' or null, an object of empties) is not written. */
export function clean(value: unknown): unknown {
  if (value === '' || value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return value.map(clean).filter((v) => v !== undefined);
  if (isPlainObject(value)) {
    const out: Data = {};
    for (const [k, v] of Object.entries(value)) {
      const c = clean(v);
      if (c !== undefined) out[k] = c;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return value;
}

/** A new scalar: text that starts with a digit or + is quoted (phone numbers, postcodes), dates stay plain. */
function styleNew(node: unknown): void {
  if (isScalar(node)) {
    if (typeof node.value === 'string' && /^[+\d]/.test(node.value) && !/^\d{4}-\d{2}-\d{2}$/.test(node.value)) node.type = Scalar.QUOTE_DOUBLE;
  } else if (isSeq(node)) {
    // Lists of plain values are written [a, b], as in the existing files.
    if (node.items.every((i) => isScalar(i))) node.flow = true;
    node.items.forEach(styleNew);
  } else if (isMap(node)) {
    for (const pair of node.items) styleNew(pair.value);
  }
}

function newNode(doc: Document, value: unknown): YamlNode {
  const node = doc.createNode(value) as YamlNode;
  styleNew(node);
  return node;
}

/**
 * Brings a parsed node to `value` in place, keeping the style of what stays the same. Returns the node to
 * use (a new one when the kind of value changed).
 */
function update(doc: Document, node: unknown, value: unknown, order: string[] = []): YamlNode {
  if (isScalar(node) && !Array.isArray(value) && !isPlainObject(value)) {
    // A page number stays a number when it is still a whole number (the form hands over text).
    node.value = typeof node.value === 'number' && typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value;
    return node;
  }
  if (isMap(node) && isPlainObject(value)) {
    for (const pair of [...node.items]) {
      const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
      if (!(key in value)) node.delete(key);
    }
    for (const [key, v] of Object.entries(value)) {
      const existing = node.get(key, true);
      if (existing === undefined) insertPair(node, key, newNode(doc, v), order);
      else if (!equal((existing as YamlNode).toJSON(), v)) node.set(key, update(doc, existing, v));
    }
    return node;
  }
  if (isSeq(node) && Array.isArray(value)) {
    const fresh = newNode(doc, value);
    if (isSeq(fresh)) fresh.flow = node.flow ?? false;
    return fresh;
  }
  return newNode(doc, value);
}

function insertPair(map: YAMLMap, key: string, value: YamlNode, order: string[]): void {
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const pair = doc0.createPair(key, value) as Pair;
  const at = map.items.findIndex((p) => rank(String(isScalar(p.key) ? p.key.value : p.key)) > rank(key));
  if (at < 0) map.items.push(pair);
  else map.items.splice(at, 0, pair);
}
const doc0 = new Document();

function pairText(pair: Pair): string {
  const doc = new Document();
  const map = new YAMLMap();
  map.items.push(pair);
  doc.contents = map;
  return doc.toString(STRINGIFY).replace(/\n$/, '');
}

/** Field order of the form for one level: Decap passes paths like "contact.telefoon". */
function orderAt(sortedKeys: string[], prefix = ''): string[] {
  return sortedKeys.filter((k) => k.startsWith(prefix) && !k.slice(prefix.length).includes('.')).map((k) => k.slice(prefix.length));
}

function freshFrontmatter(meta: Data, sortedKeys: string[]): string {
  const order = orderAt(sortedKeys);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const sorted = Object.fromEntries(Object.entries(meta).sort(([a], [b]) => rank(a) - rank(b)));
  const doc = new Document();
  doc.contents = newNode(doc, sorted);
  return `---\n${doc.toString(STRINGIFY)}---\n`;
}

export function toFile(data: Data, sortedKeys: string[] = []): string {
  const { body = '', [ORIGINAL]: original, ...rest } = data;
  const meta = (clean(rest) ?? {}) as Data;
  const text = typeof body === 'string' ? body : String(body);
  const match = typeof original === 'string' ? FRONTMATTER.exec(original) : null;
  if (!match) return freshFrontmatter(meta, sortedKeys) + text;
  const source = match[1]!;
  const doc = parseDocument(source, { schema: 'core' });
  if (doc.errors.length) {
    const lenient = (loadLenient(source, { schema: CORE_SCHEMA }) ?? {}) as Data;
    return (equal(clean(lenient) ?? {}, meta) ? original : freshFrontmatter(meta, sortedKeys)) + text;
  }
  const root = doc.contents;
  if (!isMap(root)) return freshFrontmatter(meta, sortedKeys) + text;
  if (equal(clean(doc.toJS()) ?? {}, meta)) return original + text;

  // Edits as [start, end, replacement] on the source text, applied from the end.
  const edits: [number, number, string][] = [];
  const order = orderAt(sortedKeys);
  const keyOf = (p: Pair) => String(isScalar(p.key) ? p.key.value : p.key);
  const span = (p: Pair): [number, number] => {
    const start = (p.key as YamlNode).range![0];
    const value = p.value as YamlNode | null;
    return [start, value?.range ? value.range[1] : (p.key as YamlNode).range![2]];
  };
  for (const pair of root.items) {
    const key = keyOf(pair);
    const [start, end] = span(pair);
    if (!(key in meta)) {
      edits.push([start, source[end] === '\n' ? end + 1 : end, '']);
      continue;
    }
    const current = (pair.value as YamlNode | null)?.toJSON?.() ?? pair.value;
    if (equal(current, meta[key])) continue;
    (pair as Pair<unknown, unknown>).value = update(doc, pair.value, meta[key], orderAt(sortedKeys, `${key}.`));
    const old = source.slice(start, end);
    edits.push([start, end, pairText(pair) + (old.endsWith('\n') ? '\n' : '')]);
  }
  const present = new Set(root.items.map(keyOf));
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  // New fields go before the first existing field that comes later in the form; several at one place in order.
  const inserts = new Map<number, string[]>();
  for (const [key, value] of Object.entries(meta).sort(([a], [b]) => rank(a) - rank(b))) {
    if (present.has(key)) continue;
    const next = root.items.find((p) => rank(keyOf(p)) > rank(key));
    let at = next ? span(next)[0] : source.length;
    // Comment lines just above the next field belong to it: insert above them.
    for (let m = /(?:^|\n)([ \t]*#[^\n]*\n)$/.exec(source.slice(0, at)); next && m; m = /(?:^|\n)([ \t]*#[^\n]*\n)$/.exec(source.slice(0, at)))
      at -= m[1]!.length;
    inserts.set(at, [...(inserts.get(at) ?? []), pairText(doc.createPair(key, newNode(doc, value)) as Pair)]);
  }
  for (const [at, lines] of inserts) {
    const block = lines.join('\n');
    edits.push([at, at, at < source.length ? `${block}\n` : source.endsWith('\n') ? `${block}\n` : `\n${block}`]);
  }
  let out = source;
  for (const [start, end, replacement] of edits.sort((a, b) => b[0] - a[0] || b[1] - a[1])) out = out.slice(0, start) + replacement + out.slice(end);
  const block = String(original);
  const opening = block.slice(0, block.indexOf(source));
  const closing = block.slice(block.indexOf(source) + source.length);
  return opening + out + closing + text;
}
