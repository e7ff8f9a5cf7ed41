import test from 'ava';
import { buildPolicyIndex, decide, effectivePolicyTypes, parseCIDR, parseIP, cidrContains } from '../../../source/sim/netpol/index.js';
import { modelIndex, policy, podIP } from './model.js';

const allowed = (idx: ReturnType<typeof modelIndex>, from: string, to: string, port = 80, protocol = 'TCP'): boolean =>
  decide(idx, { src: { pod: from }, dst: { pod: to }, port, protocol }).allowed;

// ---------------------------------------------------------------------------------------------
// NetworkPolicySpec.policyTypes (SetDefaults_NetworkPolicy)
const typeCases: Array<{ spec: Parameters<typeof effectivePolicyTypes>[0]; want: string[] }> = [
  { spec: {}, want: ['Ingress'] },
  { spec: { ingress: [{}] }, want: ['Ingress'] },
  { spec: { egress: [{}] }, want: ['Ingress', 'Egress'] },
  { spec: { egress: [] }, want: ['Ingress'] },
  { spec: { policyTypes: ['Egress'], ingress: [{}] }, want: ['Egress'] },
];
for (const c of typeCases) {
  test(`policyTypes default for ${JSON.stringify(c.spec)} is ${c.want.join('+')}`, (t) => {
    t.deepEqual(effectivePolicyTypes(c.spec), c.want);
  });
}

test('policyTypes [Egress] with ingress rules: ingress is not isolated (the rules are ignored)', (t) => {
  const idx = modelIndex(policy('x', 'p', { podSelector: {}, policyTypes: ['Egress'], ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'nobody' } } }] }], egress: [{}] }));
  t.true(allowed(idx, 'y/a', 'x/a'));
});

// ---------------------------------------------------------------------------------------------
// Rules: missing/empty from = all sources, missing/empty ports = all ports; rules and policies add up
test('an ingress rule without from allows every source (pods and outside addresses)', (t) => {
  const idx = modelIndex(policy('x', 'p', { podSelector: {}, ingress: [{ ports: [{ port: 80 }] }] }));
  t.true(allowed(idx, 'z/c', 'x/a'));
  t.true(decide(idx, { src: { ip: '203.0.113.9' }, dst: { pod: 'x/a' }, port: 80 }).allowed);
  t.false(allowed(idx, 'z/c', 'x/a', 81));
});

test('from: [] counts as missing: all sources', (t) => {
  const idx = modelIndex(policy('x', 'p', { podSelector: {}, ingress: [{ from: [], ports: [] }] }));
  t.true(allowed(idx, 'y/b', 'x/b', 81));
});

test('ingress: [] with Ingress policyType denies all ingress', (t) => {
  const idx = modelIndex(policy('x', 'p', { podSelector: {}, ingress: [] }));
  t.false(allowed(idx, 'x/b', 'x/a'));
});

test('policies are additive: a deny-all and an allow together allow what the allow says', (t) => {
  const idx = modelIndex(
    policy('x', 'deny-all', { podSelector: {}, policyTypes: ['Ingress'] }),
    policy('x', 'allow-b', { podSelector: { matchLabels: { pod: 'a' } }, ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'b' } } }] }] }),
  );
  const d = decide(idx, { src: { pod: 'x/b' }, dst: { pod: 'x/a' }, port: 80 });
  t.true(d.allowed);
  t.deepEqual(d.decidedBy, ['x/allow-b']);
  t.deepEqual(d.ingress.policies, ['x/deny-all', 'x/allow-b']);
  t.false(allowed(idx, 'x/c', 'x/a'));
});

test('namespaceSelector {} with a podSelector: matching pods in every namespace', (t) => {
  const idx = modelIndex(policy('x', 'p', { podSelector: { matchLabels: { pod: 'a' } }, ingress: [{ from: [{ namespaceSelector: {}, podSelector: { matchLabels: { pod: 'c' } } }] }] }));
  t.true(allowed(idx, 'z/c', 'x/a'));
  t.false(allowed(idx, 'z/b', 'x/a'));
});

test('NotIn and DoesNotExist select namespaces that lack the key', (t) => {
  const idx = modelIndex(policy('x', 'p', {
    podSelector: {},
    ingress: [{ from: [{ namespaceSelector: { matchExpressions: [{ key: 'team', operator: 'NotIn', values: ['red'] }, { key: 'env', operator: 'DoesNotExist' }] } }] }],
  }));
  t.true(allowed(idx, 'y/a', 'x/a'));
});

// ---------------------------------------------------------------------------------------------
// Ports: number, name (resolved on the destination pod with its protocol), endPort, protocol default TCP
test('protocol defaults to TCP: a TCP rule does not allow UDP', (t) => {
  const idx = modelIndex(policy('x', 'p', { podSelector: {}, ingress: [{ ports: [{ port: 80 }] }] }));
  t.true(allowed(idx, 'y/a', 'x/a', 80, 'TCP'));
  t.false(allowed(idx, 'y/a', 'x/a', 80, 'UDP'));
});

