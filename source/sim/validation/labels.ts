// Label keys and values, annotations keys and label selectors as the API server checks
// them (Kubernetes v1.32): IsQualifiedName and IsValidLabelValue from
// k8s.io/apimachinery/pkg/util/validation/validation.go, ValidateLabels and
// ValidateLabelSelector from k8s.io/apimachinery/pkg/apis/meta/v1/validation/validation.go,
// selector semantics from k8s.io/apimachinery/pkg/labels.
import { FieldPath, forbidden, invalid, required, type FieldError } from '../field.js';
import type { LabelSelector, LabelSelectorRequirement, Labels } from '../types.js';
import { byteLength, emptyError, isDNS1123Subdomain, maxLenError, regexError } from './names.js';

const qualifiedNameFmt = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const qualifiedNameErrMsg = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
const qualifiedNameMaxLength = 63;
const qualifiedNameRegexp = new RegExp(`^${qualifiedNameFmt}$`);

/** IsQualifiedName: an optional DNS-subdomain prefix and '/', then a name of at most 63 characters. */
export function isQualifiedName(value: string): string[] {
  const errs: string[] = [];
  const parts = value.split('/');
  let name: string;
  switch (parts.length) {
    case 1:
      name = parts[0]!;
      break;
    case 2: {
      const prefix = parts[0]!;
      name = parts[1]!;
      if (prefix.length === 0) errs.push('prefix part ' + emptyError());
      else errs.push(...isDNS1123Subdomain(prefix).map((m) => 'prefix part ' + m));
      break;
    }
    default:
      return ['a qualified name ' + regexError(qualifiedNameErrMsg, qualifiedNameFmt, 'MyName', 'my.name', '123-abc') +
        " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')"];
  }
  if (name.length === 0) errs.push('name part ' + emptyError());
  else if (byteLength(name) > qualifiedNameMaxLength) errs.push('name part ' + maxLenError(qualifiedNameMaxLength));
  if (!qualifiedNameRegexp.test(name)) errs.push('name part ' + regexError(qualifiedNameErrMsg, qualifiedNameFmt, 'MyName', 'my.name', '123-abc'));
  return errs;
}

const labelValueFmt = `(${qualifiedNameFmt})?`;
const labelValueErrMsg = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
export const LabelValueMaxLength = 63;
const labelValueRegexp = new RegExp(`^${labelValueFmt}$`);

/** IsValidLabelValue: empty, or at most 63 characters of [-A-Za-z0-9_.] starting and ending alphanumeric. */
export function isValidLabelValue(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > LabelValueMaxLength) errs.push(maxLenError(LabelValueMaxLength));
  if (!labelValueRegexp.test(value)) errs.push(regexError(labelValueErrMsg, labelValueFmt, 'MyValue', 'my_value', '12345'));
  return errs;
}

/** ValidateLabelName: a label key must be a qualified name. */
export function validateLabelName(key: string, path: FieldPath): FieldError[] {
  return isQualifiedName(key).map((msg) => invalid(path, key, msg));
}

/** ValidateLabels: every error is reported on the map's own path (not per key), as upstream does. */
export function validateLabels(labels: Labels | undefined | null, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  for (const [k, v] of Object.entries(labels ?? {})) {
    errs.push(...validateLabelName(k, path));
    const value = v === null || v === undefined ? '' : String(v);
    for (const msg of isValidLabelValue(value)) errs.push(invalid(path, value, msg));
  }
  return errs;
}

export interface LabelSelectorValidationOptions {
  /** AllowInvalidLabelValueInSelector: only true for objects already stored with bad values. */
  allowInvalidLabelValueInSelector?: boolean;
}

/** ValidateLabelSelectorRequirement */
export function validateLabelSelectorRequirement(req: LabelSelectorRequirement, opts: LabelSelectorValidationOptions, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const values = req.values ?? [];
  switch (req.operator) {
    case 'In':
    case 'NotIn':
      if (values.length === 0) errs.push(required(path.child('values'), "must be specified when `operator` is 'In' or 'NotIn'"));
      break;
    case 'Exists':
    case 'DoesNotExist':
      if (values.length > 0) errs.push(forbidden(path.child('values'), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
      break;
    default:
      errs.push(invalid(path.child('operator'), String(req.operator ?? ''), 'not a valid selector operator'));
  }
  errs.push(...validateLabelName(String(req.key ?? ''), path.child('key')));
  if (!opts.allowInvalidLabelValueInSelector) {
    values.forEach((v, i) => {
      for (const msg of isValidLabelValue(String(v))) errs.push(invalid(path.child('values').index(i), String(v), msg));
    });
  }
  return errs;
}

/** ValidateLabelSelector (metav1 validation): matchLabels as labels, then each matchExpressions entry. */
export function validateLabelSelector(sel: LabelSelector | undefined | null, opts: LabelSelectorValidationOptions, path: FieldPath): FieldError[] {
  if (!sel) return [];
  const errs = validateLabels(sel.matchLabels, path.child('matchLabels'));
  (sel.matchExpressions ?? []).forEach((req, i) =>
    errs.push(...validateLabelSelectorRequirement(req, opts, path.child('matchExpressions').index(i))));
  return errs;
}

/** A selector turned into a predicate over an object's labels (labels.Selector). */
export interface Selector {
  /** labels.Selector.Empty(): selects everything */
  empty: boolean;
  matches(labels: Labels | undefined | null): boolean;
}

const nothing: Selector = { empty: false, matches: () => false };
const everything: Selector = { empty: true, matches: () => true };

/**
 * metav1.LabelSelectorAsSelector: nil selects nothing, an empty selector everything.
 * Returns null where Go returns an error (an operator, key or value that
 * labels.NewRequirement rejects).
 */
export function labelSelectorAsSelector(sel: LabelSelector | undefined | null): Selector | null {
  if (sel === undefined || sel === null) return nothing;
  const matchLabels = Object.entries(sel.matchLabels ?? {});
  const exprs = sel.matchExpressions ?? [];
  if (matchLabels.length + exprs.length === 0) return everything;
  const keyOk = (k: string) => isQualifiedName(k).length === 0;
  const valueOk = (v: string) => isValidLabelValue(v).length === 0;
  for (const [k, v] of matchLabels) if (!keyOk(k) || !valueOk(String(v))) return null;
  for (const e of exprs) {
    const values = (e.values ?? []).map(String);
    if (!keyOk(String(e.key ?? ''))) return null;
    if (!values.every(valueOk)) return null;
    if ((e.operator === 'In' || e.operator === 'NotIn') && values.length === 0) return null;
    if ((e.operator === 'Exists' || e.operator === 'DoesNotExist') && values.length > 0) return null;
    if (!['In', 'NotIn', 'Exists', 'DoesNotExist'].includes(e.operator)) return null;
  }
  return {
    empty: false,
    matches(labels) {
      const l = labels ?? {};
      const has = (k: string) => Object.prototype.hasOwnProperty.call(l, k);
      if (!matchLabels.every(([k, v]) => has(k) && l[k] === String(v))) return false;
      return exprs.every((e) => {
        const values = (e.values ?? []).map(String);
        switch (e.operator) {
          case 'In': return has(e.key) && values.includes(l[e.key]!);
          case 'NotIn': return !has(e.key) || !values.includes(l[e.key]!);
          case 'Exists': return has(e.key);
          default: return !has(e.key); // DoesNotExist
        }
      });
    },
  };
}
