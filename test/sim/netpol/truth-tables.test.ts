// Truth tables after Kubernetes' e2e netpol tests (test/e2e/network/netpol/network_policy.go):
// same model, same policies, expectations printed as the e2e tests print them.
import test from 'ava';
import { modelIndex, policy, truthTable, tbl } from './model.js';

const ALL_OPEN = tbl(`
     x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  .   .   .   .   .   .   .   .   .
x/b  .   .   .   .   .   .   .   .   .
x/c  .   .   .   .   .   .   .   .   .
y/a  .   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  .   .   .   .   .   .   .   .   .
z/a  .   .   .   .   .   .   .   .   .
z/b  .   .   .   .   .   .   .   .   .
z/c  .   .   .   .   .   .   .   .   .
`);

test('no policies: everything reaches everything', (t) => {
  t.is(truthTable(modelIndex(), 80), ALL_OPEN);
});

test("e2e: should support a 'default-deny-ingress' policy", (t) => {
  const idx = modelIndex(policy('x', 'deny-ingress', { podSelector: {}, policyTypes: ['Ingress'] }));
  t.is(truthTable(idx, 80), tbl(`
     x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   X   X   .   .   .   .   .   .
x/b  X   X   X   .   .   .   .   .   .
x/c  X   X   X   .   .   .   .   .   .
y/a  X   X   X   .   .   .   .   .   .
y/b  X   X   X   .   .   .   .   .   .
y/c  X   X   X   .   .   .   .   .   .
z/a  X   X   X   .   .   .   .   .   .
z/b  X   X   X   .   .   .   .   .   .
z/c  X   X   X   .   .   .   .   .   .
`));
});

test("e2e: should support a 'default-deny-all' policy", (t) => {
  const idx = modelIndex(policy('x', 'deny-all', { podSelector: {}, policyTypes: ['Ingress', 'Egress'] }));
  t.is(truthTable(idx, 80), tbl(`
     x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   X   X   X   X   X   X   X   X
x/b  X   X   X   X   X   X   X   X   X
x/c  X   X   X   X   X   X   X   X   X
y/a  X   X   X   .   .   .   .   .   .
y/b  X   X   X   .   .   .   .   .   .
y/c  X   X   X   .   .   .   .   .   .
z/a  X   X   X   .   .   .   .   .   .
z/b  X   X   X   .   .   .   .   .   .
z/c  X   X   X   .   .   .   .   .   .
`));
});

test('e2e: should enforce policy to allow traffic from pods within server namespace based on PodSelector', (t) => {
  const idx = modelIndex(policy('x', 'x-a-allows-x-b', {
    podSelector: { matchLabels: { pod: 'a' } },
    ingress: [{ from: [{ podSelector: { matchLabels: { pod: 'b' } } }] }],
  }));
  t.is(truthTable(idx, 80), tbl(`
     x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   .   .   .   .   .   .   .   .
x/b  .   .   .   .   .   .   .   .   .
x/c  X   .   .   .   .   .   .   .   .
y/a  X   .   .   .   .   .   .   .   .
y/b  X   .   .   .   .   .   .   .   .
y/c  X   .   .   .   .   .   .   .   .
z/a  X   .   .   .   .   .   .   .   .
z/b  X   .   .   .   .   .   .   .   .
z/c  X   .   .   .   .   .   .   .   .
`));
});

test('e2e: should enforce policy to allow traffic only from a different namespace, based on NamespaceSelector (kubernetes.io/metadata.name)', (t) => {
  const idx = modelIndex(policy('x', 'allow-client-a-via-ns-selector', {
    podSelector: { matchLabels: { pod: 'a' } },
    ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'y' } } }] }],
  }));
  t.is(truthTable(idx, 80), tbl(`
     x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   .   .   .   .   .   .   .   .
x/b  X   .   .   .   .   .   .   .   .
x/c  X   .   .   .   .   .   .   .   .
y/a  .   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  .   .   .   .   .   .   .   .   .
z/a  X   .   .   .   .   .   .   .   .
z/b  X   .   .   .   .   .   .   .   .
z/c  X   .   .   .   .   .   .   .   .
`));
});

