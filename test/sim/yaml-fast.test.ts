// The fast path for kubectl-style YAML must read exactly what the `yaml` package reads, or give
// up: a differential test over generated dumps, the fixtures and edge cases.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseAllDocuments, stringify } from 'yaml';
import { parseKubectlYaml } from '../../source/sim/yaml-fast.js';
import { generateCluster } from '../../source/sim/generate.js';

const noTimestamps = (tags: unknown[]) => tags.filter((t) => (t as { tag?: string }).tag !== 'tag:yaml.org,2002:timestamp');
function full(text: string): unknown[] {
  return parseAllDocuments(text, { version: '1.1', customTags: noTimestamps as never }).map((d) => {
    if ((d as { errors: unknown[] }).errors.length) throw new Error('invalid YAML');
    return d.toJS();
  }).filter((v) => v !== null && v !== undefined);
}
function fast(text: string): unknown[] | undefined {
  return parseKubectlYaml(text, noTimestamps)?.filter((v) => v !== null && v !== undefined);
}

// kubectl (go-yaml v2) writes sequences at their key's indentation; the yaml package can too
const kubectlStyle = (v: unknown) => stringify(v, { indentSeq: false, lineWidth: 0 });

test('a generated dump in kubectl style takes the fast path and reads the same', (t) => {
  const objects = generateCluster({ pods: 200, services: 40, namespaces: 5, policies: 10, ingresses: 5 });
  for (const style of [kubectlStyle, (v: unknown) => stringify(v)]) {
    const text = objects.map(style).join('---\n');
    const got = fast(text);
    t.truthy(got, 'fast path taken');
    t.deepEqual(got, full(text));
  }
  const list = kubectlStyle({ apiVersion: 'v1', kind: 'List', items: objects, metadata: { resourceVersion: '' } });
  t.deepEqual(fast(list), full(list));
});

test('the dump fixture takes the fast path and reads the same', (t) => {
  const text = readFileSync(fileURLToPath(new URL('fixtures/get-all-A.yaml', import.meta.url)), 'utf8');
  t.truthy(fast(text));
  t.deepEqual(fast(text), full(text));
});

const cases: Array<{ name: string; text: string; fast: boolean }> = [
  { name: 'scalars resolve as YAML 1.1', text: 'a: yes\nb: No\nc: on\nd: 0777\ne: 0x1F\nf: 1_000\ng: .5\nh: 1e3\ni: ~\nj: null\nk: 08\nl: "2"\nm: \'x\'\'y\'\nn: -1\no: 1:20\np: .inf\nq: 2025-01-10T09:00:12Z\nr: true\ns: 10.96.0.1\nt: v1.2\nu: 30080\n', fast: true },
  { name: 'y and n as keys are booleans', text: 'y: 1\nn: 2\n', fast: true },
  { name: 'compact and indented sequences', text: 'a:\n- 1\n- b: 2\n  c: 3\n- - x\nd:\n  - e\n', fast: false },
  { name: 'sequence of maps, kubectl style', text: 'items:\n- kind: Pod\n  metadata:\n    name: a\n    labels:\n      app: web\n  spec:\n    containers:\n    - name: c\n      ports:\n      - containerPort: 80\n        protocol: TCP\n- kind: Service\n  metadata: {}\n', fast: true },
  { name: 'literal block scalars and chomping', text: 'a: |\n  line 1\n    indented\n\n  line 3\n\nb: |-\n  x\n\n\nc: |+\n  y\n\n\nd: |\n  # not a comment\ne: x\nf: |\ng: 1\n', fast: true },
  { name: 'a literal at the end of the file', text: 'a: |\n  z\n', fast: true },
  { name: 'quoted scalars with escapes and comments', text: 'a: "tab\\there \\u00e9 \\"q\\" \\\\"  # c\nb: \'it\'\'s\'\n"c d": 1\n\'e\': 2\nf: "a: b"\n', fast: true },
  { name: 'comments, blank lines, CRLF', text: '# head\r\napiVersion: v1 # trailing\r\n\r\nkind: Pod\r\n  # indented comment\r\nmetadata:\r\n  name: a\r\n', fast: true },
  { name: 'documents and markers', text: '---\na: 1\n...\n---\n# only a comment\n---\nb: 2\n', fast: true },
  { name: 'empty values', text: 'a:\nb: {}\nc: []\nd: ""\ne:\n  f:\n', fast: true },
  { name: 'plain scalars with colons and hashes', text: 'url: http://example.com:8080/a#frag\nimage: nginx:1.27\nrange: 10.0.0.0/8\n', fast: true },
  { name: 'flow collections with content go to the full parser', text: 'a: {b: 1}\n', fast: false },
  { name: 'folded scalars go to the full parser', text: 'a: >\n  x\n  y\n', fast: false },
  { name: 'anchors go to the full parser', text: 'a: &x 1\nb: *x\n', fast: false },
  { name: 'multi-line plain scalars go to the full parser', text: 'a: one\n  two\n', fast: false },
  { name: 'multi-line quoted scalars go to the full parser', text: 'a: "one\n  two"\n', fast: false },
  { name: 'tags go to the full parser', text: 'a: !!str 1\n', fast: false },
  { name: 'merge keys go to the full parser', text: 'a: 1\n<<: {b: 2}\n', fast: false },
  { name: 'a block scalar with an indentation indicator goes to the full parser', text: 'a: |2\n   x\n', fast: false },
];
for (const c of cases) {
  test(`fast YAML: ${c.name}`, (t) => {
    const got = fast(c.text);
    t.is(got !== undefined, c.fast, 'fast path taken or not');
    if (got) t.deepEqual(got, full(c.text));
  });
}

const invalid = ['a: 1\na: 2\n', 'a: b: c\n', 'a:\n  - x\n  y: 1\n', 'a: 1\n b: 2\n', '- a\nb: 1\n', 'a: "open\n', '\ta: 1\n', 'a:\n\t- x\n', 'just text\n'];
for (const text of invalid) {
  test(`fast YAML gives up on what the full parser must judge: ${JSON.stringify(text)}`, (t) => {
    t.is(fast(text), undefined);
  });
}
