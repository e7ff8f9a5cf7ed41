// The small formatters: HumanDuration, the tabwriter, label formatting, go-yaml and Go JSON
// details that goldens do not reach.
import test from 'ava';
import { humanDuration, age } from '../../../source/kubectl/printers/duration.js';
import { tabwrite } from '../../../source/kubectl/printers/tabwriter.js';
import { formatLabels, formatLabelSelector } from '../../../source/kubectl/printers/labels.js';
import { toGoYaml, goYamlKeyCompare } from '../../../source/kubectl/printers/go-yaml.js';
import { toGoJson } from '../../../source/kubectl/printers/go-json.js';

const s = 1000, m = 60 * s, h = 60 * m, d = 24 * h;
// apimachinery/pkg/util/duration/duration_test.go style table
const durations: Array<[number, string]> = [
  [-2 * s, '<invalid>'], [-500, '0s'], [0, '0s'], [45 * s, '45s'], [119 * s, '119s'], [2 * m, '2m'], [5 * m + 12 * s, '5m12s'],
  [9 * m + 59 * s, '9m59s'], [10 * m + 30 * s, '10m'], [179 * m, '179m'], [3 * h, '3h'], [3 * h + 5 * m, '3h5m'], [8 * h, '8h'],
  [47 * h + 59 * m, '47h'], [2 * d, '2d'], [2 * d + 5 * h, '2d5h'], [8 * d, '8d'], [729 * d, '729d'], [730 * d, '2y'], [731 * d, '2y1d'],
  [8 * 365 * d, '8y'],
];
for (const [ms, want] of durations) test(`HumanDuration ${ms}ms = ${want}`, (t) => t.is(humanDuration(ms), want));

test('age of an object without creationTimestamp is <unknown>', (t) => {
  t.is(age(undefined, new Date()), '<unknown>');
});

test('tabwriter: padding 3, min width 6, last cell not padded', (t) => {
  t.is(tabwrite('NAME\tAGE\na\t5m\nlonger-name\t10d\n'), 'NAME          AGE\na             5m\nlonger-name   10d\n');
  t.is(tabwrite('A\tB\tC\nx\t\t\n'), 'A     B     C\nx           \n');
});

test('labels and selectors', (t) => {
  t.is(formatLabels({}), '<none>');
  t.is(formatLabels({ b: '2', a: '1' }), 'a=1,b=2');
  t.is(formatLabelSelector(undefined), '<none>');
  t.is(formatLabelSelector({ matchExpressions: [{ key: 'k', operator: 'Exists' }] }), 'k');
});

test('go-yaml key order: non-letters first, digit runs as numbers', (t) => {
  t.deepEqual(['b', 'a10', 'a2', 'A', '_x', '80'].sort(goYamlKeyCompare), ['_x', '80', 'A', 'a2', 'a10', 'b']);
});

test('go-yaml: sequences in mappings are not indented, empty maps and lists inline', (t) => {
  t.is(toGoYaml({ spec: { ports: [{ port: 80, name: 'http' }], x: [], w: {} } }), 'spec:\n  ports:\n  - name: http\n    port: 80\n  w: {}\n  x: []\n');
});

test('go-yaml quotes what YAML 1.1 would read as something else', (t) => {
  t.is(toGoYaml({ a: 'y', b: 'on', c: '80', d: '', e: '*', f: 'plain text', g: '2025-01-01' }), 'a: "y"\nb: "on"\nc: "80"\nd: ""\ne: \'*\'\nf: plain text\ng: "2025-01-01"\n');
});

test('Go JSON: struct order kept or keys sorted, HTML characters escaped', (t) => {
  t.is(toGoJson({ b: 1, a: '<&>' }, { sortKeys: false }), '{\n    "b": 1,\n    "a": "\\u003c\\u0026\\u003e"\n}\n');
  t.is(toGoJson({ b: 1, a: [] }, { sortKeys: true }), '{\n    "a": [],\n    "b": 1\n}\n');
});
