// route() with NetworkPolicy plugged into its seam (netpol-seam.ts): backends are only the
// endpoints NetworkPolicy lets the connection land on, and the trace names the deciding policy.
import test from 'ava';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { route } from '../../source/sim/route.js';
import { findService } from '../../source/sim/cluster.js';
import { nodeInternalIP } from '../../source/sim/nodes.js';
import { simCommand } from '../../source/cli/sim.js';
import { app, clusterFrom } from './helpers.js';

const BASE = `
apiVersion: v1
kind: Namespace
metadata: {name: shop, labels: {team: shop}}
---
${app({ ns: 'shop', name: 'web', portName: 'http', type: 'NodePort', extra: '' })}
apiVersion: v1
kind: Pod
metadata: {name: client, namespace: default, labels: {app: client}}
spec: {containers: [{name: c, image: busybox}]}
---
apiVersion: v1
kind: Pod
metadata: {name: intruder, namespace: default, labels: {app: intruder}}
spec: {containers: [{name: c, image: busybox}]}
---
`;

const DENY_ALL = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: default-deny, namespace: shop}
spec: {podSelector: {}, policyTypes: [Ingress]}
---
`;

const allowClient = (ports: string) => `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-client, namespace: shop}
spec:
  podSelector: {matchLabels: {app: web}}
  ingress:
  - from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: default}}, podSelector: {matchLabels: {app: client}}}]
    ports: [${ports}]
---
`;

const trace = (r: { hops: Array<{ status: string; step: string; detail: string }> }) => r.hops.map((h) => `${h.status} ${h.step}: ${h.detail}`).join('\n');

test('no NetworkPolicy at all: reachable, and the trace says none selects the pods', (t) => {
  const c = clusterFrom(BASE);
  const r = route(c, { from: 'default/client', to: 'web.shop:80' });
  t.true(r.reachable, trace(r));
  t.is(r.backends.length, 2);
  t.is(r.hops.filter((h) => h.step === 'policy').length, 1, 'one shared hop, not one per endpoint');
  t.regex(trace(r), /no NetworkPolicy selects .*: allowed/);
});

test('default-deny in the server namespace blocks a pod → Service route, naming the policy', (t) => {
  const c = clusterFrom(BASE + DENY_ALL);
  const r = route(c, { from: 'default/client', to: 'web.shop:80' });
  t.false(r.reachable, trace(r));
  t.deepEqual(r.backends, []);
  t.regex(r.reason, /^NetworkPolicy shop\/default-deny \(ingress\) blocks pod default\/client from every one of the 2 endpoints of Service shop\/web \(port 8080\/TCP\): .*none of its rules allows pods app=client from namespace default on 8080\/TCP/);
  t.true(r.hops.some((h) => h.step === 'policy' && h.status === 'fail' && /shop\/default-deny has no ingress rules: it denies all ingress/.test(h.detail)), trace(r));
  t.regex(trace(r), /no NetworkPolicy selects pod default\/client for egress: allowed/);
});

test('an allow rule for the client\'s labels opens it, for that client only', (t) => {
  const c = clusterFrom(BASE + DENY_ALL + allowClient('{port: 8080}'));
  const r = route(c, { from: 'default/client', to: 'web.shop:80' });
  t.true(r.reachable, trace(r));
  t.is(r.backends.length, 2);
  t.true(r.hops.some((h) => h.status === 'ok' && /shop\/allow-client ingress\[0\] allows pods app=client in namespaces kubernetes\.io\/metadata\.name=default on 8080\/TCP/.test(h.detail)), trace(r));
  const other = route(c, { from: 'default/intruder', to: 'web.shop:80' });
  t.false(other.reachable, trace(other));
  t.regex(other.reason, /NetworkPolicies shop\/default-deny, shop\/allow-client \(ingress\) block pod default\/intruder/);
  t.true(other.hops.some((h) => /allow-client ingress\[0\] allows pods app=client .*; pod default\/intruder \(app=intruder\) does not match podSelector app=client/.test(h.detail)), trace(other));
});

test('egress deny on the client blocks, naming the client\'s policy', (t) => {
  const c = clusterFrom(BASE + `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: no-egress, namespace: default}
