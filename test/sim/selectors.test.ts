// Label selectors: k8s.io/apimachinery/pkg/labels (selector_test.go TestSelectorMatches,
// TestParse) and metav1.LabelSelectorAsSelector.
import test from 'ava';
import { formatSelector, matchesMap, matchesSelector, parseSelector } from '../../source/sim/selectors.js';
import type { LabelSelector } from '../../source/sim/types.js';

const labels = { app: 'web', tier: 'frontend', env: 'prod' };

const selectorCases: Array<{ name: string; sel: LabelSelector | undefined; want: boolean }> = [
  { name: 'nil selects nothing', sel: undefined, want: false },
  { name: '{} selects everything', sel: {}, want: true },
  { name: 'matchLabels all present', sel: { matchLabels: { app: 'web', tier: 'frontend' } }, want: true },
  { name: 'matchLabels one differs', sel: { matchLabels: { app: 'web', tier: 'db' } }, want: false },
  { name: 'In', sel: { matchExpressions: [{ key: 'env', operator: 'In', values: ['prod', 'staging'] }] }, want: true },
  { name: 'In missing key', sel: { matchExpressions: [{ key: 'zone', operator: 'In', values: ['a'] }] }, want: false },
  { name: 'NotIn other value', sel: { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['dev'] }] }, want: true },
  { name: 'NotIn matches a missing key', sel: { matchExpressions: [{ key: 'zone', operator: 'NotIn', values: ['a'] }] }, want: true },
  { name: 'NotIn same value', sel: { matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['prod'] }] }, want: false },
  { name: 'Exists', sel: { matchExpressions: [{ key: 'tier', operator: 'Exists' }] }, want: true },
  { name: 'DoesNotExist on a missing key', sel: { matchExpressions: [{ key: 'zone', operator: 'DoesNotExist' }] }, want: true },
  { name: 'DoesNotExist on a present key', sel: { matchExpressions: [{ key: 'app', operator: 'DoesNotExist' }] }, want: false },
  { name: 'labels and expressions are ANDed', sel: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'env', operator: 'In', values: ['dev'] }] }, want: false },
];
for (const c of selectorCases) test(`matchesSelector: ${c.name}`, (t) => t.is(matchesSelector(labels, c.sel), c.want));

test('matchesMap: a Service selector is a subset match; {} matches all', (t) => {
  t.true(matchesMap(labels, { app: 'web' }));
  t.false(matchesMap(labels, { app: 'web', version: 'v2' }));
  t.true(matchesMap(labels, {}));
  t.false(matchesMap(undefined, { app: 'web' }));
});

const parseCases: Array<{ text: string; matches: Record<string, string>[]; rejects: Record<string, string>[] }> = [
  { text: 'app=web', matches: [{ app: 'web' }], rejects: [{ app: 'db' }, {}] },
  { text: 'app==web', matches: [{ app: 'web' }], rejects: [{}] },
  { text: 'tier!=db', matches: [{ tier: 'web' }, {}], rejects: [{ tier: 'db' }] },
  { text: 'env in (a, b)', matches: [{ env: 'a' }, { env: 'b' }], rejects: [{ env: 'c' }, {}] },
  { text: 'env notin (a,b)', matches: [{ env: 'c' }, {}], rejects: [{ env: 'a' }] },
  { text: '!key', matches: [{}], rejects: [{ key: 'x' }] },
  { text: 'key', matches: [{ key: '' }, { key: 'x' }], rejects: [{}] },
  { text: 'app=web,tier!=db,env in (a,b),!legacy,owner', matches: [{ app: 'web', tier: 'fe', env: 'a', owner: 'me' }], rejects: [{ app: 'web', tier: 'fe', env: 'a', owner: 'me', legacy: 'y' }] },
  { text: 'app.kubernetes.io/name=ingress-nginx', matches: [{ 'app.kubernetes.io/name': 'ingress-nginx' }], rejects: [{}] },
  { text: 'app=', matches: [{ app: '' }], rejects: [{ app: 'x' }] },
  { text: '', matches: [{}, { a: 'b' }], rejects: [] },
];
for (const c of parseCases) {
  test(`parseSelector: ${JSON.stringify(c.text)}`, (t) => {
    const r = parseSelector(c.text);
    if (!r.ok) return t.fail(r.error);
    for (const l of c.matches) t.true(matchesSelector(l, r.selector), `should match ${JSON.stringify(l)}`);
    for (const l of c.rejects) t.false(matchesSelector(l, r.selector), `should not match ${JSON.stringify(l)}`);
  });
}

for (const text of ['app=web,', 'env in (a', 'env in a', '=web', 'app=-bad-', 'Bad Key=1', 'a>1']) {
  test(`parseSelector refuses ${JSON.stringify(text)}`, (t) => {
    const r = parseSelector(text);
    t.false(r.ok);
  });
}

test('formatSelector sorts requirements by key, as labels.Selector.String does', (t) => {
  t.is(formatSelector({ tier: 'fe', app: 'web' }), 'app=web,tier=fe');
  t.is(formatSelector({ matchLabels: { app: 'web' }, matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['b', 'a'] }, { key: 'x', operator: 'DoesNotExist' }] }), 'app=web,env notin (a,b),!x');
});
