// route(): a connection followed through DNS, Services and kube-proxy (pkg/proxy/iptables
// proxier.go, pkg/proxy/topology.go CategorizeEndpoints) to pods — DESIGN.md `sim route`.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { route } from '../../source/sim/route.js';
import { findPod, findService } from '../../source/sim/cluster.js';
import { clusterFrom } from './helpers.js';

const cluster = clusterFrom(readFileSync(fileURLToPath(new URL('fixtures/route-cluster.yaml', import.meta.url)), 'utf8'), { kubeadm: true });
const ip = (svc: string) => findService(cluster, svc)!.spec.clusterIP!;
const podIP = (pod: string) => findPod(cluster, pod)!.status!.podIP!;
// Deployment pods have generated names: web-HASH-XXXXX → web-*
const norm = (b: string) => b.replace(/-[4-9bcdf]+-[bcdfghjklmnpqrstvwxz2456789]{5}:/, '-*:');

test('the fixture loads without rejections', (t) => t.deepEqual(cluster.rejected.map((r) => r.message), []));

const cases: Array<{ name: string; from: string; to: () => string; protocol?: 'TCP' | 'UDP'; reachable: boolean; backends?: string[]; reason: RegExp; warn?: RegExp }> = [
  // Services by name, resolved from the client's namespace
  { name: 'short name in the same namespace', from: 'shop/client', to: () => 'web:80', reachable: true, backends: ['shop/web-*:8080', 'shop/web-*:8080'], reason: /reaches Service shop\/web/ },
  { name: 'svc.ns from another namespace', from: 'other/client', to: () => 'web.shop:80', reachable: true, backends: ['shop/web-*:8080', 'shop/web-*:8080'], reason: /reaches Service shop\/web/ },
  { name: 'FQDN', from: 'other/client', to: () => 'web.shop.svc.cluster.local:80', reachable: true, backends: ['shop/web-*:8080', 'shop/web-*:8080'], reason: /reaches/ },
  { name: 'short name from the wrong namespace', from: 'other/client', to: () => 'web:80', reachable: false, reason: /does not resolve.*no Service web in namespace other \(there is one in shop\)/ },
  { name: 'ClusterIP', from: 'shop/client', to: () => `${ip('shop/web')}:80`, reachable: true, backends: ['shop/web-*:8080', 'shop/web-*:8080'], reason: /reaches Service shop\/web/ },
  { name: 'kubernetes.default from a pod', from: 'shop/client', to: () => 'kubernetes.default:443', reachable: true, backends: ['172.18.0.2:6443'], reason: /default\/kubernetes/ },
  // ports
  { name: 'the targetPort instead of the Service port', from: 'shop/client', to: () => 'web:8080', reachable: false, reason: /Service shop\/web has no port 8080\/TCP; its ports are 80\/TCP \(targetPort http\)/ },
  { name: 'a targetPort no container declares: reachable, with a warning', from: 'shop/client', to: () => 'wrongport:80', reachable: true, backends: ['shop/web-*:9999', 'shop/web-*:9999'], reason: /reaches/, warn: /nothing may listen on 9999\/TCP/ },
  { name: 'protocol must match too', from: 'shop/client', to: () => `${ip('shop/web')}:80`, protocol: 'UDP', reachable: false, reason: /has port 80\/TCP but not 80\/UDP/ },
  { name: 'UDP port of a TCP+UDP Service', from: 'shop/client', to: () => 'dns:53', protocol: 'UDP', reachable: true, backends: ['shop/web-*:5353', 'shop/web-*:5353'], reason: /reaches/, warn: /5353\/UDP/ },
  // endpoints
  { name: 'selector matches no pod', from: 'shop/client', to: () => 'front:80', reachable: false, reason: /the Service selects app=web-frontend; no pod in namespace shop has that label; pods there have app=web/ },
  { name: 'named targetPort no pod declares', from: 'shop/client', to: () => 'named:80', reachable: false, reason: /targetPort "metrics" is a port name, and no pod matching app=web has a containerPort named metrics/ },
  { name: 'only not-ready pods behind the Service', from: 'shop/client', to: () => 'notready:5432', reachable: true, backends: ['shop/db-0:5432'], reason: /reaches/ },
  { name: 'only a terminating pod: kube-proxy falls back to it', from: 'shop/client', to: () => 'term:80', reachable: true, backends: ['shop/term-1:80'], reason: /reaches/, warn: /falls back to terminating/ },
  { name: 'selectorless Service with hand-made Endpoints', from: 'shop/client', to: () => 'legacy:5432', reachable: true, backends: ['192.168.50.5:5432'], reason: /reaches Service shop\/legacy/ },
  // traffic policies
  { name: 'internalTrafficPolicy Local, no endpoint on the client\'s node', from: 'shop/client', to: () => 'itp:80', reachable: false, reason: /internalTrafficPolicy Local: node node01 has no ready endpoint of Service shop\/itp.*node02/ },
  { name: 'internalTrafficPolicy Local, endpoint on the client\'s node', from: 'other/client', to: () => 'itp.shop:80', reachable: true, backends: ['shop/single:80'], reason: /reaches/ },
  { name: 'NodePort from outside, Local, node with the endpoint', from: 'external', to: () => '172.18.0.4:30081', reachable: true, backends: ['shop/single:80'], reason: /through NodePort 172\.18\.0\.4:30081/ },
  { name: 'NodePort from outside, Local, node without one drops it', from: 'external', to: () => '172.18.0.3:30081', reachable: false, reason: /externalTrafficPolicy Local: node node01 has no ready endpoint of Service shop\/single-np, so the traffic is dropped/ },
  { name: 'NodePort from a pod ignores externalTrafficPolicy', from: 'shop/client', to: () => '172.18.0.3:30081', reachable: true, backends: ['shop/single:80'], reason: /reaches/ },
  { name: 'NodePort on the node itself ignores externalTrafficPolicy', from: 'node/node01', to: () => '172.18.0.3:30081', reachable: true, backends: ['shop/single:80'], reason: /reaches/ },
  { name: 'NodePort of another node from a node follows Local', from: 'node/node02', to: () => '172.18.0.3:30081', reachable: false, reason: /externalTrafficPolicy Local/ },
  { name: 'NodePort not allocated', from: 'external', to: () => '172.18.0.3:30999', reachable: false, reason: /nothing in the cluster serves its port 30999\/TCP: no Service has NodePort 30999/ },
  { name: 'a port under 30000 on a node', from: 'external', to: () => '172.18.0.3:80', reachable: false, reason: /NodePorts are 30000-32767/ },
  { name: 'LoadBalancer IP, Local: the nodes passing the health check', from: 'external', to: () => '203.0.113.10:80', reachable: true, backends: ['shop/single:80'], reason: /through load balancer 203\.0\.113\.10:80/ },
  { name: 'externalIP', from: 'external', to: () => '198.51.100.7:8443', reachable: true, backends: ['shop/web-*:8080', 'shop/web-*:8080'], reason: /through externalIP/ },
  { name: 'hostPort on a node', from: 'external', to: () => '172.18.0.4:8088', reachable: true, backends: ['shop/proxy:80'], reason: /reaches pod shop\/proxy/ },
  // outside → inside
  { name: 'a ClusterIP from outside', from: 'external', to: () => `${ip('shop/web')}:80`, reachable: false, reason: /only inside the cluster/ },
  { name: 'a pod IP from outside', from: 'external', to: () => `${podIP('shop/single')}:80`, reachable: false, reason: /routable only inside the cluster/ },
  { name: 'a name from a node', from: 'node/node01', to: () => 'web.shop:80', reachable: false, reason: /does not point at cluster DNS/ },
  { name: 'a ClusterIP from a node', from: 'node/node01', to: () => `${ip('shop/web')}:80`, reachable: true, backends: ['shop/web-*:8080', 'shop/web-*:8080'], reason: /Node node01 reaches/ },
  // pods directly, headless, ExternalName
  { name: 'a pod IP directly', from: 'shop/client', to: () => `${podIP('shop/single')}:80`, reachable: true, backends: ['shop/single:80'], reason: /reaches pod shop\/single directly/ },
  { name: 'a not-ready pod directly (readiness is for Services)', from: 'shop/client', to: () => '10.244.2.99:5432', reachable: true, backends: ['shop/db-1:5432'], reason: /directly/, warn: /not ready/ },
  { name: 'a finished pod', from: 'shop/client', to: () => '10.244.1.200:80', reachable: false, reason: /has finished/ },
  { name: 'headless: straight to the ready pods', from: 'shop/client', to: () => 'db:5432', reachable: true, backends: ['shop/db-0:5432'], reason: /headless Service/ },
  { name: 'headless hostname record', from: 'shop/client', to: () => 'db-0.db:5432', reachable: true, backends: ['shop/db-0:5432'], reason: /resolves db-0\.db to a pod address \(a headless Service's records/ },
  { name: 'ExternalName out of the cluster', from: 'shop/client', to: () => 'ext:443', reachable: false, reason: /ExternalName Service, a DNS alias \(CNAME\) for www\.example\.com outside the cluster/ },
  { name: 'ExternalName pointing into the cluster', from: 'other/client', to: () => 'alias:80', reachable: true, backends: ['shop/web-*:8080', 'shop/web-*:8080'], reason: /reaches Service shop\/web/ },
  { name: 'ExternalName pointing at a Service that does not exist', from: 'other/client', to: () => 'broken-alias:80', reachable: false, reason: /alias \(CNAME\) for nope\.shop\.svc\.cluster\.local, which does not resolve/ },
  { name: 'an address outside the cluster', from: 'shop/client', to: () => '8.8.8.8:53', reachable: false, reason: /not the address of a Service, node or pod/ },
];

for (const c of cases) {
  test(`route: ${c.name}`, (t) => {
    const r = route(cluster, { from: c.from, to: c.to(), ...(c.protocol ? { protocol: c.protocol } : {}) });
    const trace = r.hops.map((h) => `${h.status} ${h.step}: ${h.detail}`).join('\n');
    t.is(r.error, undefined);
    t.is(r.reachable, c.reachable, trace);
    if (c.backends) t.deepEqual(r.backends.map(norm), c.backends, trace);
    if (!c.reachable) t.deepEqual(r.backends, []);
    t.regex(r.reason, c.reason, trace);
    if (c.warn) t.true(r.hops.some((h) => h.status === 'warn' && c.warn!.test(h.detail)), trace);
    if (!c.reachable) t.true(r.hops.some((h) => h.status === 'fail'), 'a failing route has a failing hop');
  });
}

test('the trace names the proxy mode', (t) => {
  const r = route(cluster, { from: 'shop/client', to: 'web:80' });
  t.true(r.hops.some((h) => h.step === 'kube-proxy' && h.detail.startsWith('kube-proxy (iptables mode) on node node01')));
  const ipvs = clusterFrom(readFileSync(fileURLToPath(new URL('fixtures/route-cluster.yaml', import.meta.url)), 'utf8'), { settings: { proxyMode: 'ipvs' } });
  t.true(route(ipvs, { from: 'shop/client', to: 'web:80' }).hops.some((h) => /ipvs mode, deprecated/.test(h.detail)));
});

const usage: Array<{ from: string; to: string; protocol?: string; error: RegExp }> = [
  { from: 'shop/nobody', to: 'web:80', error: /no pod "nobody" in namespace shop/ },
  { from: 'node/ghost', to: 'web:80', error: /no node named "ghost".*node01/ },
  { from: 'shop/client', to: 'web', error: /HOST:PORT/ },
  { from: 'shop/client', to: 'web:http', error: /HOST:PORT/ },
  { from: 'shop/client', to: 'web:70000', error: /out of range/ },
  { from: 'shop/client', to: 'web:80', protocol: 'ICMP', error: /unsupported protocol/ },
];
for (const u of usage) {
  test(`route usage error: ${u.from} → ${u.to}${u.protocol ? ` ${u.protocol}` : ''}`, (t) => {
    const r = route(cluster, { from: u.from, to: u.to, ...(u.protocol ? { protocol: u.protocol as 'TCP' } : {}) });
    t.regex(r.error ?? '', u.error);
    t.false(r.reachable);
  });
}

// Route speed (index lookups, no scans of every pod) is measured by `npm run bench`.
test('a route query answers the same every time (the index is not consumed)', (t) => {
  const first = route(cluster, { from: 'shop/client', to: 'web:80' });
  for (let i = 0; i < 50; i++) t.deepEqual(route(cluster, { from: 'shop/client', to: 'web:80' }), first);
});
