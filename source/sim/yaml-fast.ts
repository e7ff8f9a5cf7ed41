// A fast path for the YAML kubectl writes (`kubectl get -o yaml`): block mappings and
// sequences (with kubectl's "- " at its parent key's indentation), plain and quoted one-line
// scalars, `|` block scalars, `{}` and `[]`. The general parser (the `yaml` package) reads about
// 2 MB/s; this reads a dump an order of magnitude faster. Anything outside that subset
// (anchors, tags, flow collections with content, multi-line plain or quoted scalars, `>`,
// duplicate keys, errors) makes it give up, and the caller parses the text with the `yaml`
// package instead, so results and error positions are that parser's. Plain scalars are
// resolved with the `yaml` package's own YAML 1.1 tags, so both paths agree on types.
import { Document, isScalar } from 'yaml';

/** Thrown to give up; never escapes this module. */
class GiveUp extends Error {}
const giveUp = (): never => { throw new GiveUp(); };

interface Line { indent: number; text: string }

type Tag = { default?: boolean | string; tag: string; test?: RegExp; resolve: (s: string, onError: (m: string) => void, o: unknown) => unknown };
let resolver: { tags: Tag[]; options: unknown } | undefined;
function scalarTags(customTags: (tags: unknown[]) => unknown[]): { tags: Tag[]; options: unknown } {
  if (!resolver) {
    const doc = new Document(null, { version: '1.1', customTags: customTags as never });
    resolver = { tags: (doc.schema.tags as unknown as Tag[]).filter((t) => t.default === true && t.test), options: doc.options };
  }
  return resolver;
}

/**
 * The documents of `text` as plain values (null for an empty document), or undefined when the
 * text is not in the subset and must go to the full parser. `customTags` must be the same
 * schema adjustment the full parser uses.
 */
export function parseKubectlYaml(text: string, customTags: (tags: unknown[]) => unknown[]): unknown[] | undefined {
  // a byte-order mark, line breaks other than \n and \r\n (YAML 1.1 counts NEL, LS, PS), lone \r
  if (/[\ufeff\u0085\u2028\u2029]|\r(?!\n)/.test(text)) return undefined;
  try {
    return new FastParser(text, scalarTags(customTags)).documents();
  } catch (e) {
    if (e instanceof GiveUp) return undefined;
    throw e;
  }
}

class FastParser {
  private readonly raw: string[];
  private pos = 0;
  private lines: Line[] = [];

  constructor(text: string, private readonly res: { tags: Tag[]; options: unknown }) {
    this.raw = text.split('\n');
  }

  documents(): unknown[] {
    const docs: unknown[] = [];
    let start = 0;
    for (let i = 0; i <= this.raw.length; i++) {
      const l = i < this.raw.length ? stripCR(this.raw[i]!) : '---';
      if (l.startsWith('%')) giveUp();
      const sep = l === '---' || l.startsWith('--- #') || l === '...' || l.startsWith('... #');
      if (!sep && (l.startsWith('--- ') || l.startsWith('---\t') || l.startsWith('...'))) giveUp();
      if (!sep) continue;
      docs.push(this.document(start, i));
      start = i + 1;
    }
    return docs.map((d) => (d === EMPTY ? null : d));
  }

  private document(from: number, to: number): unknown {
    this.lines = [];
    for (let i = from; i < to; i++) {
      const l = stripCR(this.raw[i]!);
      let indent = 0;
      while (indent < l.length && l.charCodeAt(indent) === 32) indent++;
      if (indent < l.length && l.charCodeAt(indent) === 9) giveUp(); // tab in indentation
      this.lines.push({ indent, text: l.slice(indent) });
    }
    this.pos = 0;
    const first = this.peek();
    if (!first) return EMPTY;
    if (first.indent !== 0) giveUp();
    const v = this.block(0);
    if (this.peek()) giveUp(); // something left over: an error or a shape we do not handle
    return v;
  }

  /** The next line with content (blank lines and full-line comments skipped). */
  private peek(): Line | undefined {
    while (this.pos < this.lines.length) {
      const l = this.lines[this.pos]!;
      if (l.text.length === 0 || l.text.charCodeAt(0) === 35 /* # */ || isBlank(l.text)) { this.pos++; continue; }
      return l;
    }
    return undefined;
  }

