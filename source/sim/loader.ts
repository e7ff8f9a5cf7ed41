// Loads a cluster file: multi-document YAML (or JSON, which is YAML), `kind: List` and
// anything with `items` (what `kubectl get -o yaml|json` prints). Pure: the caller reads the file.
import { LineCounter, parseAllDocuments, isMap, isSeq, visit, type Document, type Node as YamlNode } from 'yaml';
import type { KObject } from './types.js';
import { parseKubectlYaml } from './yaml-fast.js';

export interface LoadError { file: string; line: number; col: number; message: string }
export type LoadResult = { ok: true; objects: KObject[] } | { ok: false; error: LoadError };

// Limits that keep a hostile file from exhausting memory (an "alias bomb" expands a few lines
// into billions of nodes). kubectl's sigs.k8s.io/yaml has similar guards.
const MAX_ALIAS_COUNT = 100;

/** `FILE:LINE:COL: message`, the form editors and the CLI's one-line error use. */
export function formatLoadError(e: LoadError): string {
  return `${e.file}:${e.line}:${e.col}: ${e.message}`;
}

/** Bytes → text, refusing input that is not UTF-8 (DESIGN: such a file is unreadable input). */
export function decodeManifest(bytes: Uint8Array, file: string): { ok: true; text: string } | { ok: false; error: LoadError } {
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch {
    const bad = firstInvalidUtf8(bytes);
    const prefix = new TextDecoder('utf-8').decode(bytes.subarray(0, bad));
    const lines = prefix.split('\n');
    return { ok: false, error: { file, line: lines.length, col: lines[lines.length - 1]!.length + 1, message: 'the file is not valid UTF-8 text' } };
  }
}

/** Offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const c = b[i]!;
    const n = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (n < 0) return i;
    for (let k = 1; k <= n; k++) if (i + k >= b.length || (b[i + k]! & 0xc0) !== 0x80) return i;
    if (n > 0 && !validSequence(b.subarray(i, i + n + 1))) return i;
    i += n + 1;
  }
  return b.length;
}
function validSequence(seq: Uint8Array): boolean {
  try { new TextDecoder('utf-8', { fatal: true }).decode(seq); return true; } catch { return false; }
}

// go-yaml turns a timestamp into a time.Time, which sigs.k8s.io/yaml writes back as a string:
// keep timestamps as the strings they are rather than the yaml package's Date objects.
const withoutTimestamps = (tags: unknown[]) => tags.filter((t) => (t as { tag?: string }).tag !== 'tag:yaml.org,2002:timestamp');

export function parseManifests(text: string, file: string): LoadResult {
  const fast = fastPath(text);
  if (fast) return { ok: true, objects: fast };
  const lineCounter = new LineCounter();
  let docs: Document.Parsed[];
  try {
    // YAML 1.1, as kubectl's go-yaml v2 reads it (yes/no/on/off are booleans, 0777 is octal).
    // logLevel 'error': the yaml package would otherwise print its warnings (a mapping used as a
    // key) through process.emitWarning, a second, unasked-for message on stderr.
    docs = parseAllDocuments(text, { lineCounter, prettyErrors: false, version: '1.1', uniqueKeys: true, logLevel: 'error', customTags: withoutTimestamps as never }) as Document.Parsed[];
  } catch (e) {
    return { ok: false, error: { file, line: 1, col: 1, message: (e as Error).message } };
  }
  const at = (offset: number | undefined, message: string): LoadResult => {
    const pos = lineCounter.linePos(offset ?? 0);
    return { ok: false, error: { file, line: pos.line, col: pos.col, message } };
  };
  if (!Array.isArray(docs)) docs = [docs as unknown as Document.Parsed];
  const objects: KObject[] = [];
  for (const doc of docs) {
    const err = doc.errors[0];
    if (err) return at(err.pos[0], err.message);
    const contents = doc.contents as YamlNode | null;
    if (contents === null || (!isMap(contents) && !isSeq(contents) && (contents as { value?: unknown }).value === null)) continue; // empty document
    let value: unknown;
    try {
      value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    } catch (e) {
      // An alias bomb: point at the first alias (where the expansion starts), not the document.
      let firstAlias: number | undefined;
      if (/alias/i.test((e as Error).message)) visit(doc, { Alias(_k, node) { firstAlias = node.range?.[0]; return visit.BREAK; } });
      return at(firstAlias ?? contents.range?.[0], (e as Error).message);
    }
    const bad = collect(value, contents, objects, undefined);
    if (bad) return at(bad.offset, bad.message);
  }
  return { ok: true, objects };
}

/**
 * JSON (`kubectl get -o json`) and the YAML kubectl prints, read without the general parser.
 * Undefined when the text needs the general parser, to read it or to place an error.
 */
function fastPath(text: string): KObject[] | undefined {
  let values: unknown[] | undefined;
  const first = text.trimStart()[0];
  if (first === '{' || first === '[') {
    try { values = [JSON.parse(text)]; } catch { values = undefined; }
  }
  values ??= parseKubectlYaml(text, withoutTimestamps);
  if (!values) return undefined;
  const objects: KObject[] = [];
  for (const v of values) {
    if (v === null || v === undefined) continue;
    if (collect(v, undefined, objects, undefined)) return undefined;
  }
  return objects;
}

/** Adds `value` (an object or a list of them) to `out`; returns what is wrong and where. */
function collect(value: unknown, node: YamlNode | undefined, out: KObject[], listItemKind: string | undefined): { offset?: number; message: string } | undefined {
  const where = node?.range?.[0];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { offset: where, message: `expected a Kubernetes object (a mapping with apiVersion and kind), found ${describe(value)}` };
  }
  const o = value as Record<string, unknown>;
  // kind: List, ServiceList, ... and anything carrying `items` (kubectl get -o yaml).
  if (Array.isArray(o.items)) {
    const kind = typeof o.kind === 'string' ? o.kind : '';
    const itemKind = kind.endsWith('List') && kind !== 'List' ? kind.slice(0, -4) : undefined;
    const itemsNode = isMap(node) ? (node.get('items', true) as YamlNode | undefined) : undefined;
    for (let i = 0; i < o.items.length; i++) {
      const itemNode = isSeq(itemsNode) ? (itemsNode.items[i] as YamlNode | undefined) : undefined;
      const bad = collect(o.items[i], itemNode ?? itemsNode ?? node, out, itemKind);
      if (bad) return bad;
    }
    return undefined;
  }
  // A typed list (PodList from the raw API) leaves `kind` off its items.
  if (o.kind === undefined && listItemKind) o.kind = listItemKind;
  if (typeof o.kind !== 'string' || o.kind === '') {
    const kindNode = isMap(node) ? (node.get('kind', true) as YamlNode | undefined) : undefined;
    return {
      offset: kindNode?.range?.[0] ?? where,
      message: o.kind === undefined ? 'object has no "kind" (every Kubernetes object needs apiVersion and kind)' : `"kind" must be a string, found ${describe(o.kind)}`,
    };
  }
  if (o.metadata === undefined || o.metadata === null) o.metadata = {};
  if (typeof o.metadata !== 'object' || Array.isArray(o.metadata)) {
    const mNode = isMap(node) ? (node.get('metadata', true) as YamlNode | undefined) : undefined;
    return { offset: mNode?.range?.[0] ?? where, message: `"metadata" must be a mapping, found ${describe(o.metadata)}` };
  }
  out.push(o as KObject);
  return undefined;
}

function describe(v: unknown): string {
  if (v === null || v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'a list';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  return `a ${typeof v}`;
}