test('a port entry with a protocol but no port allows every port of that protocol', (t) => {
  const idx = modelIndex(policy('x', 'p', { podSelector: {}, ingress: [{ ports: [{ protocol: 'UDP' }] }] }));
  t.true(allowed(idx, 'y/a', 'x/a', 5353, 'UDP'));
  t.false(allowed(idx, 'y/a', 'x/a', 80, 'TCP'));
});

test('endPort: a range from port to endPort, inclusive', (t) => {
  const idx = modelIndex(policy('x', 'p', { podSelector: {}, ingress: [{ ports: [{ port: 32000, endPort: 32768 }] }] }));
  t.true(allowed(idx, 'y/a', 'x/a', 32000));
  t.true(allowed(idx, 'y/a', 'x/a', 32768));
  t.false(allowed(idx, 'y/a', 'x/a', 32769));
});

test('named ports resolve on the destination pod with the protocol', (t) => {
  const idx = modelIndex(policy('x', 'p', { podSelector: {}, ingress: [{ ports: [{ port: 'serve-81-udp', protocol: 'UDP' }] }] }));
  t.true(allowed(idx, 'y/a', 'x/a', 81, 'UDP'));
  t.false(allowed(idx, 'y/a', 'x/a', 81, 'TCP'));
  const mismatch = modelIndex(policy('x', 'p', { podSelector: {}, ingress: [{ ports: [{ port: 'serve-81-tcp', protocol: 'UDP' }] }] }));
  t.false(allowed(mismatch, 'y/a', 'x/a', 81, 'UDP'), 'serve-81-tcp is a TCP port: a UDP rule naming it matches nothing');
});

test('egress named ports cannot match a destination outside the pods', (t) => {
  const idx = modelIndex(policy('x', 'p', { podSelector: {}, policyTypes: ['Egress'], egress: [{ ports: [{ port: 'serve-80-tcp' }] }] }));
  t.true(decide(idx, { src: { pod: 'x/a' }, dst: { pod: 'y/a' }, port: 80 }).allowed);
  t.false(decide(idx, { src: { pod: 'x/a' }, dst: { ip: '8.8.8.8' }, port: 80 }).allowed);
});

// ---------------------------------------------------------------------------------------------
// Peers: ipBlock, and traffic from outside the cluster
test('traffic from outside the cluster is matched only by ipBlock', (t) => {
  const idx = modelIndex(policy('x', 'p', {
    podSelector: {},
    ingress: [{ from: [{ namespaceSelector: {} }] }, { from: [{ ipBlock: { cidr: '203.0.113.0/24', except: ['203.0.113.128/25'] } }] }],
  }));
  t.true(decide(idx, { src: { ip: '203.0.113.5' }, dst: { pod: 'x/a' }, port: 80 }).allowed);
  t.false(decide(idx, { src: { ip: '203.0.113.200' }, dst: { pod: 'x/a' }, port: 80 }).allowed, 'in except');
  const node = decide(idx, { src: { ip: '172.18.0.2', node: 'node-1' }, dst: { pod: 'x/a' }, port: 80 });
  t.false(node.allowed, 'a node IP is not a pod: namespaceSelector {} does not match it');
});

test('a client outside the cluster with unknown address: only a /0 ipBlock surely allows it', (t) => {
  const wide = modelIndex(policy('x', 'p', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '0.0.0.0/0' } }] }] }));
  t.true(decide(wide, { src: {}, dst: { pod: 'x/a' }, port: 80 }).allowed);
  const narrow = modelIndex(policy('x', 'p', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '203.0.113.0/24' } }] }] }));
  const d = decide(narrow, { src: {}, dst: { pod: 'x/a' }, port: 80 });
  t.false(d.allowed);
  t.regex(d.hops.find((h) => h.status === 'fail')!.detail, /none of its rules allows clients outside the cluster \(address unknown/);
});

test('an unknown pod reference is flagged, not silently taken for a pod', (t) => {
  const d = decide(modelIndex(), { src: { pod: 'x/nope' }, dst: { pod: 'x/a' }, port: 80 });
  t.is(d.hops[0]!.status, 'warn');
  t.regex(d.hops[0]!.detail, /no pod x\/nope is known/);
});

test('a bare destination IP that is a pod IP is that pod', (t) => {
  const idx = modelIndex(policy('x', 'deny', { podSelector: {}, policyTypes: ['Ingress'] }));
  t.false(decide(idx, { src: { pod: 'y/a' }, dst: { ip: podIP('x', 'b') }, port: 80 }).allowed);
});

