// Reading a content file's YAML tree against a schema, collecting problems as values with
// FILE:LINE:COL and a field path (STYLE.md §1 and §6: errors are data, placed where they are).
// The readers return undefined for a value they rejected, after recording why.
import { isAlias, isMap, isScalar, isSeq, type LineCounter, type Node as YamlNode, type Scalar, type YAMLMap, type YAMLSeq } from 'yaml';
import type { Problem, Where } from './types.js';

export type N = YamlNode | null | undefined;

export const child = (path: string, key: string): string => (path ? `${path}.${key}` : key);
export const index = (path: string, i: number): string => `${path}[${i}]`;

export class Reader {
  readonly problems: Problem[] = [];
  /**
   * @param file the file as problems name it
   * @param path where it is on disk (relative references are resolved from it)
   */
  constructor(readonly file: string, readonly lineCounter: LineCounter, readonly source: string, readonly path: string = file) {}

  /** The position of a node (or of `fallback` when the node has none), as 1-based line and column. */
  where(node: N, path: string, fallback?: N): Where {
    const offset = node?.range?.[0] ?? fallback?.range?.[0] ?? 0;
    const pos = this.lineCounter.linePos(offset);
    return { file: this.file, line: pos.line, col: pos.col, path };
  }

  problem(node: N, path: string, message: string, opts: { fallback?: N; warning?: boolean } = {}): void {
    this.problems.push({ ...this.where(node, path, opts.fallback), message, ...(opts.warning ? { severity: 'warning' as const } : {}) });
  }

  problemAt(where: Where, message: string): void {
    this.problems.push({ ...where, message });
  }
}

/** "a mapping", "the text "x"", ... for messages that say what was found instead. */
export function describeNode(node: N): string {
  if (node === null || node === undefined) return 'nothing';
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isAlias(node)) return 'an alias';
  const v = (node as Scalar).value;
  if (v === null || v === undefined) return 'nothing';
  if (typeof v === 'string') return `the text ${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v)}`;
  if (typeof v === 'number' || typeof v === 'bigint') return `the number ${String(v)}`;
  if (typeof v === 'boolean') return `${v}`;
  return `a ${typeof v}`;
}

/** Unquoted text with ": " in it is a mapping to YAML; say so where text was expected. */
export function textExpected(node: N): string {
  const hint = isMap(node) && node.items.length === 1 && isScalar(node.items[0]!.key) && (node.items[0]!.key as Scalar).type === 'PLAIN' && !node.flow
    ? ' (unquoted text with ": " in it reads as a mapping: put the text in quotes)' : '';
  return `expected text, found ${describeNode(node)}${hint}`;
}

export const scalarValue = (node: N): unknown => (isScalar(node) ? node.value : undefined);

/** Levenshtein distance, for "did you mean" on a mistyped field name. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length]![b.length]!;
}

export function suggest(word: string, options: readonly string[]): string {
  let best: string | undefined, bestD = Infinity;
  for (const o of options) {
    const dd = distance(word.toLowerCase(), o.toLowerCase());
    if (dd < bestD) { best = o; bestD = dd; }
  }
  return best !== undefined && bestD <= Math.max(1, Math.floor(best.length / 3)) ? ` (did you mean "${best}"?)` : '';
}

/**
 * The fields of a mapping, checked against the ones a schema knows: unknown keys are problems
 * (a typo must not be silently ignored), missing required ones too.
 */
export class Fields {
  private readonly values = new Map<string, { key: YamlNode; value: N }>();
  constructor(readonly r: Reader, readonly node: YAMLMap, readonly path: string) {
    for (const pair of node.items) {
      const key = pair.key as N;
      const name = scalarValue(key);
      if (typeof name !== 'string') {
        r.problem(key, path, `field names must be text, found ${describeNode(key)}`, { fallback: node });
        continue;
      }
      this.values.set(name, { key: key!, value: pair.value as N });
    }
  }

  /** Reports fields outside `known`; returns false when there were any. */
  only(known: readonly string[]): boolean {
    let ok = true;
    for (const [name, { key }] of this.values) {
      if (known.includes(name)) continue;
      this.r.problem(key, child(this.path, name), `unknown field${suggest(name, known)}`);
      ok = false;
    }
    return ok;
  }

  has(key: string): boolean { return this.values.has(key); }
  names(): string[] { return [...this.values.keys()]; }
  value(key: string): N { return this.values.get(key)?.value; }
  keyNode(key: string): N { return this.values.get(key)?.key; }
  at(key: string): string { return child(this.path, key); }
  /** The node to point at for a field: its value, else its key, else the mapping. */
  pointer(key: string): N { const v = this.values.get(key); return v?.value ?? v?.key ?? this.node; }
  where(key: string): Where { return this.r.where(this.pointer(key), this.at(key)); }

  missing(key: string): undefined {
    this.r.problem(this.node, this.at(key), 'required field is missing');
    return undefined;
  }

