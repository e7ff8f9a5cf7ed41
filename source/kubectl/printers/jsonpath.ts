// k8s.io/client-go/util/jsonpath, ported: the template language of `-o jsonpath=` and of
// custom-columns. Parser (parser.go) and evaluator (jsonpath.go) follow the Go code,
// including its range/end bookkeeping, so odd templates behave as they do in kubectl.
// Values are JSON-shaped (kubectl hands the engine unstructured objects).
import { toGoJsonCompact } from './go-json.js';

type Node =
  | { type: 'list'; nodes: Node[] }
  | { type: 'text'; text: string }
  | { type: 'field'; value: string }
  | { type: 'array'; params: ParamsEntry[] }
  | { type: 'filter'; left: ListNode; right: ListNode; operator: string }
  | { type: 'int'; value: number }
  | { type: 'float'; value: number }
  | { type: 'bool'; value: boolean }
  | { type: 'wildcard' }
  | { type: 'recursive' }
  | { type: 'union'; nodes: ListNode[] }
  | { type: 'identifier'; name: string };
type ListNode = Extract<Node, { type: 'list' }>;
interface ParamsEntry { value: number; known: boolean; derived: boolean }

export class JsonPathError extends Error {}

// --- parser.go ----------------------------------------------------------------------------

class Parser {
  root: ListNode = { type: 'list', nodes: [] };
  private input = '';
  private pos = 0;
  private start = 0;
  private width = 0;

  parse(text: string): void {
    this.input = text;
    this.root = { type: 'list', nodes: [] };
    this.pos = 0;
    this.start = 0;
    this.parseText(this.root);
  }

  private consumeText(): string { const v = this.input.slice(this.start, this.pos); this.start = this.pos; return v; }
  private next(): string | undefined {
    if (this.pos >= this.input.length) { this.width = 0; return undefined; }
    const cp = this.input.codePointAt(this.pos)!;
    const ch = String.fromCodePoint(cp);
    this.width = ch.length;
    this.pos += this.width;
    return ch;
  }
  private peek(): string | undefined { const r = this.next(); this.backup(); return r; }
  private backup(): void { this.pos -= this.width; }

  private parseText(cur: ListNode): void {
    for (;;) {
      if (this.input.startsWith('{', this.pos)) {
        if (this.pos > this.start) cur.nodes.push({ type: 'text', text: this.consumeText() });
        this.parseLeftDelim(cur);
        return;
      }
      if (this.next() === undefined) break;
    }
    if (this.pos > this.start) cur.nodes.push({ type: 'text', text: this.consumeText() });
  }

  private parseLeftDelim(cur: ListNode): void {
    this.pos += 1;
    this.consumeText();
    const node: ListNode = { type: 'list', nodes: [] };
    cur.nodes.push(node);
    this.parseInsideAction(node);
  }

  private parseInsideAction(cur: ListNode): void {
    // Go ranges over a map here; the three prefixes cannot both match, so order is moot.
    if (this.input.startsWith('}', this.pos)) return this.parseRightDelim();
    if (this.input.startsWith('[?(', this.pos)) return this.parseFilter(cur);
    if (this.input.startsWith('..', this.pos)) return this.parseRecursive(cur);
    const r = this.next();
    if (r === undefined || r === '\r' || r === '\n') throw new JsonPathError('unclosed action');
    if (r === ' ') this.consumeText();
    else if (r === '@' || r === '$') this.consumeText();
    else if (r === '[') return this.parseArray(cur);
    else if (r === '"' || r === "'") return this.parseQuote(cur, r);
    else if (r === '.') return this.parseField(cur);
    else if (r === '+' || r === '-' || isDigit(r)) { this.backup(); return this.parseNumber(cur); }
    else if (isAlphaNumeric(r)) { this.backup(); return this.parseIdentifier(cur); }
    else throw new JsonPathError(`unrecognized character in action: ${goRuneU(r)}`);
    return this.parseInsideAction(cur);
  }

  private parseRightDelim(): void {
    this.pos += 1;
    this.consumeText();
    this.parseText(this.root);
  }

  private parseIdentifier(cur: ListNode): void {
    for (;;) {
      const r = this.next();
      if (isTerminator(r)) { this.backup(); break; }
    }
    const value = this.consumeText();
    if (value === 'true' || value === 'false') cur.nodes.push({ type: 'bool', value: value === 'true' });
    else cur.nodes.push({ type: 'identifier', name: value });
    this.parseInsideAction(cur);
  }

