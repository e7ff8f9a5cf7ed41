// Properties of the NetworkPolicy evaluator over the e2e model cluster (namespaces x, y, z;
// pods a, b, c): policies only add up, so adding an allow rule never removes a connection, and
// a policy that selects no pod changes nothing.
import test from 'ava';
import fc from 'fast-check';
import { buildPolicyIndex, decide, type NetworkPolicy, type NetworkPolicyPeer, type NetworkPolicyPort, type NetworkPolicySpec, type PolicyIndex } from '../../source/sim/netpol/index.js';
import type { LabelSelector } from '../../source/sim/types.js';
import { modelPods, NAMESPACES, policy, podIP } from '../sim/netpol/model.js';

const RUNS = 200;

const selector: fc.Arbitrary<LabelSelector> = fc.oneof<fc.Arbitrary<LabelSelector>[]>(
  fc.constant({}),
  fc.constantFrom('a', 'b', 'c').map((p) => ({ matchLabels: { pod: p } })),
  fc.subarray(['a', 'b', 'c'], { minLength: 1 }).map((values) => ({ matchExpressions: [{ key: 'pod', operator: 'In' as const, values }] })),
  fc.constantFrom('a', 'b').map((p) => ({ matchExpressions: [{ key: 'pod', operator: 'NotIn' as const, values: [p] }] })),
);
const nsSelector = fc.oneof(fc.constant({}), fc.constantFrom('x', 'y', 'z').map((n) => ({ matchLabels: { ns: n } })));
const peer: fc.Arbitrary<NetworkPolicyPeer> = fc.oneof(
  selector.map((podSelector) => ({ podSelector })),
  nsSelector.map((namespaceSelector) => ({ namespaceSelector })),
  fc.tuple(selector, nsSelector).map(([podSelector, namespaceSelector]) => ({ podSelector, namespaceSelector })),
  fc.constantFrom<NetworkPolicyPeer>(
    { ipBlock: { cidr: '10.244.0.0/16' } }, { ipBlock: { cidr: '10.244.0.0/16', except: ['10.244.1.0/24'] } },
    { ipBlock: { cidr: '0.0.0.0/0' } }, { ipBlock: { cidr: '203.0.113.0/24' } },
  ),
);
const port: fc.Arbitrary<NetworkPolicyPort> = fc.constantFrom<NetworkPolicyPort>(
  { port: 80 }, { port: 81 }, { port: 80, protocol: 'UDP' }, { port: 'serve-81-tcp' }, { port: 80, endPort: 81 }, { protocol: 'TCP' },
);
const rule = fc.record({ peers: fc.option(fc.array(peer, { maxLength: 2 }), { nil: undefined }), ports: fc.option(fc.array(port, { maxLength: 2 }), { nil: undefined }) }, { requiredKeys: [] });
const policyTypes = fc.constantFrom<string[]>(['Ingress'], ['Egress'], ['Ingress', 'Egress']);

const specArb: fc.Arbitrary<NetworkPolicySpec> = fc.record({
  podSelector: selector, policyTypes,
  ingress: fc.array(rule, { maxLength: 2 }), egress: fc.array(rule, { maxLength: 2 }),
}).map((s) => ({
  podSelector: s.podSelector,
  policyTypes: s.policyTypes,
  ingress: s.ingress.map((r) => ({ ...(r.peers ? { from: r.peers } : {}), ...(r.ports ? { ports: r.ports } : {}) })),
  egress: s.egress.map((r) => ({ ...(r.peers ? { to: r.peers } : {}), ...(r.ports ? { ports: r.ports } : {}) })),
}));
const policies = fc.array(fc.tuple(fc.constantFrom(...NAMESPACES), specArb), { minLength: 1, maxLength: 3 })
  .map((list) => list.map(([ns, spec], i) => policy(ns, `p${i}`, spec)));

const index = (ps: NetworkPolicy[]): PolicyIndex =>
  buildPolicyIndex({ policies: ps, namespaces: NAMESPACES.map((n) => ({ name: n, labels: { ns: n } })), pods: modelPods });

/** Every pod-to-pod connection on 80 and 81 (TCP and UDP), plus an outside client to each pod. */
function allowedSet(idx: PolicyIndex): Set<string> {
  const out = new Set<string>();
  const ends = modelPods.map((p) => `${p.namespace}/${p.name}`);
  for (const protocol of ['TCP', 'UDP'])
    for (const portNo of [80, 81])
      for (const to of ends) {
        for (const from of ends) if (decide(idx, { src: { pod: from }, dst: { pod: to }, port: portNo, protocol }).allowed) out.add(`${from}>${to}:${portNo}/${protocol}`);
        if (decide(idx, { src: { ip: '203.0.113.9' }, dst: { pod: to }, port: portNo, protocol }).allowed) out.add(`ext>${to}:${portNo}/${protocol}`);
        if (decide(idx, { src: { pod: to }, dst: { ip: '198.51.100.7' }, port: portNo, protocol }).allowed) out.add(`${to}>out:${portNo}/${protocol}`);
      }
  return out;
}

test('adding an allow rule to a policy never removes a connection', (t) => {
  fc.assert(fc.property(policies, fc.nat(), fc.constantFrom('ingress', 'egress'), rule, (ps, which, direction, extra) => {
    const before = allowedSet(index(ps));
    const i = which % ps.length;
    const target = ps[i]!;
    const spec = structuredClone(target.spec!);
    const r = direction === 'ingress'
      ? { ...(extra.peers ? { from: extra.peers } : {}), ...(extra.ports ? { ports: extra.ports } : {}) }
      : { ...(extra.peers ? { to: extra.peers } : {}), ...(extra.ports ? { ports: extra.ports } : {}) };
    if (direction === 'ingress') spec.ingress = [...(spec.ingress ?? []), r]; else spec.egress = [...(spec.egress ?? []), r];
    const after = allowedSet(index(ps.map((p, j) => (j === i ? policy(p.metadata.namespace!, p.metadata.name!, spec) : p))));
    for (const c of before) if (!after.has(c)) return false;
    return true;
  }), { numRuns: RUNS });
  t.pass();
});

test('a policy selecting no pods changes nothing', (t) => {
  fc.assert(fc.property(fc.array(fc.tuple(fc.constantFrom(...NAMESPACES), specArb), { maxLength: 2 }), fc.constantFrom(...NAMESPACES), specArb, (list, ns, spec) => {
    const ps = list.map(([n, s], i) => policy(n, `p${i}`, s));
    const before = [...allowedSet(index(ps))].sort().join(',');
    const nobody = policy(ns, 'nobody', { ...spec, podSelector: { matchLabels: { pod: 'nobody' } } });
    const after = [...allowedSet(index([...ps, nobody]))].sort().join(',');
    return before === after;
  }), { numRuns: RUNS });
  t.pass();
});

test('with no policy at all every connection is allowed', (t) => {
  const all = allowedSet(index([]));
  t.is(all.size, 2 * 2 * 9 * (9 + 2));
  t.true(all.has(`x/a>y/b:80/TCP`));
  t.is(podIP('x', 'a'), '10.244.1.1');
});
