import test from 'ava';
import { FieldPath, formatFieldError } from '../../../source/sim/field.js';
import type { LabelSelector } from '../../../source/sim/types.js';
import {
  isQualifiedName, isValidLabelValue, labelSelectorAsSelector, validateLabelSelector, validateLabels,
} from '../../../source/sim/validation/labels.js';

const NAME_RE = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const VALUE_MSG = "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";

// From TestIsQualifiedName in apimachinery/pkg/util/validation/validation_test.go.
const qualifiedCases: Array<{ value: string; want: string[] }> = [
  { value: 'simple', want: [] },
  { value: 'now-with-dashes', want: [] },
  { value: '1-starts-with-num', want: [] },
  { value: 'app.kubernetes.io/name', want: [] },
  { value: 'example.com/MixedCase_and.dots', want: [] },
  { value: 'a'.repeat(63), want: [] },
  { value: '', want: ['name part must be non-empty', `name part ${NAME_RE}`] },
  { value: 'nospecialchars%^=@', want: [`name part ${NAME_RE}`] },
  { value: 'a/b/c', want: [`a qualified name ${NAME_RE} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`] },
  { value: '/simple', want: ['prefix part must be non-empty'] },
  { value: 'Example.com/x', want: [`prefix part ${SUBDOMAIN_MSG}`] },
  { value: 'example.com/', want: ['name part must be non-empty', `name part ${NAME_RE}`] },
  { value: 'a'.repeat(64), want: ['name part must be no more than 63 characters'] },
  { value: '-leading', want: [`name part ${NAME_RE}`] },
];
for (const c of qualifiedCases) test(`IsQualifiedName(${JSON.stringify(c.value.length > 30 ? `a×${c.value.length}` : c.value)})`, (t) => t.deepEqual(isQualifiedName(c.value), c.want));

// From TestIsValidLabelValue in the same file.
const valueCases: Array<{ value: string; want: string[] }> = [
  { value: '', want: [] },
  { value: 'a-b_c.d', want: [] },
  { value: '1.2.3', want: [] },
  { value: 'a'.repeat(63), want: [] },
  { value: 'a'.repeat(64), want: ['must be no more than 63 characters'] },
  { value: 'has space', want: [VALUE_MSG] },
  { value: '-dash', want: [VALUE_MSG] },
  { value: 'a/b', want: [VALUE_MSG] },
];
for (const c of valueCases) test(`IsValidLabelValue(${JSON.stringify(c.value.length > 30 ? `a×${c.value.length}` : c.value)})`, (t) => t.deepEqual(isValidLabelValue(c.value), c.want));

// ValidateLabels (meta/v1/validation): errors sit on the map's path, key errors before value errors.
test('ValidateLabels reports on the map path', (t) => {
  t.deepEqual(validateLabels({ 'app!': 'web', tier: '-x' }, FieldPath.root('spec').child('selector')).map(formatFieldError), [
    `spec.selector: Invalid value: "app!": name part ${NAME_RE}`,
    `spec.selector: Invalid value: "-x": ${VALUE_MSG}`,
  ]);
});

// From TestValidateLabelSelector (meta/v1/validation/validation_test.go) and
// ValidateLabelSelectorRequirement's operator rules.
const selectorCases: Array<{ name: string; sel: LabelSelector; want: string[] }> = [
  { name: 'matchLabels and a valid In', sel: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['a', 'b'] }] }, want: [] },
  { name: 'Exists without values', sel: { matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, want: [] },
  { name: 'In without values', sel: { matchExpressions: [{ key: 'tier', operator: 'In' }] },
    want: ["spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"] },
  { name: 'NotIn with an empty list', sel: { matchExpressions: [{ key: 'tier', operator: 'NotIn', values: [] }] },
    want: ["spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'"] },
  { name: 'DoesNotExist with values', sel: { matchExpressions: [{ key: 'tier', operator: 'DoesNotExist', values: ['x'] }] },
    want: ["spec.selector.matchExpressions[0].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'"] },
  { name: 'unknown operator', sel: { matchExpressions: [{ key: 'tier', operator: 'Equals' as never, values: ['x'] }] },
    want: ['spec.selector.matchExpressions[0].operator: Invalid value: "Equals": not a valid selector operator'] },
  { name: 'bad key and value', sel: { matchExpressions: [{ key: 'a b', operator: 'In', values: ['ok', 'not ok'] }] },
    want: [
      `spec.selector.matchExpressions[0].key: Invalid value: "a b": name part ${NAME_RE}`,
      `spec.selector.matchExpressions[0].values[1]: Invalid value: "not ok": ${VALUE_MSG}`,
    ] },
  { name: 'bad matchLabels value', sel: { matchLabels: { app: 'w eb' } }, want: [`spec.selector.matchLabels: Invalid value: "w eb": ${VALUE_MSG}`] },
];
for (const c of selectorCases) {
  test(`ValidateLabelSelector: ${c.name}`, (t) => {
    t.deepEqual(validateLabelSelector(c.sel, {}, FieldPath.root('spec').child('selector')).map(formatFieldError), c.want);
  });
}

// LabelSelectorAsSelector and labels.Selector.Matches (apimachinery/pkg/labels/selector_test.go):
// NotIn and DoesNotExist select objects that lack the key.
const matchCases: Array<{ name: string; sel: LabelSelector | undefined; labels: Record<string, string> | undefined; want: boolean | 'error' }> = [
  { name: 'nil selects nothing', sel: undefined, labels: { app: 'web' }, want: false },
  { name: 'empty selects everything', sel: {}, labels: undefined, want: true },
  { name: 'matchLabels subset', sel: { matchLabels: { app: 'web' } }, labels: { app: 'web', tier: 'x' }, want: true },
  { name: 'matchLabels value differs', sel: { matchLabels: { app: 'web' } }, labels: { app: 'api' }, want: false },
  { name: 'In', sel: { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'stage'] }] }, labels: { env: 'stage' }, want: true },
  { name: 'In without the key', sel: { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod'] }] }, labels: {}, want: false },
  { name: 'NotIn without the key', sel: { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] }, labels: {}, want: true },
  { name: 'NotIn with the value', sel: { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] }, labels: { env: 'prod' }, want: false },
  { name: 'Exists', sel: { matchExpressions: [{ key: 'env', operator: 'Exists' }] }, labels: { env: '' }, want: true },
  { name: 'DoesNotExist', sel: { matchExpressions: [{ key: 'env', operator: 'DoesNotExist' }] }, labels: { env: 'x' }, want: false },
  { name: 'In without values is an error', sel: { matchExpressions: [{ key: 'env', operator: 'In' }] }, labels: {}, want: 'error' },
  { name: 'bad value is an error', sel: { matchLabels: { app: 'a b' } }, labels: {}, want: 'error' },
];
for (const c of matchCases) {
  test(`LabelSelectorAsSelector: ${c.name}`, (t) => {
    const s = labelSelectorAsSelector(c.sel);
    t.is(s === null ? 'error' : s.matches(c.labels), c.want);
  });
}
