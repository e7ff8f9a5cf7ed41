// Label selectors: matching (k8s.io/apimachinery/pkg/apis/meta/v1 LabelSelectorAsSelector,
// pkg/labels.SelectorFromSet) and kubectl's selector strings (pkg/labels/selector.go Parse).
import type { Labels, LabelSelector, LabelSelectorRequirement } from './types.js';

/** A map selector (Service spec.selector, matchLabels): every pair must be present. An empty map selects everything. */
export function matchesMap(labels: Labels | undefined, map: Labels | undefined): boolean {
  if (!map) return true;
  for (const k in map) if (labels?.[k] !== map[k]) return false;
  return true;
}

export function matchesRequirement(labels: Labels | undefined, r: LabelSelectorRequirement): boolean {
  const has = labels !== undefined && Object.prototype.hasOwnProperty.call(labels, r.key);
  switch (r.operator) {
    case 'In': return has && (r.values ?? []).includes(labels![r.key]!);
    // labels.Requirement.Matches: NotIn and DoesNotExist match objects that lack the key.
    case 'NotIn': return !has || !(r.values ?? []).includes(labels![r.key]!);
    case 'Exists': return has;
    case 'DoesNotExist': return !has;
    default: return false;
  }
}

/**
 * metav1.LabelSelector semantics: undefined (nil) selects nothing, `{}` selects everything,
 * matchLabels and matchExpressions are ANDed.
 */
export function matchesSelector(labels: Labels | undefined, sel: LabelSelector | undefined | null): boolean {
  if (!sel) return false;
  if (!matchesMap(labels, sel.matchLabels)) return false;
  for (const r of sel.matchExpressions ?? []) if (!matchesRequirement(labels, r)) return false;
  return true;
}

/** `app=web,tier!=db` as labels.Selector.String() prints it (requirements sorted by key). */
export function formatSelector(sel: LabelSelector | Labels | undefined): string {
  if (!sel) return '<none>';
  const isLS = 'matchLabels' in sel || 'matchExpressions' in sel;
  const reqs: Array<[string, string]> = [];
  const ml = (isLS ? (sel as LabelSelector).matchLabels : (sel as Labels)) ?? {};
  for (const k of Object.keys(ml)) reqs.push([k, `${k}=${ml[k]}`]);
  if (isLS) for (const r of (sel as LabelSelector).matchExpressions ?? []) {
    const vals = [...(r.values ?? [])].sort().join(',');
    const text = r.operator === 'In' ? `${r.key} in (${vals})` : r.operator === 'NotIn' ? `${r.key} notin (${vals})`
      : r.operator === 'Exists' ? r.key : `!${r.key}`;
    reqs.push([r.key, text]);
  }
  reqs.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return reqs.map((r) => r[1]).join(',');
}

export type ParsedSelector = { ok: true; selector: LabelSelector } | { ok: false; error: string };

// validation.IsQualifiedName / IsValidLabelValue (apimachinery/pkg/util/validation).
const NAME = /^([A-Za-z0-9]([-A-Za-z0-9_.]*[A-Za-z0-9])?)$/;
const SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
function keyError(key: string): string | undefined {
  const slash = key.split('/');
  if (slash.length > 2) return `invalid label key "${key}": a qualified name must consist of alphanumeric characters, '-', '_' or '.', with an optional DNS subdomain prefix and '/'`;
  const name = slash[slash.length - 1]!;
  const prefix = slash.length === 2 ? slash[0]! : undefined;
  if (prefix !== undefined && (prefix.length === 0 || prefix.length > 253 || !SUBDOMAIN.test(prefix))) return `invalid label key "${key}": prefix part must be a lowercase RFC 1123 subdomain`;
  if (name.length === 0 || name.length > 63 || !NAME.test(name)) return `invalid label key "${key}": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`;
  return undefined;
}
function valueError(v: string): string | undefined {
  if (v === '') return undefined;
  if (v.length > 63 || !NAME.test(v)) return `invalid label value: "${v}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character`;
  return undefined;
}

type Tok = { t: 'id' | 'op' | 'eof'; v: string };
function lex(text: string): Tok[] | string {
  const toks: Tok[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) { i++; continue; }
    const two = text.slice(i, i + 2);
    if (two === '==' || two === '!=') { toks.push({ t: 'op', v: two }); i += 2; continue; }
    if ('=!(),<>'.includes(c)) { toks.push({ t: 'op', v: c }); i++; continue; }
    let j = i;
    while (j < text.length && !/[\s=!(),<>]/.test(text[j]!)) j++;
    toks.push({ t: 'id', v: text.slice(i, j) });
    i = j;
  }
  toks.push({ t: 'eof', v: '' });
  return toks;
}

/**
 * Parse a kubectl `-l` selector: `app=web,tier!=db,env in (a,b),env notin (c),!key,key`.
 * `=`/`==` become In [v] and `!=` NotIn [v], which select the same objects (labels.Requirement).
 */
export function parseSelector(text: string): ParsedSelector {
  const toks = lex(text);
  if (typeof toks === 'string') return { ok: false, error: toks };
  let p = 0;
  const peek = () => toks[p]!;
  const next = () => toks[p++]!;
  const reqs: LabelSelectorRequirement[] = [];
  const fail = (expected: string): ParsedSelector => ({ ok: false, error: `unable to parse requirement: found '${peek().v}', expected: ${expected}` });
  if (peek().t === 'eof') return { ok: true, selector: {} };
  for (;;) {
    let negate = false;
    if (peek().v === '!' && peek().t === 'op') { next(); negate = true; }
    if (peek().t !== 'id') return fail('identifier');
    const key = next().v;
    const ke = keyError(key);
    if (ke) return { ok: false, error: ke };
    if (negate) {
      reqs.push({ key, operator: 'DoesNotExist' });
    } else {
      const op = peek();
      if (op.t === 'eof' || op.v === ',') {
        reqs.push({ key, operator: 'Exists' });
      } else if (op.v === '=' || op.v === '==' || op.v === '!=') {
        next();
        let value = '';
        if (peek().t === 'id') value = next().v;
        const ve = valueError(value);
        if (ve) return { ok: false, error: ve };
        reqs.push({ key, operator: op.v === '!=' ? 'NotIn' : 'In', values: [value] });
      } else if (op.t === 'id' && (op.v === 'in' || op.v === 'notin')) {
        next();
        if (peek().v !== '(') return fail("'('");
        next();
        const values: string[] = [];
        for (;;) {
          let v = '';
          if (peek().t === 'id') v = next().v;
          const ve = valueError(v);
          if (ve) return { ok: false, error: ve };
          values.push(v);
          if (peek().v === ',') { next(); continue; }
          if (peek().v === ')') { next(); break; }
          return fail("',' or ')'");
        }
        reqs.push({ key, operator: op.v === 'in' ? 'In' : 'NotIn', values: [...new Set(values)] });
      } else if (op.v === '>' || op.v === '<') {
        return { ok: false, error: `operator '${op.v}' is only supported by node selectors, not label selectors here` };
      } else {
        return fail("'=', '!=', '==', 'in', notin'");
      }
    }
    if (peek().t === 'eof') break;
    if (peek().v !== ',') return fail("','");
    next();
  }
  return { ok: true, selector: { matchExpressions: reqs } };
}