test('IPv6 ipBlocks', (t) => {
  const idx = buildPolicyIndex({
    policies: [policy('v6', 'p', { podSelector: {}, ingress: [{ from: [{ ipBlock: { cidr: '2001:db8::/32', except: ['2001:db8:ffff::/48'] } }] }] })],
    pods: [{ namespace: 'v6', name: 'a', ip: 'fd00::1' }],
  });
  t.true(decide(idx, { src: { ip: '2001:db8:1::5' }, dst: { pod: 'v6/a' }, port: 80 }).allowed);
  t.false(decide(idx, { src: { ip: '2001:db8:ffff::5' }, dst: { pod: 'v6/a' }, port: 80 }).allowed);
  t.false(decide(idx, { src: { ip: '10.0.0.1' }, dst: { pod: 'v6/a' }, port: 80 }).allowed);
});

test('CIDR parsing follows ParseCIDR (sloppy): host bits are masked, leading zeros accepted', (t) => {
  t.true(cidrContains(parseCIDR('10.1.2.3/8')!, parseIP('10.200.0.1')!));
  t.truthy(parseCIDR('010.0.0.0/8'));
  t.is(parseCIDR('10.0.0.0/33'), null);
  t.is(parseCIDR('10.0.0.0'), null);
  t.is(parseCIDR('::1/129'), null);
  t.truthy(parseCIDR('::ffff:10.0.0.0/104'));
});

// ---------------------------------------------------------------------------------------------
// The trace: names the policy (or its absence), and on a deny says what is missing
function shop() {
  return buildPolicyIndex({
    policies: [policy('shop', 'deny-all', { podSelector: {}, policyTypes: ['Ingress'] })],
    namespaces: [{ name: 'shop' }],
    pods: [
      { namespace: 'shop', name: 'web-7d4f9-abcde', labels: { app: 'web', 'pod-template-hash': '7d4f9' }, ip: '10.244.0.5' },
      { namespace: 'shop', name: 'db-0', labels: { app: 'db' }, ip: '10.244.0.6', ports: [{ name: 'postgres', containerPort: 5432 }] },
    ],
  });
}

test('trace: no policy selects the pod', (t) => {
  const idx = modelIndex();
  const d = decide(idx, { src: { pod: 'y/b' }, dst: { pod: 'x/a' }, port: 80 });
  t.deepEqual(d.hops.map((h) => h.detail), [
    'no NetworkPolicy selects pod y/b for egress: allowed',
    'no NetworkPolicy selects pod x/a for ingress: allowed',
  ]);
  t.deepEqual(d.decidedBy, []);
});

test('trace: a deny names the policy and the missing rule in the learner\'s terms', (t) => {
  const d = decide(shop(), { src: { pod: 'shop/web-7d4f9-abcde' }, dst: { pod: 'shop/db-0' }, port: 5432 });
  t.false(d.allowed);
  t.deepEqual(d.decidedBy, ['shop/deny-all']);
  const fail = d.hops.filter((h) => h.status === 'fail');
  t.is(fail[0]!.detail, 'NetworkPolicy shop/deny-all selects db-0 for ingress and none of its rules allows pods app=web from namespace shop on 5432/TCP');
  t.regex(fail[1]!.detail, /shop\/deny-all has no ingress rules: it denies all ingress/);
});

