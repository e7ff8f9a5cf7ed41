// JSON patch (RFC 6902, kubectl patch --type=json): add, remove, replace, move, copy and test
// on JSON pointers (RFC 6901: "~1" is "/", "~0" is "~", "-" appends to a list).
import { clone, isObject, type Json } from './merge.js';

export interface JsonPatchOp { op: string; path: string; value?: Json; from?: string }

export type JsonPatchResult = { ok: true; value: Json } | { ok: false; error: string };

function parsePointer(p: string): string[] | undefined {
  if (p === '') return [];
  if (!p.startsWith('/')) return undefined;
  return p.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function parentOf(doc: Json, tokens: string[]): { parent: Json; key: string } | undefined {
  let cur: Json = doc;
  for (const t of tokens.slice(0, -1)) {
    if (Array.isArray(cur)) { const i = Number(t); if (!/^\d+$/.test(t) || i >= cur.length) return undefined; cur = cur[i]; }
    else if (isObject(cur)) { if (!(t in cur)) return undefined; cur = cur[t]; }
    else return undefined;
  }
  return { parent: cur, key: tokens[tokens.length - 1] };
}

function get(doc: Json, tokens: string[]): Json | undefined {
  let cur: Json = doc;
  for (const t of tokens) {
    if (Array.isArray(cur)) { if (!/^\d+$/.test(t) || Number(t) >= cur.length) return undefined; cur = cur[Number(t)]; }
    else if (isObject(cur)) { if (!(t in cur)) return undefined; cur = cur[t]; }
    else return undefined;
  }
  return cur;
}

function add(doc: Json, tokens: string[], value: Json): Json | string {
  if (tokens.length === 0) return value;
  const at = parentOf(doc, tokens);
  if (!at) return `add operation does not apply: doc is missing path: "/${tokens.join('/')}": missing value`;
  const { parent, key } = at;
  if (Array.isArray(parent)) {
    const i = key === '-' ? parent.length : Number(key);
    if (!/^\d+$/.test(key) && key !== '-') return `Unable to access invalid index: ${key}: invalid index referenced`;
    if (i > parent.length) return `Unable to access invalid index: ${i}: invalid index referenced`;
    parent.splice(i, 0, value);
  } else if (isObject(parent)) parent[key] = value;
  else return `add operation does not apply: doc is missing path: "/${tokens.join('/')}": missing value`;
  return doc;
}

function remove(doc: Json, tokens: string[]): Json | string {
  const at = tokens.length ? parentOf(doc, tokens) : undefined;
  const missing = `remove operation does not apply: doc is missing path: "/${tokens.join('/')}": missing value`;
  if (!at) return missing;
  const { parent, key } = at;
  if (Array.isArray(parent)) { const i = Number(key); if (!/^\d+$/.test(key) || i >= parent.length) return missing; parent.splice(i, 1); }
  else if (isObject(parent)) { if (!(key in parent)) return missing; delete parent[key]; }
  else return missing;
  return doc;
}

export function applyJsonPatch(target: Json, ops: JsonPatchOp[]): JsonPatchResult {
  let doc = clone(target);
  for (const op of ops) {
    const tokens = parsePointer(op.path ?? '');
    if (!tokens) return { ok: false, error: `Unable to parse path: ${op.path}` };
    let r: Json | string;
    switch (op.op) {
      case 'add': r = add(doc, tokens, clone(op.value ?? null)); break;
      case 'remove': r = remove(doc, tokens); break;
      case 'replace': {
        if (get(doc, tokens) === undefined) { r = `replace operation does not apply: doc is missing key: /${tokens.join('/')}: missing value`; break; }
        r = remove(doc, tokens);
        if (typeof r !== 'string') r = add(r, tokens, clone(op.value ?? null));
        break;
      }
      case 'move': case 'copy': {
        const from = parsePointer(op.from ?? '');
        const v = from ? get(doc, from) : undefined;
        if (!from || v === undefined) { r = `${op.op} operation does not apply: doc is missing from path: ${op.from}: missing value`; break; }
        r = op.op === 'move' ? remove(doc, from) : doc;
        if (typeof r !== 'string') r = add(r, tokens, clone(v));
        break;
      }
      case 'test': {
        const v = get(doc, tokens);
        r = JSON.stringify(v) === JSON.stringify(op.value) ? doc : `testing value /${tokens.join('/')} failed: test failed`;
        break;
      }
      default: return { ok: false, error: `Unexpected kind: ${op.op}` };
    }
    if (typeof r === 'string') return { ok: false, error: r };
    doc = r;
  }
  return { ok: true, value: doc };
}
