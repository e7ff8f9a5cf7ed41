// JSON as kubectl writes it: Go's encoding/json (json.MarshalIndent(obj, "", "    ") in
// cli-runtime printers/json.go, then "\n").
//   - Objects read from the server are unstructured maps, whose keys Go sorts bytewise;
//     typed objects kubectl builds itself (create/run/expose) keep Go struct field order,
//     which our generators reproduce as insertion order: pass `sortKeys: false` for those.
//   - Strings escape <, > and & as \u003c, \u003e, \u0026 and U+2028/U+2029 (HTMLEscape).

export interface GoJsonOptions { sortKeys: boolean; indent?: string }

/** `json.MarshalIndent(v, "", "    ")` plus the newline the JSON printer adds. */
export function toGoJson(value: unknown, opts: GoJsonOptions): string {
  return encode(value, opts, opts.indent ?? '    ', '') + '\n';
}

/** `json.Marshal(v)`: compact, as jsonpath prints maps and lists. */
export function toGoJsonCompact(value: unknown, sortKeys = true): string {
  return encode(value, { sortKeys }, '', '');
}

function encode(v: unknown, opts: GoJsonOptions, indent: string, prefix: string): string {
  if (v === null || v === undefined) return 'null';
  if (typeof v === 'string') return goQuote(v);
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') return encode((v as { toJSON(): unknown }).toJSON(), opts, indent, prefix);
  const nl = indent ? '\n' : '';
  const inner = prefix + indent;
  if (Array.isArray(v)) {
    if (v.length === 0) return '[]';
    return '[' + nl + v.map((x) => inner + encode(x, opts, indent, inner)).join(',' + nl) + nl + prefix + ']';
  }
  const entries = Object.entries(v as Record<string, unknown>).filter(([, x]) => x !== undefined);
  if (opts.sortKeys) entries.sort(([a], [b]) => compareBytes(a, b));
  if (entries.length === 0) return '{}';
  const sep = indent ? ': ' : ':';
  return '{' + nl + entries.map(([k, x]) => inner + goQuote(k) + sep + encode(x, opts, indent, inner)).join(',' + nl) + nl + prefix + '}';
}

/** Go sorts map keys by their UTF-8 bytes. */
export function compareBytes(a: string, b: string): number {
  const ab = Buffer.from(a, 'utf8'), bb = Buffer.from(b, 'utf8');
  return Buffer.compare(ab, bb);
}

function formatNumber(n: number): string {
  if (!Number.isFinite(n)) return 'null';
  // encoding/json floatEncoder: 'e' format below 1e-6 and from 1e21 up, like JavaScript,
  // but with a two-digit minimum exponent cleaned back ("1e-07" -> "1e-7").
  return JSON.stringify(n);
}

/** encoding/json string encoding with HTML escaping. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    switch (ch) {
      case '"': out += '\\"'; continue;
      case '\\': out += '\\\\'; continue;
      case '\n': out += '\\n'; continue;
      case '\r': out += '\\r'; continue;
      case '\t': out += '\\t'; continue;
      case '<': out += '\\u003c'; continue;
      case '>': out += '\\u003e'; continue;
      case '&': out += '\\u0026'; continue;
    }
    if (cp < 0x20) { out += '\\u00' + cp.toString(16).padStart(2, '0'); continue; }
    if (cp === 0x2028 || cp === 0x2029) { out += '\\u' + cp.toString(16); continue; }
    out += ch;
  }
  return out + '"';
}
