// A cluster read from `kubectl get all,ep,ing,netpol -A -o yaml` (DESIGN.md: "kubectl get ...
// | kubeprep sim route -f - asks about a live cluster"): the file's status is kept, only what
// it lacks is derived.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseManifests } from '../../source/sim/loader.js';
import { buildCluster, findObject } from '../../source/sim/cluster.js';
import { route } from '../../source/sim/route.js';
import { resolveDns } from '../../source/sim/dns.js';

const text = readFileSync(fileURLToPath(new URL('fixtures/get-all-A.yaml', import.meta.url)), 'utf8');
const loaded = parseManifests(text, 'get-all-A.yaml');
if (!loaded.ok) throw new Error(loaded.error.message);
const cluster = buildCluster(loaded.objects);

test('every object loads and is accepted', (t) => {
  t.is(loaded.objects.length, 20);
  t.deepEqual(cluster.rejected.map((r) => r.message), []);
});

test('nodes come from the pods, with their hostIP as address', (t) => {
  t.deepEqual(cluster.index.nodeOrder.map((n) => [n.metadata.name, n.status?.addresses?.[0]?.address]), [['controlplane', '192.168.121.10'], ['node01', '192.168.121.11']]);
});

test('nothing is derived that the file has: no ReplicaSets or pods, IPs and status as given', (t) => {
  t.deepEqual(cluster.derived.filter((o) => o.kind === 'Pod' || o.kind === 'ReplicaSet'), []);
  t.is(cluster.index.pods.get('shop/web-5d8f7c9b6-q8wzt')?.status?.podIP, '10.244.0.7');
  t.is(cluster.index.services.get('shop/web')?.spec.clusterIP, '10.104.27.193');
  t.deepEqual(findObject(cluster, 'Deployment/shop/web')?.status, { availableReplicas: 1, readyReplicas: 1, replicas: 2 });
  t.deepEqual([...cluster.index.namespaces.keys()].sort(), ['default', 'kube-system', 'shop']);
});

test('the endpoints are recomputed from the pods (the dump\'s Endpoints of selector Services are replaced)', (t) => {
  const web = cluster.index.endpoints.get('shop/web')!.byPort.get('/TCP')!;
  t.deepEqual(web.map((e) => [e.pod?.metadata.name, e.ready]).sort(), [['web-5d8f7c9b6-h2kx9', true], ['web-5d8f7c9b6-q8wzt', false]]);
  t.deepEqual(cluster.index.endpoints.get('default/kubernetes')!.byPort.get('https/TCP')!.map((e) => `${e.ip}:${e.port}`), ['192.168.121.10:6443']);
});

const routes: Array<{ from: string; to: string; reachable: boolean; backends: string[]; reason: RegExp }> = [
  // the dump's NetworkPolicy shop/default-deny-ingress isolates every pod in shop for ingress
  { from: 'shop/client', to: 'web:80', reachable: false, backends: [], reason: /^NetworkPolicy shop\/default-deny-ingress \(ingress\) blocks pod shop\/client from the only endpoint of Service shop\/web/ },
  { from: 'external', to: '192.168.121.11:30080', reachable: false, backends: [], reason: /^NetworkPolicy shop\/default-deny-ingress \(ingress\) blocks a client outside the cluster/ },
  { from: 'external', to: '192.168.121.10:30080', reachable: false, backends: [], reason: /externalTrafficPolicy Local: node controlplane has no ready endpoint/ },
  { from: 'shop/client', to: 'api:9000', reachable: false, backends: [], reason: /selects app=api-v2; no pod in namespace shop has that label; pods there have app=api/ },
  { from: 'shop/client', to: 'kubernetes.default.svc:443', reachable: true, backends: ['192.168.121.10:6443'], reason: /default\/kubernetes/ },
  { from: 'kube-system/kube-proxy-9fz7q', to: '10.96.0.10:53', reachable: true, backends: ['kube-system/coredns-7c65d6cfc9-4xk2p:53'], reason: /kube-dns/ },
];
for (const r of routes) {
  test(`route on the dump: ${r.from} → ${r.to}`, (t) => {
    const got = route(cluster, { from: r.from, to: r.to });
    t.is(got.reachable, got.backends.length > 0);
    t.is(got.reachable, r.reachable, got.reason);
    t.deepEqual(got.backends, r.backends);
    t.regex(got.reason, r.reason);
  });
}

test('DNS on the dump', (t) => {
  t.deepEqual(resolveDns(cluster, { name: 'web', from: 'shop/client' }).answers, ['10.104.27.193']);
  t.is(resolveDns(cluster, { name: 'kube-system.svc.cluster.local' }).rcode, 'NOERROR');
});