  private parseRecursive(cur: ListNode): void {
    const last = cur.nodes[cur.nodes.length - 1];
    if (last && last.type === 'recursive') throw new JsonPathError('invalid multiple recursive descent');
    this.pos += 2;
    this.consumeText();
    cur.nodes.push({ type: 'recursive' });
    const r = this.peek();
    if (r !== undefined && isAlphaNumeric(r)) return this.parseField(cur);
    this.parseInsideAction(cur);
  }

  private parseNumber(cur: ListNode): void {
    const r = this.peek();
    if (r === '+' || r === '-') this.next();
    for (;;) {
      const c = this.next();
      if (c !== '.' && !(c !== undefined && isDigit(c))) { this.backup(); break; }
    }
    const value = this.consumeText();
    if (/^[+-]?\d+$/.test(value)) cur.nodes.push({ type: 'int', value: Number(value) });
    else if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(value)) cur.nodes.push({ type: 'float', value: Number(value) });
    else throw new JsonPathError(`cannot parse number ${value}`);
    this.parseInsideAction(cur);
  }

  private parseArray(cur: ListNode): void {
    for (;;) {
      const r = this.next();
      if (r === undefined || r === '\n') throw new JsonPathError('unterminated array');
      if (r === ']') break;
    }
    let text = this.consumeText();
    text = text.slice(1, -1);
    if (text === '*') text = ':';
    const strs = text.split(',');
    if (strs.length > 1) {
      const union: ListNode[] = strs.map((s) => parseAction(`[${s.trim()}]`));
      cur.nodes.push({ type: 'union', nodes: union });
      return this.parseInsideAction(cur);
    }
    const dict = /^'([^']*)'$/.exec(text);
    if (dict) {
      const parsed = parseAction(`.${dict[1]}`);
      cur.nodes.push(...parsed.nodes);
      return this.parseInsideAction(cur);
    }
    const m = /^(-?[\d]*)(:-?[\d]*)?(:-?[\d]*)?$/.exec(text);
    if (!m) throw new JsonPathError(`invalid array index ${text}`);
    const value = [m[1] ?? '', m[2] ?? '', m[3] ?? ''];
    const params: ParamsEntry[] = [];
    for (let i = 0; i < 3; i++) {
      const p: ParamsEntry = { value: 0, known: false, derived: false };
      if (value[i] !== '') {
        if (i > 0) value[i] = value[i].slice(1);
        if (i > 0 && value[i] === '') p.known = false;
        else {
          if (!/^[+-]?\d+$/.test(value[i])) throw new JsonPathError(`array index ${value[i]} is not a number`);
          p.known = true;
          p.value = Number(value[i]);
        }
      } else if (i === 1) {
        p.known = true;
        p.value = params[0].value + 1;
        p.derived = true;
      }
      params.push(p);
    }
    cur.nodes.push({ type: 'array', params });
    this.parseInsideAction(cur);
  }

  private parseFilter(cur: ListNode): void {
    this.pos += 3;
    this.consumeText();
    let begin = false, end = false, pair = '';
    for (;;) {
      const r = this.next();
      if (r === undefined || r === '\n') throw new JsonPathError('unterminated filter');
      if (r === '"' || r === "'") {
        if (!begin) { begin = true; pair = r; continue; }
        if (this.input[this.pos - 2] !== '\\' && r === pair) end = true;
      } else if (r === ')') {
        if (begin === end) break;
      }
    }
    if (this.next() !== ']') throw new JsonPathError('unclosed array expect ]');
    let text = this.consumeText();
    text = text.slice(0, -2);
    const m = /^([^!<>=]+)([!<>=]+)(.+?)$/.exec(text);
    if (!m) {
      cur.nodes.push({ type: 'filter', left: parseAction(text), right: { type: 'list', nodes: [] }, operator: 'exists' });
    } else {
      cur.nodes.push({ type: 'filter', left: parseAction(m[1]), right: parseAction(m[3]), operator: m[2] });
    }
    this.parseInsideAction(cur);
  }

  private parseQuote(cur: ListNode, end: string): void {
    for (;;) {
      const r = this.next();
      if (r === undefined || r === '\n') throw new JsonPathError('unterminated quoted string');
      if (r === end && this.input[this.pos - 2] !== '\\') break;
    }
    const value = this.consumeText();
    cur.nodes.push({ type: 'text', text: unquoteExtend(value) });
    this.parseInsideAction(cur);
  }

  private parseField(cur: ListNode): void {
    this.consumeText();
    while (this.advance()) { /* scan */ }
    const value = this.consumeText();
    if (value === '*') cur.nodes.push({ type: 'wildcard' });
    else cur.nodes.push({ type: 'field', value: value.replace(/\\/g, '') });
    this.parseInsideAction(cur);
  }

  private advance(): boolean {
    const r = this.next();
    if (r === '\\') this.next();
    else if (isTerminator(r)) { this.backup(); return false; }
    return true;
  }
}