  private block(indent: number): unknown {
    const l = this.peek()!;
    if (isSeqItem(l.text)) return this.seq(l.indent);
    if (keyEnd(l.text) >= 0) return this.map(l.indent);
    return giveUp();
  }

  private map(indent: number): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (;;) {
      const l = this.peek();
      if (!l || l.indent < indent) return out;
      if (l.indent > indent || isSeqItem(l.text)) giveUp();
      const end = keyEnd(l.text);
      if (end < 0) giveUp();
      const key = this.key(l.text.slice(0, end));
      if (Object.prototype.hasOwnProperty.call(out, key)) giveUp(); // duplicate: the full parser reports it
      const rest = l.text.slice(end + 1).trimStart();
      this.pos++;
      out[key] = this.value(rest, indent, true);
    }
  }

  private seq(indent: number): unknown[] {
    const out: unknown[] = [];
    for (;;) {
      const l = this.peek();
      if (!l || l.indent < indent || !isSeqItem(l.text)) {
        if (l && l.indent > indent) giveUp();
        return out;
      }
      if (l.indent > indent) giveUp();
      let off = 1;
      while (off < l.text.length && l.text.charCodeAt(off) === 32) off++;
      const rest = l.text.slice(off);
      if (rest.length && !isBlank(rest) && rest.charCodeAt(0) !== 35 && keyEnd(rest) >= 0 && !isQuotedScalarLine(rest)) {
        // `- key: value`: a mapping whose keys sit at the column after "- "
        l.indent = indent + off;
        l.text = rest;
        out.push(this.map(indent + off));
        continue;
      }
      this.pos++;
      out.push(this.value(rest, indent, false));
    }
  }

  /** The value after `key:` or `- `; `indent` is the key's or dash's column. */
  private value(rest: string, indent: number, afterKey: boolean): unknown {
    if (rest.length === 0 || rest.charCodeAt(0) === 35 || isBlank(rest)) {
      const next = this.peek();
      if (next && next.indent > indent) return this.block(next.indent);
      // kubectl's style: a sequence under a key at the key's own indentation
      if (afterKey && next && next.indent === indent && isSeqItem(next.text)) return this.seq(indent);
      return null;
    }
    const c = rest[0]!;
    let v: unknown;
    if (c === '"') v = this.doubleQuoted(rest);
    else if (c === "'") v = singleQuoted(rest);
    else if (c === '{' || c === '[') {
      const body = stripComment(rest);
      if (body === '{}') v = {};
      else if (body === '[]') v = [];
      else giveUp();
    } else if (c === '|') return this.literal(rest, indent);
    else if ('>&*!%@`,?:]}'.includes(c)) giveUp(); // folded scalars, anchors, aliases, tags, reserved
    else if (c === '-' && (rest.length === 1 || rest[1] === ' ')) giveUp(); // a sequence where a scalar belongs
    else v = this.plain(stripComment(rest));
    const next = this.peek();
    if (next && next.indent > indent) giveUp(); // a multi-line plain scalar, or an error
    return v;
  }

  private plain(s: string): unknown {
    if (s.length === 0 || s.includes(': ') || s.endsWith(':') || s.includes('\t')) giveUp();
    for (const t of this.res.tags) {
      if (!t.test!.test(s)) continue;
      let bad = false;
      const r = t.resolve(s, () => { bad = true; }, this.res.options);
      if (bad) giveUp();
      return isScalar(r) ? (r as { value: unknown }).value : r;
    }
    return s;
  }

  private key(raw: string): string {
    const k = raw.trimEnd();
    if (k.length === 0) giveUp();
    const c = k[0]!;
    if (c === '"') return String(this.doubleQuoted(k));
    if (c === "'") return String(singleQuoted(k));
    if ('>&*!%@`,?:-[]{}#|<'.includes(c) || k.includes(' #')) giveUp();
    const v = this.plain(k);
    if (v === null || typeof v === 'object') giveUp();
    return String(v);
  }

  private doubleQuoted(s: string): string {
    let out = '';
    let i = 1;
    for (;;) {
      if (i >= s.length) giveUp(); // continues on the next line
      const ch = s[i]!;
      if (ch === '"') break;
      if (ch !== '\\') { out += ch; i++; continue; }
      const e = s[i + 1];
      const simple: Record<string, string> = { '\\': '\\', '"': '"', '/': '/', n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', '0': '\0', a: '\x07', v: '\v', e: '\x1b', ' ': ' ', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029', '\t': '\t' };
      if (e !== undefined && e in simple) { out += simple[e]; i += 2; continue; }
      const len = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
      const hex = s.slice(i + 2, i + 2 + len);
      if (!len || hex.length !== len || !/^[0-9a-fA-F]+$/.test(hex)) giveUp();
      out += String.fromCodePoint(parseInt(hex, 16));
      i += 2 + len;
    }
    if (stripComment(s.slice(i + 1)).length) giveUp();
    return out;
  }

  /** A `|` block scalar: clip (default), strip (`|-`) or keep (`|+`) its final line breaks. */
  private literal(header: string, indent: number): string {
    const h = stripComment(header);
    if (h !== '|' && h !== '|-' && h !== '|+') giveUp();
    const body: string[] = [];
    let contentIndent = -1;
    while (this.pos < this.lines.length) {
      const l = this.lines[this.pos]!;
      if (l.text.length === 0) {
        // an empty line; spaces past the content indentation would be content: leave those to the full parser
        if (l.indent > (contentIndent < 0 ? 0 : contentIndent)) giveUp();
        body.push('');
        this.pos++;
        continue;
      }
      if (contentIndent < 0) {
        if (l.indent <= indent) break;
        contentIndent = l.indent; // auto-detected from the first line with content
      } else if (l.indent < contentIndent) break;
      body.push(' '.repeat(l.indent - contentIndent) + l.text);
      this.pos++;
    }
    let end = body.length;
    while (end > 0 && body[end - 1] === '') end--;
    const trailing = body.length - end;
    if (end === 0) return h === '|+' && trailing ? giveUp() : '';
    const content = body.slice(0, end).join('\n');
    if (h === '|-') return content;
    if (h === '|+') return content + '\n'.repeat(trailing + 1);
    return `${content}\n`;
  }
}

