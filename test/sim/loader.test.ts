// The cluster-file loader: multi-document YAML, Lists (what `kubectl get -o yaml|json`
// prints), JSON, and file:line:col errors (DESIGN.md "Command-line contract").
import test from 'ava';
import { decodeManifest, formatLoadError, parseManifests } from '../../source/sim/loader.js';

const ok: Array<{ name: string; text: string; want: string[] }> = [
  { name: 'multi-document YAML', text: 'kind: Pod\nmetadata: {name: a}\n---\nkind: Service\nmetadata: {name: b}\n', want: ['Pod/a', 'Service/b'] },
  { name: 'empty documents are skipped', text: '---\n# only a comment\n---\nkind: Pod\nmetadata: {name: a}\n---\n', want: ['Pod/a'] },
  { name: 'kind: List (kubectl get -o yaml)', text: 'apiVersion: v1\nkind: List\nitems:\n- kind: Pod\n  metadata: {name: a}\n- kind: Service\n  metadata: {name: b}\nmetadata: {resourceVersion: ""}\n', want: ['Pod/a', 'Service/b'] },
  { name: 'typed list: items take the kind from PodList', text: 'kind: PodList\nitems:\n- metadata: {name: a}\n', want: ['Pod/a'] },
  { name: 'nested lists flatten', text: 'kind: List\nitems:\n- kind: List\n  items:\n  - kind: Pod\n    metadata: {name: a}\n', want: ['Pod/a'] },
  { name: 'JSON (kubectl get -o json)', text: '{"apiVersion":"v1","kind":"List","items":[{"kind":"Pod","metadata":{"name":"a"}}]}', want: ['Pod/a'] },
  { name: 'unknown kinds are kept', text: 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n', want: ['Widget/w'] },
  { name: 'missing metadata becomes {}', text: 'kind: Pod\n', want: ['Pod/undefined'] },
  { name: 'a file with nothing in it', text: '', want: [] },
];
for (const c of ok) {
  test(`loads: ${c.name}`, (t) => {
    const r = parseManifests(c.text, 'f.yaml');
    if (!r.ok) return t.fail(formatLoadError(r.error));
    t.deepEqual(r.objects.map((o) => `${o.kind}/${o.metadata.name}`), c.want);
  });
}

const bad: Array<{ name: string; text: string; line: number; col: number; message: RegExp }> = [
  { name: 'syntax error', text: 'kind: Pod\nmetadata:\n  name: [a,\n', line: 4, col: 1, message: /flow sequence|end with a \]/i },
  { name: 'tab indentation', text: 'kind: Pod\nmetadata:\n\tname: a\n', line: 3, col: 1, message: /./ },
  { name: 'duplicate keys', text: 'kind: Pod\nkind: Service\n', line: 2, col: 1, message: /unique/ },
  { name: 'a document without kind', text: 'kind: Pod\nmetadata: {name: a}\n---\napiVersion: v1\nmetadata: {name: b}\n', line: 4, col: 1, message: /no "kind"/ },
  { name: 'a scalar document', text: 'kind: Pod\n---\njust text\n', line: 3, col: 1, message: /expected a Kubernetes object/ },
  { name: 'a list item that is not an object', text: 'kind: List\nitems:\n- kind: Pod\n- 42\n', line: 4, col: 3, message: /expected a Kubernetes object/ },
  { name: 'kind that is not a string', text: 'kind: 3\n', line: 1, col: 7, message: /"kind" must be a string/ },
  {
    name: 'an alias bomb (pointed at its first alias)',
    text: 'a: &a [x,x,x,x,x,x,x,x,x]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nkind: Pod\n',
    line: 2, col: 8, message: /resource exhaustion/,
  },
];
for (const c of bad) {
  test(`refuses: ${c.name}`, (t) => {
    const r = parseManifests(c.text, 'f.yaml');
    if (r.ok) return t.fail('loaded');
    t.is(r.error.file, 'f.yaml');
    t.is(`${r.error.line}:${r.error.col}`, `${c.line}:${c.col}`, r.error.message);
    t.regex(r.error.message, c.message);
  });
}

test('formatLoadError is FILE:LINE:COL: message', (t) => {
  t.is(formatLoadError({ file: 'c.yaml', line: 3, col: 7, message: 'bad' }), 'c.yaml:3:7: bad');
});

test('YAML 1.1 as kubectl reads it: yes is a boolean, 0777 octal', (t) => {
  const r = parseManifests('kind: ConfigMap\ndata: {a: yes, b: 0777}\n', 'f');
  if (!r.ok) return t.fail();
  t.deepEqual(r.objects[0]!.data, { a: true, b: 511 });
});

test('decodeManifest refuses bytes that are not UTF-8, pointing at the first bad one', (t) => {
  const bytes = new Uint8Array([...Buffer.from('kind: Pod\nmetadata: {name: '), 0xff, ...Buffer.from('}\n')]);
  const r = decodeManifest(bytes, 'f.yaml');
  if (r.ok) return t.fail();
  t.deepEqual([r.error.line, r.error.col], [2, 18]);
  const good = decodeManifest(new Uint8Array([0xef, 0xbb, 0xbf, ...Buffer.from('kind: Pod\n')]), 'f');
  t.true(good.ok && good.text === 'kind: Pod\n', 'a BOM is dropped');
});

test('timestamps stay strings (go-yaml writes time.Time back as RFC 3339), on both parsing paths', (t) => {
  for (const text of ['kind: Pod\nmetadata:\n  creationTimestamp: 2025-01-10T09:00:12Z\n', 'kind: Pod\nmetadata: {creationTimestamp: 2025-01-10T09:00:12Z}\n']) {
    const r = parseManifests(text, 'f');
    if (!r.ok) return t.fail(r.error.message);
    t.is(r.objects[0]!.metadata.creationTimestamp, '2025-01-10T09:00:12Z');
  }
});

// How fast is measured by `npm run bench`; here, that both forms of a big dump load whole.
test('a large JSON or kubectl-style YAML dump is read whole', (t) => {
  const items = Array.from({ length: 3000 }, (_, i) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: `p${i}`, namespace: 'ns', labels: { app: `a${i % 10}` } }, spec: { containers: [{ name: 'c', image: 'nginx:1.27', ports: [{ containerPort: 80, protocol: 'TCP' }] }] } }));
  const json = JSON.stringify({ apiVersion: 'v1', kind: 'List', items });
  const yaml = `apiVersion: v1\nitems:\n${items.map((o) => `- apiVersion: v1\n  kind: Pod\n  metadata:\n    labels:\n      app: ${o.metadata.labels.app}\n    name: ${o.metadata.name}\n    namespace: ns\n  spec:\n    containers:\n    - image: nginx:1.27\n      name: c\n      ports:\n      - containerPort: 80\n        protocol: TCP\n`).join('')}kind: List\nmetadata:\n  resourceVersion: ""\n`;
  for (const text of [json, yaml]) {
    const r = parseManifests(text, 'f');
    t.true(r.ok && r.objects.length === 3000);
  }
});