function parseAction(text: string): ListNode {
  const p = new Parser();
  p.parse(`{${text}}`);
  return p.root.nodes[0] as ListNode;
}

const isDigit = (r: string) => /^\p{Nd}$/u.test(r);
const isAlphaNumeric = (r: string) => r === '_' || /^[\p{L}\p{Nd}]$/u.test(r);
function isTerminator(r: string | undefined): boolean {
  if (r === undefined) return true;
  return r === ' ' || r === '\t' || r === '\r' || r === '\n' || '.,[]$@{}'.includes(r);
}
function goRuneU(r: string): string {
  const cp = r.codePointAt(0)!;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${r}'`;
}

/** parser.go UnquoteExtend: strconv.Unquote that also takes single-quoted strings. */
function unquoteExtend(s: string): string {
  const q = s[0];
  if (s.length < 2 || q !== s[s.length - 1] || (q !== '"' && q !== "'")) throw new JsonPathError(`unquote string ${s} error invalid syntax`);
  const body = s.slice(1, -1);
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c !== '\\') {
      if (c === q) throw new JsonPathError(`unquote string ${s} error invalid syntax`);
      out += c;
      continue;
    }
    const n = body[++i];
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', '"': '"', "'": "'" };
    if (n in simple) { out += simple[n]; continue; }
    const hex = (len: number) => { const h = body.slice(i + 1, i + 1 + len); i += len; return String.fromCodePoint(parseInt(h, 16)); };
    if (n === 'x') out += hex(2);
    else if (n === 'u') out += hex(4);
    else if (n === 'U') out += hex(8);
    else throw new JsonPathError(`unquote string ${s} error invalid syntax`);
  }
  return out;
}

// --- jsonpath.go --------------------------------------------------------------------------

/** A value found by the engine (a missing map key yields no value; a JSON null is a value). */
type Value = unknown;

export class JSONPath {
  private parser?: Parser;
  private beginRange = 0;
  private inRange = 0;
  private endRange = 0;
  private lastEndNode?: Node;
  allowMissingKeys = false;

  constructor(readonly name: string) {}

  /** Parse a template; throws JsonPathError with parser.go's message. */
  parse(text: string): void {
    const p = new Parser();
    p.parse(text);
    this.parser = p;
  }

  /** Execute: the printed text, as JSONPath.Execute writes it. Throws JsonPathError. */
  execute(data: unknown): string {
    const results = this.findResults(data);
    return results.map((r) => printResults(r)).join('');
  }

