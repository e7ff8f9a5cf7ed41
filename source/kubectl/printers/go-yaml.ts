// YAML as kubectl writes it: sigs.k8s.io/yaml turns the object's JSON into YAML with its
// fork of go-yaml v2 (sigs.k8s.io/yaml/goyaml.v2). So, for JSON-shaped values:
//   - map keys are sorted by go-yaml's keyList.Less (sorter.go), not by bytes;
//   - a string is quoted when it would read back as something else (resolve.go, YAML 1.1:
//     "yes", "on", "80", "0777", "1e3", "2024-01-01T00:00:00Z", "" ...) and the emitter
//     (emitterc.go: yaml_emitter_analyze_scalar / select_scalar_style) picks plain, 'single'
//     or "double" quoting, or a literal block (|, |-, |+) for text with line breaks;
//   - plain and quoted scalars are folded at spaces past column 80 (best_width);
//   - sequences inside a mapping are not indented ("ports:\n- name: ...").

export type JsonValue = null | boolean | number | string | JsonValue[] | { [k: string]: JsonValue };

const BEST_WIDTH = 80;

/** One YAML document for a JSON-shaped value, as `yaml.Marshal` of sigs.k8s.io/yaml writes it. */
export function toGoYaml(value: unknown): string {
  const out = new Emitter();
  out.node(normalize(value), 0, 'top');
  return out.text();
}

/** Drop undefined members (as JSON would) so callers can pass objects built with optional fields. */
function normalize(v: unknown): JsonValue {
  if (v === null || v === undefined) return null;
  if (Array.isArray(v)) return v.map((x) => (x === undefined ? null : normalize(x)));
  if (typeof v === 'object') {
    if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return normalize((v as { toJSON(): unknown }).toJSON());
    const o: Record<string, JsonValue> = {};
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) if (x !== undefined) o[k] = normalize(x);
    return o;
  }
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string') return v;
  return String(v);
}

type Place = 'top' | 'mapValue' | 'seqItem';

class Emitter {
  private lines: string[] = [];
  private cur = '';

  text(): string {
    this.flushLine();
    return this.lines.join('\n') + '\n';
  }
  private flushLine(): void { this.lines.push(this.cur); this.cur = ''; }
  private newline(indent: number): void { this.flushLine(); this.cur = ' '.repeat(indent); }