test('e2e: should enforce policy based on PodSelector or NamespaceSelector (two peers: OR)', (t) => {
  const idx = modelIndex(policy('x', 'allow-ns-y-match-selector', {
    podSelector: { matchLabels: { pod: 'a' } },
    ingress: [{
      from: [
        { namespaceSelector: { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: ['x'] }] } },
        { podSelector: { matchLabels: { pod: 'b' } } },
      ],
    }],
  }));
  t.is(truthTable(idx, 80), tbl(`
     x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   .   .   .   .   .   .   .   .
x/b  .   .   .   .   .   .   .   .   .
x/c  X   .   .   .   .   .   .   .   .
y/a  .   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  .   .   .   .   .   .   .   .   .
z/a  .   .   .   .   .   .   .   .   .
z/b  .   .   .   .   .   .   .   .   .
z/c  .   .   .   .   .   .   .   .   .
`));
});

test('e2e: should enforce policy based on PodSelector and NamespaceSelector (one peer: AND)', (t) => {
  const idx = modelIndex(policy('x', 'allow-ns-y-podselector-and-nsselector', {
    podSelector: { matchLabels: { pod: 'a' } },
    ingress: [{
      from: [{
        namespaceSelector: { matchExpressions: [{ key: 'kubernetes.io/metadata.name', operator: 'NotIn', values: ['x'] }] },
        podSelector: { matchLabels: { pod: 'b' } },
      }],
    }],
  }));
  t.is(truthTable(idx, 80), tbl(`
     x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   .   .   .   .   .   .   .   .
x/b  X   .   .   .   .   .   .   .   .
x/c  X   .   .   .   .   .   .   .   .
y/a  X   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  X   .   .   .   .   .   .   .   .
z/a  X   .   .   .   .   .   .   .   .
z/b  .   .   .   .   .   .   .   .   .
z/c  X   .   .   .   .   .   .   .   .
`));
});

test('e2e: should enforce policy based on Ports (81 from namespace y only; 80 closed to all)', (t) => {
  const idx = modelIndex(policy('x', 'allow-client-a-via-ns-selector', {
    podSelector: { matchLabels: { pod: 'a' } },
    ingress: [{ from: [{ namespaceSelector: { matchLabels: { ns: 'y' } } }], ports: [{ port: 81, protocol: 'TCP' }] }],
  }));
  t.is(truthTable(idx, 81), tbl(`
     x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   .   .   .   .   .   .   .   .
x/b  X   .   .   .   .   .   .   .   .
x/c  X   .   .   .   .   .   .   .   .
y/a  .   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  .   .   .   .   .   .   .   .   .
z/a  X   .   .   .   .   .   .   .   .
z/b  X   .   .   .   .   .   .   .   .
z/c  X   .   .   .   .   .   .   .   .
`));
  t.is(truthTable(idx, 80), tbl(`
     x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   .   .   .   .   .   .   .   .
x/b  X   .   .   .   .   .   .   .   .
x/c  X   .   .   .   .   .   .   .   .
y/a  X   .   .   .   .   .   .   .   .
y/b  X   .   .   .   .   .   .   .   .
y/c  X   .   .   .   .   .   .   .   .
z/a  X   .   .   .   .   .   .   .   .
z/b  X   .   .   .   .   .   .   .   .
z/c  X   .   .   .   .   .   .   .   .
`));
});

