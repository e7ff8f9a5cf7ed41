// The simulated API server behind the emulator: metadata it writes, values it keeps stable
// across commands, refusals that leave the state alone, and the cache that keeps reads cheap.
import test from 'ava';
import type { KObject } from '../../../source/sim/types.js';
import { runKubectl } from '../../../source/kubectl/session.js';
import { viewOf } from '../../../source/kubectl/api/view.js';
import { generateCluster } from '../../../source/sim/generate.js';
import { clusterState } from '../fixtures.js';

const NOW = new Date('2025-02-01T12:00:00Z');
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000);

function jsonpath(state: KObject[], ...words: string[]): string {
  return runKubectl(['get', ...words], { state, now: NOW }).stdout;
}

test('a created object gets uid, creationTimestamp, resourceVersion and (for workloads) generation', (t) => {
  const r = runKubectl(['create', 'deployment', 'api', '--image=nginx'], { state: [], now: NOW, kubeadm: true });
  t.true(r.changed);
  const d = r.state.find((o) => o.kind === 'Deployment' && o.metadata.name === 'api')!;
  t.is(d.metadata.creationTimestamp, '2025-02-01T12:00:00Z');
  t.regex(d.metadata.uid!, /^[0-9a-f-]{36}$/);
  t.regex(String(d.metadata.resourceVersion), /^\d+$/);
  t.is(d.metadata.generation, 1);
  t.is(d.metadata.annotations?.['deployment.kubernetes.io/revision'], '1', 'the Deployment controller\'s first revision');
});

test('allocated values and metadata stay the same from command to command', (t) => {
  let state = clusterState();
  const read = () => jsonpath(state, 'svc', 'api', '-n', 'shop', '-o', 'jsonpath={.spec.clusterIP} {.spec.ports[0].nodePort} {.metadata.uid} {.metadata.creationTimestamp}');
  const first = read();
  for (const [i, words] of [['label', 'svc', 'web', '-n', 'shop', 'a=b'], ['create', 'service', 'nodeport', 'np', '--tcp=80', '-n', 'shop'], ['scale', 'deploy', 'web', '--replicas=4', '-n', 'shop']].entries()) {
    const r = runKubectl(words, { state, now: later(i + 1) });
    t.is(r.exitCode, 0, r.stderr);
    state = r.state;
    t.is(read(), first);
  }
  // a later Service's allocation does not take the earlier one's
  t.not(jsonpath(state, 'svc', 'np', '-n', 'shop', '-o', 'jsonpath={.spec.ports[0].nodePort}'), '30080');
});

test('a refused change hands back the same state', (t) => {
  const state = clusterState();
  for (const words of [
    ['create', 'service', 'nodeport', 'np', '--tcp=80', '--node-port=99999', '-n', 'shop'],
    ['patch', 'svc', 'web', '-n', 'shop', '-p', '{"spec":{"type":"Bogus"}}'],
    ['label', 'svc', 'web', '-n', 'shop', 'app=x'],
    ['delete', 'svc', 'nope'],
  ]) {
    const r = runKubectl(words, { state, now: NOW });
    t.is(r.exitCode, 1, words.join(' '));
    t.false(r.changed);
    t.is(r.state, state);
  }
});

test('resourceVersion grows with every write; generation with every spec change', (t) => {
  let state = clusterState();
  const rv = () => Number(jsonpath(state, 'netpol', 'deny-all', '-n', 'shop', '-o', 'jsonpath={.metadata.resourceVersion}'));
  const gen = () => jsonpath(state, 'netpol', 'deny-all', '-n', 'shop', '-o', 'jsonpath={.metadata.generation}');
  const rv0 = rv();
  state = runKubectl(['label', 'netpol', 'deny-all', '-n', 'shop', 'x=y'], { state, now: NOW }).state;
  t.true(rv() > rv0);
  t.is(gen(), '1');
  state = runKubectl(['patch', 'netpol', 'deny-all', '-n', 'shop', '--type=merge', '-p', '{"spec":{"policyTypes":["Ingress","Egress"]}}'], { state, now: NOW }).state;
  t.is(gen(), '2');
});

test('a Deployment\'s pods take its creation time; the pods of a new template are new', (t) => {
  let state = clusterState();
  const pods = () => jsonpath(state, 'pods', '-n', 'shop', '-o', 'jsonpath={range .items[*]}{.metadata.name} {.metadata.creationTimestamp}{"\\n"}{end}');
  t.regex(pods(), /^web-\w+-\w+ 2025-01-01T00:00:00Z\nweb-\w+-\w+ 2025-01-01T00:00:00Z\n$/);
  const r = runKubectl(['set', 'image', 'deploy/web', 'nginx=nginx:1.28', '-n', 'shop'], { state, now: NOW });
  state = r.state;
  const after = pods();
  t.regex(after, /^web-\w+-\w+ 2025-02-01T12:00:00Z\nweb-\w+-\w+ 2025-02-01T12:00:00Z\n$/);
  t.regex(jsonpath(state, 'deploy', 'web', '-n', 'shop', '-o', 'jsonpath={.metadata.annotations.deployment\\.kubernetes\\.io/revision}'), /^2$/);
});

test('a kubeadm cluster keeps its own objects in the state once something changes', (t) => {
  const r = runKubectl(['create', 'ns', 'dev'], { state: [], now: NOW, kubeadm: true });
  t.deepEqual(r.state.map((o) => `${o.kind}/${o.metadata.name}`).filter((k) => /Service|Namespace\/dev/.test(k)), ['Service/kubernetes', 'Service/kube-dns', 'Namespace/dev']);
  const again = runKubectl(['get', 'svc', '-A', '-o', 'name'], { state: r.state, now: NOW, kubeadm: true });
  t.is(again.stdout, 'service/kubernetes\nservice/kube-dns\n');
});

// The speed itself is measured by `npm run bench` (timed tests are flaky under load);
// here, the property that makes it fast: the cluster is built once per state.
test('get svc -A on a 5,000-pod cluster answers from the cluster built once for that state', (t) => {
  const state = generateCluster({ pods: 5000, services: 1000, namespaces: 50 });
  const env = { state, now: NOW };
  const first = runKubectl(['get', 'svc', '-A'], env);
  t.is(first.stdout.split('\n').length, 1002);
  t.is(viewOf(state, { now: NOW }), viewOf(state, { now: NOW }), 'the view is built once');
  t.is(runKubectl(['get', 'svc', '-A'], env).stdout, first.stdout);
});