  /**
   * Emit `v`. The caller has written the line prefix ("key:" or "- " or nothing).
   * `indent` is the column of the collection that holds `v` (a mapping key's column, the
   * column of a sequence's "-").
   */
  node(v: JsonValue, indent: number, place: Place): void {
    if (Array.isArray(v)) {
      if (v.length === 0) { this.inlineScalar('[]', place); return; }
      // block sequence: as a mapping value it starts on the next line at the key's column;
      // as an item of a sequence it continues on the same line ("- - a").
      let col = indent;
      if (place === 'mapValue') { this.newline(indent); }
      else if (place === 'seqItem') { col = indent + 2; this.cur += ' '; }
      v.forEach((item, i) => {
        if (i > 0) this.newline(col);
        this.cur += '-';
        this.node(item, col, 'seqItem');
      });
      return;
    }
    if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v).sort(goYamlKeyCompare);
      if (keys.length === 0) { this.inlineScalar('{}', place); return; }
      let col = indent;
      if (place === 'mapValue') { col = indent + 2; this.newline(col); }
      else if (place === 'seqItem') { col = indent + 2; this.cur += ' '; }
      keys.forEach((k, i) => {
        if (i > 0) this.newline(col);
        this.scalarString(k, col, true);
        this.cur += ':';
        this.node(v[k], col, 'mapValue');
      });
      return;
    }
    if (place !== 'top') this.cur += ' ';
    if (v === null) { this.cur += 'null'; return; }
    if (typeof v === 'boolean') { this.cur += v ? 'true' : 'false'; return; }
    if (typeof v === 'number') { this.cur += formatNumber(v); return; }
    this.scalarString(v, indent, false);
  }

  private inlineScalar(s: string, place: Place): void {
    if (place !== 'top') this.cur += ' ';
    this.cur += s;
  }

  /** A string scalar at the current position; continuation lines are indented `indent + 2`. */
  private scalarString(s: string, indent: number, isKey: boolean): void {
    const style = scalarStyle(s, isKey);
    const cont = indent + 2;
    switch (style) {
      case 'plain': this.writePlain(s, cont, !isKey); break;
      case 'single': this.writeSingle(s, cont, !isKey); break;
      case 'double': this.writeDouble(s, cont, !isKey); break;
      case 'literal': this.writeLiteral(s, cont); break;
    }
  }

  // yaml_emitter_write_plain_scalar: a space past best_width becomes a line break.
  private writePlain(s: string, cont: number, allowBreaks: boolean): void {
    const cps = [...s];
    let spaces = false;
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i];
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column() > BEST_WIDTH && cps[i + 1] !== ' ') this.newline(cont);
        else this.cur += c;
        spaces = true;
      } else { this.cur += c; spaces = false; }
    }
  }

  // yaml_emitter_write_single_quoted_scalar
  private writeSingle(s: string, cont: number, allowBreaks: boolean): void {
    const cps = [...s];
    this.cur += "'";
    let spaces = false;
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i];
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column() > BEST_WIDTH && i !== 0 && i !== cps.length - 1 && cps[i + 1] !== ' ') this.newline(cont);
        else this.cur += c;
        spaces = true;
      } else {
        this.cur += c === "'" ? "''" : c;
        spaces = false;
      }
    }
    this.cur += "'";
  }

  // yaml_emitter_write_double_quoted_scalar
  private writeDouble(s: string, cont: number, allowBreaks: boolean): void {
    const cps = [...s];
    this.cur += '"';
    let spaces = false;
    for (let i = 0; i < cps.length; i++) {
      const c = cps[i];
      const cp = c.codePointAt(0)!;
      if (!isPrintable(cp) || c === '"' || c === '\\' || cp === 0xfeff || cp === 0x85 || cp === 0xa0 || cp === 0x2028 || cp === 0x2029) {
        this.cur += doubleEscape(cp);
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column() > BEST_WIDTH && i !== 0 && i !== cps.length - 1) {
          this.newline(cont);
          if (cps[i + 1] === ' ') this.cur += '\\';
        } else this.cur += c;
        spaces = true;
      } else { this.cur += c; spaces = false; }
    }
    this.cur += '"';
  }

  // yaml_emitter_write_literal_scalar with its block scalar hints (indentation, chomping).
  private writeLiteral(s: string, cont: number): void {
    let hints = '|';
    if (s[0] === ' ' || s[0] === '\n') hints += '2';
    if (!s.endsWith('\n')) hints += '-';
    else if (s.length === 1 || s[s.length - 2] === '\n') hints += '+';
    this.cur += hints;
    const body = s.endsWith('\n') ? s.slice(0, -1) : s;
    for (const line of body.split('\n')) {
      this.flushLine();
      this.cur = line === '' ? '' : ' '.repeat(cont) + line;
    }
  }

  private column(): number { return [...this.cur].length; }
}

function formatNumber(n: number): string {
  if (Number.isInteger(n)) return String(n);
  if (Number.isNaN(n)) return '.nan';
  if (!Number.isFinite(n)) return n > 0 ? '.inf' : '-.inf';
  // encode.go floatv: strconv.FormatFloat(f, 'g', -1, 64)
  const e = n.toExponential();
  const exp = Number(e.split('e')[1]);
  if (exp < -4 || exp >= 21) {
    const [m, x] = e.split('e');
    const sign = x.startsWith('-') ? '-' : '+';
    const digits = x.replace(/^[+-]/, '').padStart(2, '0');
    return `${m}e${sign}${digits}`;
  }
  return String(n);
}

type Style = 'plain' | 'single' | 'double' | 'literal';

function scalarStyle(s: string, isKey: boolean): Style {
  // encode.go stringv: the tag the plain text would resolve to decides between plain and "double".
  const canUsePlain = resolvesToString(s) && !isBase60Float(s);
  let style: Style = s.includes('\n') ? 'literal' : canUsePlain ? 'plain' : 'double';
  const a = analyzeScalar(s);
  // emitterc.go yaml_emitter_select_scalar_style (block context)
  if (style === 'plain') {
    if (!a.blockPlainAllowed || (s.length === 0 && isKey) || (a.multiline && isKey)) style = 'single';
  }
  if (style === 'single' && !a.singleQuotedAllowed) style = 'double';
  if (style === 'literal' && (!a.blockAllowed || isKey)) style = 'double';
  return style;
}