  findResults(data: unknown): Value[][] {
    if (!this.parser) throw new JsonPathError(`${this.name} is an incomplete jsonpath template`);
    const cur: Value[] = [data];
    const nodes = this.parser.root.nodes;
    const full: Value[][] = [];
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i];
      const results = this.walk(cur, node);
      // encounter an end node, break the current block
      if (this.endRange > 0 && this.endRange <= this.inRange) {
        this.endRange--;
        this.lastEndNode = nodes[i];
        break;
      }
      // encounter a range node, start a range loop
      if (this.beginRange > 0) {
        this.beginRange--;
        this.inRange++;
        if (results.length > 0) {
          for (const value of results) {
            this.parser.root.nodes = nodes.slice(i + 1);
            full.push(...this.findResults(value));
          }
        } else {
          this.parser.root.nodes = nodes.slice(i + 1);
          this.findResults(null);
        }
        this.inRange--;
        for (let k = i + 1; k < nodes.length; k++) {
          if (nodes[k] === this.lastEndNode) { i = k; break; }
        }
        continue;
      }
      full.push(results);
    }
    this.parser.root.nodes = nodes;
    return full;
  }

  private walk(value: Value[], node: Node): Value[] {
    switch (node.type) {
      case 'list': return this.evalList(value, node);
      case 'text': return [node.text];
      case 'field': return this.evalField(value, node.value);
      case 'array': return this.evalArray(value, node.params);
      case 'filter': return this.evalFilter(value, node);
      case 'int': case 'float': case 'bool': return value.map(() => node.value);
      case 'wildcard': return this.evalWildcard(value);
      case 'recursive': return this.evalRecursive(value);
      case 'union': return node.nodes.flatMap((l) => this.evalList(value, l));
      case 'identifier': return this.evalIdentifier(value, node.name);
    }
  }

  private evalList(value: Value[], node: ListNode): Value[] {
    let cur = value;
    for (const n of node.nodes) cur = this.walk(cur, n);
    return cur;
  }

  private evalIdentifier(input: Value[], name: string): Value[] {
    if (name === 'range') { this.beginRange++; return input; }
    if (name === 'end') {
      if (this.inRange > 0) { this.endRange++; return []; }
      throw new JsonPathError('not in range, nothing to end');
    }
    throw new JsonPathError(`unrecognized identifier ${name}`);
  }

  private evalArray(input: Value[], template: ParamsEntry[]): Value[] {
    const result: Value[] = [];
    for (const value of input) {
      if (value === null || value === undefined) continue;
      if (!Array.isArray(value)) throw new JsonPathError(`${goTypeName(value)} is not array or slice`);
      const params = template.map((p) => ({ ...p }));
      if (!params[0].known) params[0].value = 0;
      if (params[0].value < 0) params[0].value += value.length;
      if (!params[1].known) params[1].value = value.length;
      if (params[1].value < 0 || (params[1].value === 0 && params[1].derived)) params[1].value += value.length;
      const len = value.length;
      if (params[1].value !== params[0].value) {
        if (params[0].value >= len || params[0].value < 0) throw new JsonPathError(`array index out of bounds: index ${params[0].value}, length ${len}`);
        if (params[1].value > len || params[1].value < 0) throw new JsonPathError(`array index out of bounds: index ${params[1].value - 1}, length ${len}`);
        if (params[0].value > params[1].value) throw new JsonPathError(`starting index ${params[0].value} is greater than ending index ${params[1].value}`);
      } else {
        return result;
      }
      const slice = value.slice(params[0].value, params[1].value);
      let step = 1;
      if (params[2].known) {
        if (params[2].value <= 0) throw new JsonPathError('step must be > 0');
        step = params[2].value;
      }
      for (let i = 0; i < slice.length; i += step) result.push(slice[i]);
    }
    return result;
  }

  private evalField(input: Value[], name: string): Value[] {
    const results: Value[] = [];
    if (input.length === 0) return results;
    for (const value of input) {
      if (value === null || value === undefined) continue;
      if (typeof value === 'object' && !Array.isArray(value) && Object.prototype.hasOwnProperty.call(value, name)) {
        results.push((value as Record<string, unknown>)[name]);
      }
    }
    if (results.length === 0) {
      if (this.allowMissingKeys) return results;
      throw new JsonPathError(`${name} is not found`);
    }
    return results;
  }

  private evalWildcard(input: Value[]): Value[] {
    const results: Value[] = [];
    for (const value of input) {
      if (value === null || value === undefined) continue;
      if (Array.isArray(value)) results.push(...value);
      else if (typeof value === 'object') results.push(...Object.values(value as object));
      else if (typeof value === 'string') results.push(...Buffer.from(value, 'utf8')); // Go indexes a string's bytes
    }
    return results;
  }

  private evalRecursive(input: Value[]): Value[] {
    const result: Value[] = [];
    for (const value of input) {
      if (value === null || value === undefined) continue;
      let children: Value[] = [];
      if (Array.isArray(value)) children = value;
      else if (typeof value === 'object') children = Object.values(value as object);
      else if (typeof value === 'string') children = [...Buffer.from(value, 'utf8')];
      if (children.length !== 0) {
        result.push(value);
        result.push(...this.evalRecursive(children));
      }
    }
    return result;
  }

  private evalFilter(input: Value[], node: Extract<Node, { type: 'filter' }>): Value[] {
    const results: Value[] = [];
    for (const value of input) {
      if (!Array.isArray(value)) throw new JsonPathError(`${goValueString(value)} is not array or slice and cannot be filtered`);
      for (const item of value) {
        let lefts: Value[];
        let leftErr: unknown;
        try { lefts = this.evalList([item], node.left); } catch (e) { lefts = []; leftErr = e; }
        if (node.operator === 'exists') { if (lefts.length > 0) results.push(item); continue; }
        if (leftErr) throw leftErr;
        if (lefts.length === 0) continue;
        if (lefts.length > 1) throw new JsonPathError('can only compare one element at a time');
        const rights = this.evalList([item], node.right);
        if (rights.length === 0) continue;
        if (rights.length > 1) throw new JsonPathError('can only compare one element at a time');
        if (compare(lefts[0], rights[0], node.operator)) results.push(item);
      }
    }
    return results;
  }
}

