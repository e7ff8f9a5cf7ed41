// kubectl explain's plaintext output (staging/src/k8s.io/kubectl/pkg/explain/v2/templates/
// plaintext.tmpl and funcs.go), ported from the template: the same walk through $refs, items,
// additionalProperties and allOf, the same type guesses, enum lines, wrapping and indents.
import { SCHEMAS, type Schema } from './schemas.js';

/** On failure the header was already written, as the template streams it. */
export type ExplainResult = { ok: true; text: string } | { ok: false; text: string; error: string };

function resolveRef(ref: string | undefined): Schema | undefined {
  if (!ref?.startsWith('#/components/schemas/')) return undefined;
  return SCHEMAS[ref.slice('#/components/schemas/'.length)];
}

/**
 * funcs.go "wrap" in v1.32: term.NewWordWrapWriter (go-wordwrap WrapString), keeping the
 * description's own line breaks (v1.33 removes them first, kubernetes#126533).
 */
export function wrap(limit: number, s: string): string {
  return wrapString(s, limit);
}

/** github.com/mitchellh/go-wordwrap WrapString */
export function wrapString(s: string, lim: number): string {
  let buf = '';
  let current = 0;
  let word = '';
  let space = '';
  for (const ch of s) {
    if (ch === '\n') {
      buf += space + word + ch;
      space = ''; word = ''; current = 0;
    } else if (/\s/.test(ch) && ch !== '\u00a0') {
      if (space.length === 0 || word.length > 0) {
        current += [...space].length + [...word].length;
        buf += space + word;
        space = ''; word = '';
      }
      space += ch;
    } else {
      word += ch;
      if (current + [...space].length + [...word].length > lim && [...word].length < lim) {
        buf += '\n';
        current = 0;
        space = '';
      }
    }
  }
  if (word.length === 0) { if (current + [...space].length <= lim) buf += space; }
  else buf += space + word;
  return buf;
}

function indent(n: number, s: string): string {
  const pad = ' '.repeat(n);
  return pad + s.replace(/\n/g, `\n${pad}`);
}

function typeGuess(schema: Schema): string {
  if (schema.items) return `[]${typeGuess(schema.items)}`;
  if (schema.additionalProperties && typeof schema.additionalProperties !== 'boolean') return `map[string]${typeGuess(schema.additionalProperties)}`;
  if (schema.allOf && !schema.properties && schema.allOf.length === 1) return typeGuess(schema.allOf[0]);
  if (schema.$ref) {
    const target = resolveRef(schema.$ref);
    if (!target || !target.type || target.type === 'object') {
      const name = schema.$ref.split('/').pop() ?? '';
      return name.split('.').pop() || 'Object';
    }
    return target.type || 'Object';
  }
  if (schema.type === 'object') return 'Object';
  return schema.type || 'Object';
}

function extractEnum(schema: Schema, long: boolean, limit: number, indentAmount = 0): string {
  if (!schema.enum?.length) return '';
  let s = long ? 'ENUM:' : `\n${' '.repeat(indentAmount)}enum: `;
  for (let i = 0; i < schema.enum.length; i++) {
    if (limit > -1 && i >= limit) { s += ', ....'; break; }
    if (i > 0 && !long) s += ', ';
    else if (long) s += '\n    ';
    s += schema.enum[i] === '' ? '""' : schema.enum[i];
  }
  return s;
}

function description(schema: Schema): string {
  const s = resolveRef(schema.$ref) ?? schema;
  let out = s.description ? `${s.description}\n` : '';
  for (const a of s.allOf ?? []) out += description(a);
  if (s.items) out += description(s.items);
  if (s.additionalProperties && typeof s.additionalProperties !== 'boolean') out += description(s.additionalProperties);
  return out;
}

function fieldDetail(name: string, parent: Schema, short: boolean, level: number): string {
  const indentAmount = level * 2;
  const field = parent.properties![name];
  let s = `${indent(indentAmount, name)}\t<${typeGuess(field)}>`;
  if (parent.required?.includes(name)) s += ' -required-';
  s += extractEnum(field, false, 4, indentAmount);
  s += '\n';
  if (!short) {
    s += indent(indentAmount + 2, wrap(78 - indentAmount, field.description || '<no description>')) + '\n';
    s += '\n';
  }
  return s;
}

function fieldList(schema: Schema, level: number, recursive: boolean, history: Set<string>): string {
  const ref = schema.$ref ?? '';
  if (ref && history.has(ref)) return '';
  const next = new Set(history);
  if (ref) next.add(ref);
  const resolved = resolveRef(ref) ?? schema;
  let out = '';
  for (const k of Object.keys(resolved.properties ?? {}).sort()) {
    out += fieldDetail(k, resolved, recursive, level);
    if (recursive) out += fieldList(resolved.properties![k], level + 1, recursive, next);
  }
  for (const a of resolved.allOf ?? []) out += fieldList(a, level, recursive, next);
  if (resolved.items) out += fieldList(resolved.items, level, recursive, next);
  if (resolved.additionalProperties && typeof resolved.additionalProperties !== 'boolean') out += fieldList(resolved.additionalProperties, level, recursive, next);
  return out;
}

function output(schema: Schema, path: string[], recursive: boolean, history: Set<string>): string {
  const ref = schema.$ref ?? '';
  const next = new Set(history);
  if (ref) next.add(ref);
  const resolved = resolveRef(ref) ?? schema;
  if (path.length === 0) {
    let s = 'DESCRIPTION:\n' + indent(4, wrap(76, description(resolved) || '<empty>')) + '\n';
    const fields = fieldList(resolved, 1, recursive, new Set());
    if (fields) s += 'FIELDS:\n' + fields;
    return s;
  }
  if (ref && history.has(ref)) return '';
  const sub = resolved.properties?.[path[0]];
  if (sub) {
    let s = '';
    if (path.length === 1) s += `FIELD: ${path[0]} <${typeGuess(sub)}>\n` + extractEnum(sub, true, -1) + '\n\n';
    return s + output(sub, path.slice(1), recursive, new Set());
  }
  if (resolved.items) return output(resolved.items, path, recursive, next);
  if (resolved.additionalProperties && typeof resolved.additionalProperties !== 'boolean') return output(resolved.additionalProperties, path, recursive, next);
  for (const a of resolved.allOf ?? []) {
    const s = output(a, path, recursive, next);
    if (s) return s;
  }
  return '';
}

/** `kubectl explain GROUP/KIND[.field...]` over the schema of a top-level kind. */
export function explain(schemaName: string, gvk: { group: string; kind: string; version: string }, fieldPath: string[], recursive: boolean): ExplainResult {
  let text = '';
  if (gvk.group) text += `GROUP:      ${gvk.group}\n`;
  text += `KIND:       ${gvk.kind}\nVERSION:    ${gvk.version}\n\n`;
  const body = output(SCHEMAS[schemaName], fieldPath, recursive, new Set());
  if (!body) return { ok: false, text, error: `field "${fieldPath[fieldPath.length - 1]}" does not exist` };
  return { ok: true, text: text + body + '\n' };
}