const resolveMap = new Set([
  'y', 'Y', 'yes', 'Yes', 'YES', 'true', 'True', 'TRUE', 'on', 'On', 'ON',
  'n', 'N', 'no', 'No', 'NO', 'false', 'False', 'FALSE', 'off', 'Off', 'OFF',
  '', '~', 'null', 'Null', 'NULL',
  '.nan', '.NaN', '.NAN', '.inf', '.Inf', '.INF', '+.inf', '+.Inf', '+.INF', '-.inf', '-.Inf', '-.INF',
  '<<',
]);
const yamlStyleFloat = /^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$/;

/** resolve.go resolve("", s) === yaml_STR_TAG */
export function resolvesToString(s: string): boolean {
  if (resolveMap.has(s)) return false;
  const c = s[0];
  if (c === '.') return !goParseFloatOk(s);
  if (c === '+' || c === '-' || (c >= '0' && c <= '9')) {
    if (isTimestamp(s)) return false;
    const plain = s.replace(/_/g, '');
    if (goParseIntBase0(plain)) return false;
    if (yamlStyleFloat.test(plain)) return false;
    if (/^-?0b[01]+$/.test(plain)) return false;
  }
  return true;
}

function goParseFloatOk(s: string): boolean {
  // strconv.ParseFloat accepts decimal and hex floats, inf/nan words; JSON-ish subset suffices here.
  return /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(s);
}

/** strconv.ParseInt(s, 0, 64) (or ParseUint) succeeds. */
function goParseIntBase0(s: string): boolean {
  const m = /^[-+]?(.*)$/.exec(s)!;
  const body = m[1];
  if (/^0[xX][0-9a-fA-F]+$/.test(body)) return true;
  if (/^0[bB][01]+$/.test(body)) return true;
  if (/^0[oO][0-7]+$/.test(body)) return true;
  if (/^0[0-7]*$/.test(body)) return true;
  if (/^[1-9][0-9]*$/.test(body)) {
    // out of int64/uint64 range fails to parse
    try { return BigInt(body) <= 18446744073709551615n; } catch { return false; }
  }
  return false;
}

// resolve.go parseTimestamp: "YYYY-" then one of time.Parse's layouts.
function isTimestamp(s: string): boolean {
  if (!/^\d{4}-/.test(s)) return false;
  return /^\d{4}-\d{1,2}-\d{1,2}$/.test(s)
    || /^\d{4}-\d{1,2}-\d{1,2}[Tt]\d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/.test(s)
    || /^\d{4}-\d{1,2}-\d{1,2} \d{1,2}:\d{1,2}:\d{1,2}(\.\d+)?$/.test(s);
}

function isBase60Float(s: string): boolean {
  return /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$/.test(s);
}

function isPrintable(cp: number): boolean {
  // emitterc is_printable (with unicode output enabled)
  return cp === 0x0a || (cp >= 0x20 && cp <= 0x7e) || cp === 0x85 || (cp >= 0xa0 && cp <= 0xd7ff)
    || (cp >= 0xe000 && cp <= 0xfffd && cp !== 0xfeff) || (cp >= 0x10000 && cp <= 0x10ffff);
}

function doubleEscape(cp: number): string {
  switch (cp) {
    case 0x00: return '\\0';
    case 0x07: return '\\a';
    case 0x08: return '\\b';
    case 0x09: return '\\t';
    case 0x0a: return '\\n';
    case 0x0b: return '\\v';
    case 0x0c: return '\\f';
    case 0x0d: return '\\r';
    case 0x1b: return '\\e';
    case 0x22: return '\\"';
    case 0x5c: return '\\\\';
    case 0x85: return '\\N';
    case 0xa0: return '\\_';
    case 0x2028: return '\\L';
    case 0x2029: return '\\P';
  }
  if (cp <= 0xff) return '\\x' + cp.toString(16).toUpperCase().padStart(2, '0');
  if (cp <= 0xffff) return '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
  return '\\U' + cp.toString(16).toUpperCase().padStart(8, '0');
}

interface Analysis { blockPlainAllowed: boolean; singleQuotedAllowed: boolean; blockAllowed: boolean; multiline: boolean }