  str(key: string, opts: { required?: boolean; nonEmpty?: boolean; oneOf?: readonly string[] } = {}): string | undefined {
    if (!this.has(key)) return opts.required ? this.missing(key) : undefined;
    const node = this.value(key);
    const v = scalarValue(node);
    if (typeof v !== 'string') { this.r.problem(node, this.at(key), textExpected(node), { fallback: this.keyNode(key) }); return undefined; }
    if (opts.nonEmpty !== false && v.trim() === '') { this.r.problem(node, this.at(key), 'must not be empty', { fallback: this.keyNode(key) }); return undefined; }
    if (opts.oneOf && !opts.oneOf.includes(v)) {
      this.r.problem(node, this.at(key), `expected one of ${opts.oneOf.join(', ')}, found ${JSON.stringify(v)}${suggest(v, opts.oneOf)}`);
      return undefined;
    }
    return v;
  }

  num(key: string, opts: { required?: boolean; integer?: boolean; min?: number; max?: number; exclusiveMin?: boolean } = {}): number | undefined {
    if (!this.has(key)) return opts.required ? this.missing(key) : undefined;
    return readNumber(this.r, this.value(key), this.at(key), opts, this.keyNode(key));
  }

  bool(key: string): boolean | undefined {
    if (!this.has(key)) return undefined;
    const node = this.value(key);
    const v = scalarValue(node);
    if (typeof v !== 'boolean') { this.r.problem(node, this.at(key), `expected true or false, found ${describeNode(node)}`, { fallback: this.keyNode(key) }); return undefined; }
    return v;
  }

  map(key: string, opts: { required?: boolean } = {}): Fields | undefined {
    if (!this.has(key)) return opts.required ? this.missing(key) : undefined;
    return asFields(this.r, this.value(key), this.at(key), this.keyNode(key));
  }

  seq(key: string, opts: { required?: boolean; min?: number } = {}): YAMLSeq | undefined {
    if (!this.has(key)) return opts.required ? this.missing(key) : undefined;
    const node = this.value(key);
    if (!isSeq(node)) { this.r.problem(node, this.at(key), `expected a list, found ${describeNode(node)}`, { fallback: this.keyNode(key) }); return undefined; }
    if (opts.min !== undefined && node.items.length < opts.min) {
      this.r.problem(node, this.at(key), opts.min === 1 ? 'must list at least one item' : `must list at least ${opts.min} items`);
      return undefined;
    }
    return node;
  }

  /** A list of non-empty strings. */
  strings(key: string, opts: { required?: boolean; min?: number } = {}): string[] | undefined {
    const seq = this.seq(key, opts);
    if (!seq) return undefined;
    const out: string[] = [];
    let ok = true;
    seq.items.forEach((item, i) => {
      const v = scalarValue(item as N);
      if (typeof v !== 'string') { this.r.problem(item as N, index(this.at(key), i), textExpected(item as N), { fallback: seq }); ok = false; return; }
      if (v.trim() === '') { this.r.problem(item as N, index(this.at(key), i), 'must not be empty', { fallback: seq }); ok = false; return; }
      out.push(v);
    });
    return ok ? out : undefined;
  }
}

export function readNumber(r: Reader, node: N, path: string, opts: { integer?: boolean; min?: number; max?: number; exclusiveMin?: boolean }, fallback?: N): number | undefined {
  const v = scalarValue(node);
  const what = opts.integer ? 'a whole number' : 'a number';
  if (typeof v !== 'number' || !Number.isFinite(v) || (opts.integer && !Number.isInteger(v))) {
    r.problem(node, path, `expected ${what}${range(opts)}, found ${describeNode(node)}`, { fallback });
    return undefined;
  }
  const low = opts.min !== undefined && (opts.exclusiveMin ? v <= opts.min : v < opts.min);
  if (low || (opts.max !== undefined && v > opts.max)) { r.problem(node, path, `expected ${what}${range(opts)}, found ${v}`); return undefined; }
  return v;
}

function range(o: { min?: number; max?: number; exclusiveMin?: boolean }): string {
  if (o.min !== undefined && o.max !== undefined) return ` from ${o.min} to ${o.max}`;
  if (o.min !== undefined) return o.exclusiveMin ? ` above ${o.min}` : ` of at least ${o.min}`;
  if (o.max !== undefined) return ` of at most ${o.max}`;
  return '';
}

export function asFields(r: Reader, node: N, path: string, fallback?: N): Fields | undefined {
  if (!isMap(node)) { r.problem(node, path, `expected a mapping, found ${describeNode(node)}`, { fallback }); return undefined; }
  return new Fields(r, node, path);
}

/** A YAML value as plain data (content files have no aliases, so no document is needed). */
export function toData(node: N): unknown {
  if (node === null || node === undefined) return null;
  return (node as { toJSON(): unknown }).toJSON();
}
