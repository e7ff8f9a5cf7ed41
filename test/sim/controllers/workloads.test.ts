// The Deployment and ReplicaSet controllers (pkg/controller/deployment sync.go
// getNewReplicaSet, pkg/controller/replicaset), run once over the file.
import test from 'ava';
import { findObject } from '../../../source/sim/cluster.js';
import { app, clusterFrom } from '../helpers.js';
import type { ReplicaSet } from '../../../source/sim/types.js';

test('a Deployment gets a ReplicaSet NAME-HASH and `replicas` pods RS-XXXXX with pod-template-hash', (t) => {
  const c = clusterFrom(app({ name: 'web', ns: 'shop', replicas: 3 }));
  const rs = c.derived.filter((o): o is ReplicaSet => o.kind === 'ReplicaSet');
  t.is(rs.length, 1);
  const hash = rs[0]!.metadata.labels!['pod-template-hash']!;
  t.regex(hash, /^[4-9bcdf]+$/);
  t.is(rs[0]!.metadata.name, `web-${hash}`);
  t.deepEqual(rs[0]!.spec.selector.matchLabels, { app: 'web', 'pod-template-hash': hash });
  t.deepEqual(rs[0]!.metadata.ownerReferences?.map((r) => `${r.kind}/${r.name}`), ['Deployment/web']);
  const pods = [...c.index.pods.values()];
  t.is(pods.length, 3);
  for (const p of pods) {
    t.regex(p.metadata.name!, new RegExp(`^web-${hash}-[bcdfghjklmnpqrstvwxz2456789]{5}$`));
    t.deepEqual(p.metadata.labels, { app: 'web', 'pod-template-hash': hash });
    t.is(p.metadata.ownerReferences?.[0]?.name, `web-${hash}`);
  }
  t.is(new Set(pods.map((p) => p.metadata.name)).size, 3);
  t.deepEqual(findObject(c, 'Deployment/shop/web')?.status, { observedGeneration: 1, replicas: 3, updatedReplicas: 3, readyReplicas: 3, availableReplicas: 3 });
});

test('replicas defaults to 1; replicas 0 makes no pods', (t) => {
  const one = clusterFrom(app({ name: 'web' }).replace('replicas: 2', ''));
  t.is(one.index.pods.size, 1);
  const none = clusterFrom(app({ name: 'web', replicas: 0 }));
  t.is(none.index.pods.size, 0);
});

const existing: Array<{ name: string; extra: string; wantDerivedRS: number; wantPods: number }> = [
  {
    name: 'an owned ReplicaSet (by ownerReferences) with its pods: nothing derived',
    extra: 'apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: web-abc, labels: {app: web, pod-template-hash: abc}, ownerReferences: [{apiVersion: apps/v1, kind: Deployment, name: web, controller: true}]}\nspec: {replicas: 1, selector: {matchLabels: {app: web, pod-template-hash: abc}}, template: {metadata: {labels: {app: web, pod-template-hash: abc}}, spec: {containers: [{name: c, image: x}]}}}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: web-abc-xyz12, labels: {app: web, pod-template-hash: abc}, ownerReferences: [{apiVersion: apps/v1, kind: ReplicaSet, name: web-abc, controller: true}]}\nspec: {containers: [{name: c, image: x}]}\n',
    wantDerivedRS: 0, wantPods: 1,
  },
  {
    name: 'an orphan ReplicaSet the selector adopts, without pods: its pods are derived',
    extra: 'apiVersion: apps/v1\nkind: ReplicaSet\nmetadata: {name: web-old, labels: {app: web}}\nspec: {replicas: 2, selector: {matchLabels: {app: web}}, template: {metadata: {labels: {app: web}}, spec: {containers: [{name: c, image: x}]}}}\n',
    wantDerivedRS: 0, wantPods: 2,
  },
  {
    name: 'pods a ReplicaSet made (pod-template-hash) but no ReplicaSet, as in a dump: left as they are',
    extra: 'apiVersion: v1\nkind: Pod\nmetadata: {name: web-abc-xyz12, labels: {app: web, pod-template-hash: abc}}\nspec: {containers: [{name: c, image: x}]}\n',
    wantDerivedRS: 0, wantPods: 1,
  },
  {
    // ReplicaSet controller: the RS selector includes pod-template-hash, so a bare pod is not adopted
    name: 'a bare pod that matches the Deployment: the Deployment still makes its own pods',
    extra: 'apiVersion: v1\nkind: Pod\nmetadata: {name: debug, labels: {app: web}}\nspec: {containers: [{name: c, image: x}]}\n',
    wantDerivedRS: 1, wantPods: 3,
  },
];
for (const c of existing) {
  test(`derives only what the file lacks: ${c.name}`, (t) => {
    const cluster = clusterFrom(app({ name: 'web' }) + c.extra);
    t.deepEqual(cluster.rejected.map((r) => r.message), []);
    t.is(cluster.derived.filter((o) => o.kind === 'ReplicaSet').length, c.wantDerivedRS);
    t.is(cluster.index.pods.size, c.wantPods);
  });
}

test('derived pods keep file order for round-robin scheduling', (t) => {
  const nodes = 'apiVersion: v1\nkind: Node\nmetadata: {name: n1}\n---\napiVersion: v1\nkind: Node\nmetadata: {name: n2}\n---\n';
  const c = clusterFrom(nodes + app({ name: 'a', replicas: 3 }) + 'apiVersion: v1\nkind: Pod\nmetadata: {name: solo}\nspec: {containers: [{name: c, image: x}]}\n');
  const byName = [...c.index.pods.values()].map((p) => [p.metadata.name!.startsWith('a-') ? 'a' : p.metadata.name, p.spec.nodeName]);
  // a's three pods are created at the Deployment's place in the file, before solo
  t.deepEqual(byName.filter(([n]) => n === 'a').map(([, node]) => node), ['n1', 'n2', 'n1']);
  t.deepEqual(byName.find(([n]) => n === 'solo'), ['solo', 'n2']);
});