test('trace: near misses say what differs — the port, the namespace, the labels', (t) => {
  const idx = modelIndex(policy('x', 'allow-web', {
    podSelector: { matchLabels: { pod: 'a' } },
    ingress: [
      { from: [{ podSelector: { matchLabels: { pod: 'b' } } }], ports: [{ port: 8080 }] },
      { from: [{ podSelector: { matchLabels: { pod: 'c' } } }] },
      { from: [{ namespaceSelector: { matchLabels: { ns: 'z' } } }] },
    ],
  }));
  const portMiss = decide(idx, { src: { pod: 'x/b' }, dst: { pod: 'x/a' }, port: 80 });
  t.true(portMiss.hops.some((h) => h.detail === 'x/allow-web ingress[0] allows pods pod=b in namespace x, but only on 8080/TCP'));
  const nsMiss = decide(idx, { src: { pod: 'y/c' }, dst: { pod: 'x/a' }, port: 80 });
  t.true(nsMiss.hops.some((h) => /ingress\[1\] allows pods pod=c in namespace x on all ports; a podSelector without namespaceSelector only selects pods in the policy's namespace x; pod y\/c is in namespace y \(add a namespaceSelector\)/.test(h.detail)));
  t.true(nsMiss.hops.some((h) => /ingress\[2\] .*namespace y \(ns=y,kubernetes.io\/metadata.name=y\) does not match namespaceSelector ns=z/.test(h.detail)));
  const labelMiss = decide(idx, { src: { pod: 'x/a' }, dst: { pod: 'x/a' }, port: 80 });
  t.true(labelMiss.hops.some((h) => /ingress\[1\] .*pod x\/a \(pod=a\) does not match podSelector pod=c/.test(h.detail)));
  t.true(labelMiss.hops.some((h) => h.status === 'warn' && /connects to itself/.test(h.detail)), 'loopback is flagged as undefined behaviour');
});

test('trace: an allow names the policy and rule that allowed it', (t) => {
  const idx = modelIndex(policy('x', 'allow-y', { podSelector: {}, ingress: [{ from: [{ namespaceSelector: { matchLabels: { ns: 'y' } } }], ports: [{ port: 80 }] }] }));
  const d = decide(idx, { src: { pod: 'y/a' }, dst: { pod: 'x/b' }, port: 80 });
  t.true(d.allowed);
  t.deepEqual(d.decidedBy, ['x/allow-y']);
  t.is(d.hops[1]!.detail, 'NetworkPolicy x/allow-y selects b for ingress; x/allow-y ingress[0] allows all pods in namespaces ns=y on 80/TCP, which covers pods pod=a from namespace y on 80/TCP');
});

test('trace: a named port that the destination does not declare is called out', (t) => {
  const idx = modelIndex(policy('x', 'p', { podSelector: {}, ingress: [{ ports: [{ port: 'http' }] }] }));
  const d = decide(idx, { src: { pod: 'y/a' }, dst: { pod: 'x/a' }, port: 80 });
  t.true(d.hops.some((h) => /pod x\/a declares no TCP container port named http/.test(h.detail)));
});

test('trace: the source is the pod\'s own node', (t) => {
  const idx = buildPolicyIndex({
    policies: [policy('x', 'deny', { podSelector: {}, policyTypes: ['Ingress'] })],
    pods: [{ namespace: 'x', name: 'a', ip: '10.244.1.1', nodeName: 'node-1' }],
  });
  const d = decide(idx, { src: { ip: '172.18.0.2', node: 'node-1' }, dst: { pod: 'x/a' }, port: 80 });
  t.false(d.allowed);
  t.true(d.hops.some((h) => h.status === 'warn' && /own node \(node-1\)/.test(h.detail)));
});

test('egress deny: the trace says which destination the egress rules miss', (t) => {
  const idx = modelIndex(policy('x', 'only-dns', { podSelector: { matchLabels: { pod: 'a' } }, policyTypes: ['Egress'], egress: [{ ports: [{ port: 53, protocol: 'UDP' }] }] }));
  const d = decide(idx, { src: { pod: 'x/a' }, dst: { ip: '93.184.216.34' }, port: 443 });
  t.false(d.allowed);
  t.deepEqual(d.decidedBy, ['x/only-dns']);
  t.is(d.hops.find((h) => h.status === 'fail')!.detail, 'NetworkPolicy x/only-dns selects a for egress and none of its rules allows 93.184.216.34 (not a pod: only an ipBlock can allow it) on 443/TCP');
});

// ---------------------------------------------------------------------------------------------
// Scale: 5,000 pods, 500 policies — decisions stay lookups
test('a large index answers like a small one', (t) => {
  const pods = Array.from({ length: 5000 }, (_, i) => ({ namespace: `ns-${i % 50}`, name: `p-${i}`, labels: { app: `app-${i % 20}`, tier: i % 2 ? 'fe' : 'be' }, ip: `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` }));
  const policies = Array.from({ length: 500 }, (_, i) => policy(`ns-${i % 50}`, `pol-${i}`, {
    podSelector: { matchLabels: { app: `app-${i % 20}` } },
    ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': `ns-${(i + 1) % 50}` } }, podSelector: { matchExpressions: [{ key: 'tier', operator: 'In', values: ['fe'] }] } }], ports: [{ port: 8000 + (i % 10) }] }],
  }));
  const idx = buildPolicyIndex({ policies, pods });
  // p-0 (ns-0, app-0) is selected by pol-0, pol-100, … pol-400 (i%50==0, i%20==0): each allows ns-1 fe pods on 8000.
  t.deepEqual(decide(idx, { src: { pod: 'ns-1/p-1' }, dst: { pod: 'ns-0/p-0' }, port: 8000 }).decidedBy, ['ns-0/pol-0', 'ns-0/pol-100', 'ns-0/pol-200', 'ns-0/pol-300', 'ns-0/pol-400']);
  t.false(decide(idx, { src: { pod: 'ns-1/p-1' }, dst: { pod: 'ns-0/p-0' }, port: 8001 }).allowed);
  t.false(decide(idx, { src: { pod: 'ns-2/p-2' }, dst: { pod: 'ns-0/p-0' }, port: 8000 }).allowed);
});
