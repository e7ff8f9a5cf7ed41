// Bad values printed as the API server prints them. field.Error.ErrorBody
// (apimachinery/pkg/util/validation/field/errors.go, v1.32) prints strings with %q, numbers
// and booleans with %v and falls back to Go's %#v for maps, slices and structs, so a
// learner sees `map[string]string{"app":"web"}`, not JSON. These helpers build that text.
import { GoValue } from '../field.js';
import type { LabelSelector, Labels } from '../types.js';

/** strconv.Quote: double quotes, Go escapes, printable Unicode kept as is. */
export function goQuote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (cp === 0x07) out += '\\a';
    else if (cp === 0x08) out += '\\b';
    else if (cp === 0x0c) out += '\\f';
    else if (cp === 0x0a) out += '\\n';
    else if (cp === 0x0d) out += '\\r';
    else if (cp === 0x09) out += '\\t';
    else if (cp === 0x0b) out += '\\v';
    else if (cp === 0x20 || (cp > 0x20 && /[\p{L}\p{M}\p{N}\p{P}\p{S}]/u.test(ch))) out += ch;
    else if (cp < 0x80) out += '\\x' + cp.toString(16).padStart(2, '0');
    else if (cp < 0x10000) out += '\\u' + cp.toString(16).padStart(4, '0');
    else out += '\\U' + cp.toString(16).padStart(8, '0');
  }
  return out + '"';
}

/** %#v of a map[string]string: keys sorted (fmt sorts map keys), `(nil)` for a nil map. */
export function goStringMapText(m: Labels | undefined | null): string {
  if (m === undefined || m === null) return 'map[string]string(nil)';
  const keys = Object.keys(m).sort();
  return `map[string]string{${keys.map((k) => `${goQuote(k)}:${goQuote(String(m[k]))}`).join(', ')}}`;
}

/** %#v of a []string: `[]string{"a", "b"}`, `[]string(nil)` for nil. */
export function goStringSliceText(list: readonly string[] | undefined | null): string {
  if (list === undefined || list === null) return '[]string(nil)';
  return `[]string{${list.map((s) => goQuote(String(s))).join(', ')}}`;
}

export const goStringMap = (m: Labels | undefined | null): GoValue => new GoValue(m ?? null, goStringMapText(m));
export const goStringSlice = (list: readonly string[] | undefined | null): GoValue => new GoValue(list ?? null, goStringSliceText(list));

/** %#v of a metav1.LabelSelector (the pointer is dereferenced by ErrorBody before printing). */
export function goLabelSelector(sel: LabelSelector): GoValue {
  const exprs = sel.matchExpressions;
  const exprText = exprs === undefined || exprs === null
    ? '[]v1.LabelSelectorRequirement(nil)'
    : `[]v1.LabelSelectorRequirement{${exprs.map((e) =>
      `v1.LabelSelectorRequirement{Key:${goQuote(String(e.key ?? ''))}, Operator:${goQuote(String(e.operator ?? ''))}, Values:${goStringSliceText(e.values)}}`).join(', ')}}`;
  return new GoValue(sel, `v1.LabelSelector{MatchLabels:${goStringMapText(sel.matchLabels)}, MatchExpressions:${exprText}}`);
}

/**
 * The key ValidateService builds to find duplicate ports, core.ServicePort{Protocol, Port},
 * printed whole with %#v (every other field at its zero value).
 */
export function goServicePortKey(protocol: string, port: number): GoValue {
  return new GoValue({ protocol, port },
    `core.ServicePort{Name:"", Protocol:${goQuote(protocol)}, AppProtocol:(*string)(nil), Port:${port}, ` +
    'TargetPort:intstr.IntOrString{Type:0, IntVal:0, StrVal:""}, NodePort:0}');
}