/** third_party/forked/golang/template: eq/ne on basic kinds, lt/gt on numbers and strings. */
function compare(left: Value, right: Value, op: string): boolean {
  const kind = (v: Value) => (typeof v === 'number' ? 'number' : typeof v === 'string' ? 'string' : typeof v === 'boolean' ? 'bool' : 'other');
  const lk = kind(left), rk = kind(right);
  if (lk === 'other' || rk === 'other') {
    if (op === '==' || op === '!=') throw new JsonPathError('invalid type for comparison');
    throw new JsonPathError('invalid type for comparison');
  }
  if (lk !== rk) throw new JsonPathError('incompatible types for comparison');
  switch (op) {
    case '==': return left === right;
    case '!=': return left !== right;
    case '<': case '>': case '<=': case '>=':
      if (lk === 'bool') throw new JsonPathError('invalid type for comparison');
      return op === '<' ? (left as number) < (right as number) : op === '>' ? (left as number) > (right as number)
        : op === '<=' ? (left as number) <= (right as number) : (left as number) >= (right as number);
  }
  throw new JsonPathError(`unrecognized filter operator ${op}`);
}

/** JSONPath.PrintResults: maps and lists as compact JSON, the rest as text, joined by spaces. */
function printResults(results: Value[]): string {
  return results.map((r) => (r !== null && typeof r === 'object' ? toGoJsonCompact(r) : evalToText(r))).join(' ');
}

function evalToText(v: Value): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'number') return goFormatNumber(v);
  return String(v);
}

/**
 * fmt.Sprint of an unstructured number: integers are int64 (digits); other numbers are
 * float64 printed with %v, i.e. strconv 'g' shortest, with an exponent below 1e-4 and
 * from 1e+06 up.
 */
export function goFormatNumber(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 2 ** 63) return String(n);
  if (Number.isNaN(n)) return 'NaN';
  if (!Number.isFinite(n)) return n > 0 ? '+Inf' : '-Inf';
  const [mantissa, expText] = n.toExponential().split('e');
  const exp = Number(expText);
  if (exp < -4 || exp >= 6) {
    const sign = exp < 0 ? '-' : '+';
    return `${mantissa}e${sign}${String(Math.abs(exp)).padStart(2, '0')}`;
  }
  return String(n);
}

function goTypeName(v: Value): string {
  if (typeof v === 'string') return 'string';
  if (typeof v === 'number') return Number.isInteger(v) ? 'int64' : 'float64';
  if (typeof v === 'boolean') return 'bool';
  return 'map[string]interface {}';
}

function goValueString(v: Value): string {
  return goSprint(v);
}

/** fmt.Sprint (%v) of an unstructured value: maps as map[k:v ...] with sorted keys, lists as [a b]. */
export function goSprint(v: Value): string {
  if (v === null || v === undefined) return '<nil>';
  if (Array.isArray(v)) return `[${v.map(goSprint).join(' ')}]`;
  if (typeof v === 'object') {
    const keys = Object.keys(v as object).sort();
    return `map[${keys.map((k) => `${k}:${goSprint((v as Record<string, unknown>)[k])}`).join(' ')}]`;
  }
  if (typeof v === 'number') return goFormatNumber(v);
  return String(v);
}
