// Properties of the kubectl emulator's front door: parseCommandLine and runKubectl never throw
// on any words, and a command that fails leaves the cluster exactly as it was.
import test from 'ava';
import fc from 'fast-check';
import { parseCommandLine } from '../../source/kubectl/args.js';
import { runKubectl } from '../../source/kubectl/session.js';
import type { KObject } from '../../source/sim/types.js';

const RUNS = 200;

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(
    'get', 'describe', 'create', 'apply', 'delete', 'edit', 'patch', 'label', 'annotate', 'expose', 'run', 'scale', 'set', 'selector', 'image',
    'rollout', 'status', 'undo', 'exec', 'explain', 'replace', 'service', 'svc', 'clusterip', 'nodeport', 'deployment', 'deploy', 'ingress', 'ing',
    'netpol', 'pods', 'po', 'ep', 'all', 'web', 'db', 'pod/web', 'svc/web', 'deploy/web', '-n', 'default', 'x', '-A', '--all-namespaces', '-o', 'yaml',
    'json', 'wide', 'name', 'jsonpath={.items[*].metadata.name}', '-l', 'app=web', 'app!=web', '--selector', '-f', '-', 'missing.yaml', '--port',
    '80', '8080', '--target-port', '--type', 'NodePort', '--image', 'nginx', '--replicas', '3', '--dry-run=client', '--dry-run', 'server',
    '-p', '{"spec":{"type":"NodePort"}}', '--type=merge', '--type=json', '[{"op":"remove","path":"/spec"}]', '--overwrite', 'app=', 'app-',
    '--', 'curl', 'wget', '-qO-', 'http://web', 'nslookup', '--rm', '-it', '--restart=Never', '--help', '-h', '--force', '--grace-period=0',
    '--rule', 'a.example/=web:80', '--class', 'nginx', '--tcp', '80:8080', '--show-labels', '-w', '--watch', '--v=9', '-v', '--field-selector',
  ) },
  { weight: 2, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('-', '--', '---', '-=', '--=', '-o=', '--output=', '-n=', '-ojsonpath={', '-Ao', '-xyz', '--no-such-flag') },
);
const words = fc.array(word, { maxLength: 10 });

function seed(): KObject[] {
  return [
    { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] } },
    { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } }, spec: { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx', ports: [{ containerPort: 8080 }] }] } } } },
    { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'db', namespace: 'x', labels: { app: 'db' } }, spec: { containers: [{ name: 'pg', image: 'postgres' }] } },
  ] as KObject[];
}

test('parseCommandLine never throws, and answers ok or a kubectl error', (t) => {
  fc.assert(fc.property(words, (w) => {
    const r = parseCommandLine(w);
    return r.ok ? Array.isArray(r.command.path) : r.result.exitCode !== 0 && r.result.stderr.length > 0;
  }), { numRuns: RUNS * 3 });
  t.pass();
});

test('runKubectl never throws; a failing command changes nothing', (t) => {
  let failures = 0;
  fc.assert(fc.property(words, (w) => {
    const state = seed();
    const before = structuredClone(state);
    const r = runKubectl(w, {
      state, kubeadm: true, now: new Date('2026-01-01T00:00:00Z'), stdin: '',
      readFile: () => undefined, listDir: () => undefined,
      editor: () => ({ error: 'no editor in this test' }),
    });
    if (typeof r.exitCode !== 'number' || typeof r.stdout !== 'string' || typeof r.stderr !== 'string') return false;
    if (r.exitCode !== 0) {
      failures++;
      if (r.changed || r.state !== state) return false;
    }
    if (!r.changed && r.state !== state) return false;
    // the input array and its objects are never written to, whatever the outcome
    t.deepEqual(state, before);
    return true;
  }), { numRuns: RUNS });
  t.true(failures > 0);
});

test('a failing command after a successful one keeps the first one\'s state', (t) => {
  fc.assert(fc.property(fc.constantFrom('nope', 'get', 'delete', 'label'), fc.array(word, { maxLength: 4 }), (verb, rest) => {
    const env = { kubeadm: true, now: new Date('2026-01-01T00:00:00Z'), stdin: '', readFile: () => undefined, listDir: () => undefined };
    const first = runKubectl(['label', 'svc', 'web', 'tier=front'], { ...env, state: seed() });
    if (first.exitCode !== 0 || !first.changed) return false;
    const snapshot = JSON.stringify(first.state);
    const second = runKubectl([verb, ...rest, '--no-such-flag'], { ...env, state: first.state });
    return second.exitCode !== 0 && second.state === first.state && JSON.stringify(first.state) === snapshot;
  }), { numRuns: 60 });
  t.pass();
});