const EMPTY = Symbol('empty document');

function stripCR(l: string): string { return l.charCodeAt(l.length - 1) === 13 ? l.slice(0, -1) : l; }
function isBlank(s: string): boolean { return /^[ \t]*$/.test(s); }
function isSeqItem(t: string): boolean { return t.charCodeAt(0) === 45 /* - */ && (t.length === 1 || t.charCodeAt(1) === 32); }

/** `value  # comment` → `value` (a comment starts at ` #`). */
function stripComment(s: string): string {
  const i = s.indexOf(' #');
  return (i >= 0 ? s.slice(0, i) : s).trimEnd();
}

/** The index of the `:` that ends a mapping key on this line, or -1. */
function keyEnd(t: string): number {
  const c = t[0];
  if (c === '"' || c === "'") {
    // a quoted key: find its closing quote, then ':'
    let i = 1;
    for (; i < t.length; i++) {
      if (c === "'" && t[i] === "'" && t[i + 1] === "'") { i++; continue; }
      if (c === '"' && t[i] === '\\') { i++; continue; }
      if (t[i] === c) break;
    }
    const j = i + 1;
    return t[j] === ':' && (j + 1 === t.length || t[j + 1] === ' ') ? j : -1;
  }
  const i = t.indexOf(': ');
  if (i >= 0) return t.indexOf(' #') >= 0 && t.indexOf(' #') < i ? -1 : i;
  return t.endsWith(':') && !t.includes(' #') ? t.length - 1 : -1;
}

function isQuotedScalarLine(t: string): boolean {
  return (t[0] === '"' || t[0] === "'") && keyEnd(t) < 0;
}

function singleQuoted(s: string): string {
  let out = '';
  let i = 1;
  for (;;) {
    if (i >= s.length) giveUp();
    if (s[i] === "'") {
      if (s[i + 1] === "'") { out += "'"; i += 2; continue; }
      break;
    }
    out += s[i++];
  }
  if (stripComment(s.slice(i + 1)).length) giveUp();
  return out;
}