// emitterc.go yaml_emitter_analyze_scalar, for block context.
function analyzeScalar(s: string): Analysis {
  if (s.length === 0) return { blockPlainAllowed: false, singleQuotedAllowed: true, blockAllowed: false, multiline: false };
  let blockIndicators = false, flowIndicators = false, lineBreaks = false, specialCharacters = false;
  let leadingSpace = false, leadingBreak = false, trailingSpace = false, trailingBreak = false;
  let breakSpace = false, spaceBreak = false, previousSpace = false, previousBreak = false;
  if (s.startsWith('---') || s.startsWith('...')) { blockIndicators = true; flowIndicators = true; }
  const cps = [...s];
  let precededByWhitespace = true;
  for (let i = 0; i < cps.length; i++) {
    const c = cps[i];
    const cp = c.codePointAt(0)!;
    const next = cps[i + 1];
    const followedByWhitespace = next === undefined || next === ' ' || next === '\t' || next === '\n' || next === '\r';
    if (i === 0) {
      if ('#,[]{}&*!|>\'"%@`'.includes(c)) { flowIndicators = true; blockIndicators = true; }
      if (c === '?' || c === ':') { flowIndicators = true; if (followedByWhitespace) blockIndicators = true; }
      if (c === '-' && followedByWhitespace) { flowIndicators = true; blockIndicators = true; }
    } else {
      if (',?[]{}'.includes(c)) flowIndicators = true;
      if (c === ':') { flowIndicators = true; if (followedByWhitespace) blockIndicators = true; }
      if (c === '#' && precededByWhitespace) { flowIndicators = true; blockIndicators = true; }
    }
    if (!isPrintable(cp) || cp === 0xfeff) specialCharacters = true;
    if (c === '\n') lineBreaks = true;
    if (c === ' ') {
      if (i === 0) leadingSpace = true;
      if (i === cps.length - 1) trailingSpace = true;
      if (previousBreak) breakSpace = true;
      previousSpace = true; previousBreak = false;
    } else if (c === '\n' || c === '\r' || cp === 0x85 || cp === 0x2028 || cp === 0x2029) {
      lineBreaks = true;
      if (i === 0) leadingBreak = true;
      if (i === cps.length - 1) trailingBreak = true;
      if (previousSpace) spaceBreak = true;
      previousSpace = false; previousBreak = true;
    } else { previousSpace = false; previousBreak = false; }
    precededByWhitespace = c === ' ' || c === '\t' || c === '\n' || c === '\r';
  }
  let blockPlainAllowed = true, singleQuotedAllowed = true, blockAllowed = true;
  if (leadingSpace || leadingBreak || trailingSpace || trailingBreak) blockPlainAllowed = false;
  if (trailingSpace) blockAllowed = false;
  if (breakSpace) { blockPlainAllowed = false; singleQuotedAllowed = false; }
  if (spaceBreak || specialCharacters) { blockPlainAllowed = false; singleQuotedAllowed = false; blockAllowed = false; }
  if (lineBreaks) blockPlainAllowed = false;
  if (blockIndicators) blockPlainAllowed = false;
  void flowIndicators;
  return { blockPlainAllowed, singleQuotedAllowed, blockAllowed, multiline: lineBreaks };
}

const isLetter = (c: string) => /\p{L}/u.test(c);
const isDigit = (c: string) => c >= '0' && c <= '9';

/** go-yaml v2 sorter.go keyList.Less for string keys: digit runs compare as numbers, non-letters before letters. */
export function goYamlKeyCompare(a: string, b: string): number {
  return goYamlKeyLess(a, b) ? -1 : goYamlKeyLess(b, a) ? 1 : 0;
}

function goYamlKeyLess(a: string, b: string): boolean {
  const ar = [...a], br = [...b];
  for (let i = 0; i < ar.length && i < br.length; i++) {
    if (ar[i] === br[i]) continue;
    const al = isLetter(ar[i]), bl = isLetter(br[i]);
    if (al && bl) return ar[i] < br[i];
    if (al || bl) return bl;
    let an = 0, bn = 0;
    if (ar[i] === '0' || br[i] === '0') {
      for (let j = i - 1; j >= 0 && isDigit(ar[j]); j--) {
        if (ar[j] !== '0') { an = 1; bn = 1; break; }
      }
    }
    let ai = i, bi = i;
    for (; ai < ar.length && isDigit(ar[ai]); ai++) an = an * 10 + Number(ar[ai]);
    for (; bi < br.length && isDigit(br[bi]); bi++) bn = bn * 10 + Number(br[bi]);
    if (an !== bn) return an < bn;
    if (ai !== bi) return ai < bi;
    return ar[i] < br[i];
  }
  return ar.length < br.length;
}