test('e2e: should allow egress access on one named port (resolved on the destination pod)', (t) => {
  const idx = modelIndex(policy('x', 'allow-egress', { podSelector: {}, policyTypes: ['Egress'], egress: [{ ports: [{ port: 'serve-80-tcp' }] }] }));
  t.is(truthTable(idx, 80), ALL_OPEN);
  t.is(truthTable(idx, 81), tbl(`
     x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   X   X   X   X   X   X   X   X
x/b  X   X   X   X   X   X   X   X   X
x/c  X   X   X   X   X   X   X   X   X
y/a  .   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  .   .   .   .   .   .   .   .   .
z/a  .   .   .   .   .   .   .   .   .
z/b  .   .   .   .   .   .   .   .   .
z/c  .   .   .   .   .   .   .   .   .
`));
});

test('e2e: should enforce except clause while egress access to server in CIDR block (ipBlock applies to pod IPs)', (t) => {
  const idx = modelIndex(policy('x', 'deny-client-a-via-except-cidr-egress-rule', {
    podSelector: { matchLabels: { pod: 'a' } },
    policyTypes: ['Egress'],
    egress: [{ to: [{ ipBlock: { cidr: '10.244.0.0/16', except: ['10.244.2.2/32'] } }] }],
  }));
  t.is(truthTable(idx, 80), tbl(`
     x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  .   .   .   .   X   .   .   .   .
x/b  .   .   .   .   .   .   .   .   .
x/c  .   .   .   .   .   .   .   .   .
y/a  .   .   .   .   .   .   .   .   .
y/b  .   .   .   .   .   .   .   .   .
y/c  .   .   .   .   .   .   .   .   .
z/a  .   .   .   .   .   .   .   .   .
z/b  .   .   .   .   .   .   .   .   .
z/c  .   .   .   .   .   .   .   .   .
`));
});

test('policyTypes defaulting: a policy with only egress rules and no policyTypes isolates ingress too', (t) => {
  const idx = modelIndex(policy('x', 'egress-only-rules', { podSelector: { matchLabels: { pod: 'a' } }, egress: [{}] }));
  t.is(truthTable(idx, 80), tbl(`
     x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   .   .   .   .   .   .   .   .
x/b  X   .   .   .   .   .   .   .   .
x/c  X   .   .   .   .   .   .   .   .
y/a  X   .   .   .   .   .   .   .   .
y/b  X   .   .   .   .   .   .   .   .
y/c  X   .   .   .   .   .   .   .   .
z/a  X   .   .   .   .   .   .   .   .
z/b  X   .   .   .   .   .   .   .   .
z/c  X   .   .   .   .   .   .   .   .
`));
});

test('e2e: should support denying of egress traffic on the client side (even if the server explicitly allows this traffic)', (t) => {
  const idx = modelIndex(
    policy('x', 'allow-to-ns-y-pod-a', { podSelector: { matchLabels: { pod: 'a' } }, policyTypes: ['Egress'], egress: [{ to: [{ namespaceSelector: { matchLabels: { ns: 'y' } }, podSelector: { matchLabels: { pod: 'a' } } }] }] }),
    policy('y', 'allow-from-xa-to-ya', { podSelector: { matchLabels: { pod: 'a' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ namespaceSelector: { matchLabels: { ns: 'x' } }, podSelector: { matchLabels: { pod: 'a' } } }] }] }),
    policy('z', 'allow-from-xa-to-za', { podSelector: { matchLabels: { pod: 'a' } }, policyTypes: ['Ingress'], ingress: [{ from: [{ namespaceSelector: { matchLabels: { ns: 'x' } }, podSelector: { matchLabels: { pod: 'a' } } }] }] }),
  );
  t.is(truthTable(idx, 80), tbl(`
     x/a x/b x/c y/a y/b y/c z/a z/b z/c
x/a  X   X   X   .   X   X   X   X   X
x/b  .   .   .   X   .   .   X   .   .
x/c  .   .   .   X   .   .   X   .   .
y/a  .   .   .   X   .   .   X   .   .
y/b  .   .   .   X   .   .   X   .   .
y/c  .   .   .   X   .   .   X   .   .
z/a  .   .   .   X   .   .   X   .   .
z/b  .   .   .   X   .   .   X   .   .
z/c  .   .   .   X   .   .   X   .   .
`));
});