spec: {podSelector: {matchLabels: {app: client}}, policyTypes: [Egress]}
`);
  const r = route(c, { from: 'default/client', to: `${findService(c, 'shop/web')!.spec.clusterIP}:80` });
  t.false(r.reachable, trace(r));
  t.regex(r.reason, /^NetworkPolicy default\/no-egress \(egress of pod default\/client\) blocks pod default\/client/);
  t.regex(trace(r), /default\/no-egress has no egress rules/);
  t.true(route(c, { from: 'default/intruder', to: `${findService(c, 'shop/web')!.spec.clusterIP}:80` }).reachable);
});

test('a named port in the policy is resolved on the destination pod', (t) => {
  const named = clusterFrom(BASE + DENY_ALL + allowClient('{port: http}'));
  const r = route(named, { from: 'default/client', to: 'web.shop:80' });
  t.true(r.reachable, trace(r));
  t.regex(trace(r), /on named port http\/TCP, which covers/);
  const wrong = clusterFrom(BASE + DENY_ALL + allowClient('{port: metrics}'));
  const w = route(wrong, { from: 'default/client', to: 'web.shop:80' });
  t.false(w.reachable, trace(w));
  t.regex(trace(w), /but only on named port metrics\/TCP \(pod shop\/web-[a-z0-9-]+ declares no TCP container port named metrics\)/);
});

test('a pod-IP connection goes through NetworkPolicy too', (t) => {
  const c = clusterFrom(BASE + DENY_ALL + allowClient('{port: 8080}'));
  const web = [...c.index.pods.values()].find((p) => p.metadata.namespace === 'shop')!;
  const to = `${web.status!.podIP}:8080`;
  t.true(route(c, { from: 'default/client', to }).reachable);
  const r = route(c, { from: 'default/intruder', to });
  t.false(r.reachable, trace(r));
  t.regex(r.reason, /block pod default\/intruder from pod shop\/web-.* on 8080\/TCP/);
});

test('NodePort from outside: SNATed to the node (ipBlock of the node matches); externalTrafficPolicy Local keeps the unknown client address', (t) => {
  const probe = clusterFrom(BASE);
  const nodeIP = nodeInternalIP(probe.index.nodeOrder[0]!)!;
  const allowNode = `
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: allow-nodes, namespace: shop}
spec:
  podSelector: {}
  ingress: [{from: [{ipBlock: {cidr: ${nodeIP}/32}}]}]
---
`;
  const c = clusterFrom(BASE + DENY_ALL + allowNode);
  const nodePort = findService(c, 'shop/web')!.spec.ports![0]!.nodePort!;
  const r = route(c, { from: 'external', to: `${nodeIP}:${nodePort}` });
  t.true(r.reachable, trace(r));
  t.regex(trace(r), /allow-nodes ingress\[0\] allows IPs in .*\/32/);

  const local = clusterFrom((BASE + DENY_ALL + allowNode).replace('type: NodePort', 'type: NodePort\n  externalTrafficPolicy: Local'));
  const np2 = findService(local, 'shop/web')!.spec.ports![0]!.nodePort!;
  const l = route(local, { from: 'external', to: `${nodeIP}:${np2}` });
  t.false(l.reachable, trace(l));
  t.regex(l.reason, /clients outside the cluster/);
});

test('CLI: the human output of a denied connection names the policy and the missing rule', (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'kubeprep-netpol-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));
  const file = join(dir, 'cluster.yaml');
  writeFileSync(file, BASE + DENY_ALL + allowClient('{port: 9090}'));
  const r = simCommand('route', ['-f', file, '--from', 'default/client', '--to', 'web.shop:80']);
  t.is(r.exitCode, 1, r.stdout + r.stderr);
  t.regex(r.stdout, /^NOT reachable: default\/client → web\.shop:80\n/);
  t.regex(r.stdout, /\d+\. XX policy +NetworkPolicies shop\/default-deny, shop\/allow-client select web-[a-z0-9-]+ for ingress and none of their rules allows pods app=client from namespace default on 8080\/TCP/);
  t.regex(r.stdout, /!! policy +shop\/allow-client ingress\[0\] allows pods app=client in namespaces kubernetes\.io\/metadata\.name=default, but only on 9090\/TCP/);
  t.regex(r.stdout, /\nNetworkPolicies shop\/default-deny, shop\/allow-client \(ingress\) block pod default\/client from every one of the 2 endpoints/);
  const j = JSON.parse(simCommand('route', ['-f', file, '--from', 'default/client', '--to', 'web.shop:80', '-o', 'json']).stdout);
  t.deepEqual(j.backends, []);
  t.false(j.reachable);
});
