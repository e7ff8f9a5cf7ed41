// Cluster DNS: kubernetes/dns docs/specification.md (records), CoreDNS plugin/kubernetes
// (parse.go, findServices, "pods insecure") and plugin/backend_lookup.go (SRV weights), and a
// pod's resolver as kubelet writes resolv.conf (search NS.svc.DOMAIN svc.DOMAIN DOMAIN, ndots:5).
import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolveDns, searchOrder, type DnsType } from '../../source/sim/dns.js';
import { findPod, findService } from '../../source/sim/cluster.js';
import { clusterFrom } from './helpers.js';

const yaml = readFileSync(fileURLToPath(new URL('fixtures/route-cluster.yaml', import.meta.url)), 'utf8');
const cluster = clusterFrom(yaml, { kubeadm: true });
const ip = (svc: string) => findService(cluster, svc)!.spec.clusterIP!;
const podIP = (pod: string) => findPod(cluster, pod)!.status!.podIP!;
const rev = (a: string) => `${a.split('.').reverse().join('.')}.in-addr.arpa`;

test('the fixture loads without rejections', (t) => t.deepEqual(cluster.rejected.map((r) => r.message), []));

const records: Array<{ name: string; q: () => string; type?: DnsType; rcode: 'NOERROR' | 'NXDOMAIN'; answers: () => string[]; cname?: string }> = [
  // 2.3 Service with a ClusterIP
  { name: 'A of a ClusterIP Service', q: () => 'web.shop.svc.cluster.local', rcode: 'NOERROR', answers: () => [ip('shop/web')] },
  { name: 'names are case-insensitive', q: () => 'WEB.Shop.svc.Cluster.Local.', rcode: 'NOERROR', answers: () => [ip('shop/web')] },
  { name: 'AAAA of an IPv4 Service: no records', q: () => 'web.shop.svc.cluster.local', type: 'AAAA', rcode: 'NOERROR', answers: () => [] },
  { name: 'SRV of a named port', q: () => '_http._tcp.web.shop.svc.cluster.local', type: 'SRV', rcode: 'NOERROR', answers: () => ['0 100 80 web.shop.svc.cluster.local.'] },
  { name: 'SRV of a UDP port', q: () => '_dns._udp.kube-dns.kube-system.svc.cluster.local', type: 'SRV', rcode: 'NOERROR', answers: () => ['0 100 53 kube-dns.kube-system.svc.cluster.local.'] },
  { name: 'SRV of the Service name: every port, weights split', q: () => 'dns.shop.svc.cluster.local', type: 'SRV', rcode: 'NOERROR', answers: () => ['0 50 53 dns.shop.svc.cluster.local.', '0 50 53 dns.shop.svc.cluster.local.'] },
  { name: 'SRV of a port the Service lacks', q: () => '_https._tcp.web.shop.svc.cluster.local', type: 'SRV', rcode: 'NXDOMAIN', answers: () => [] },
  { name: 'PTR of a ClusterIP', q: () => rev(ip('kube-system/kube-dns')), type: 'PTR', rcode: 'NOERROR', answers: () => ['kube-dns.kube-system.svc.cluster.local.'] },
  { name: 'PTR given as an address', q: () => '10.96.0.1', type: 'PTR', rcode: 'NOERROR', answers: () => ['kubernetes.default.svc.cluster.local.'] },
  // 2.4 headless Services
  { name: 'A of a headless Service: ready endpoints only', q: () => 'db.shop.svc.cluster.local', rcode: 'NOERROR', answers: () => [podIP('shop/db-0')] },
  { name: 'A of a headless Service without ready endpoints: NXDOMAIN', q: () => 'empty-hl.shop.svc.cluster.local', rcode: 'NXDOMAIN', answers: () => [] },
  { name: 'hostname.subdomain record', q: () => 'db-0.db.shop.svc.cluster.local', rcode: 'NOERROR', answers: () => [podIP('shop/db-0')] },
  { name: 'hostname record of a not-ready pod', q: () => 'db-1.db.shop.svc.cluster.local', rcode: 'NXDOMAIN', answers: () => [] },
  { name: 'endpoint record by dashed IP', q: () => `${podIP('shop/single').replace(/\./g, '-')}.itp.shop.svc.cluster.local`, rcode: 'NOERROR', answers: () => [podIP('shop/single')] },
  { name: 'SRV of a headless Service: one per ready endpoint, the endpoint\'s port', q: () => '_pg._tcp.db.shop.svc.cluster.local', type: 'SRV', rcode: 'NOERROR', answers: () => ['0 100 5432 db-0.db.shop.svc.cluster.local.'] },
  { name: 'PTR of a headless endpoint', q: () => rev(podIP('shop/db-0')), type: 'PTR', rcode: 'NOERROR', answers: () => ['db-0.db.shop.svc.cluster.local.'] },
  // 2.5 ExternalName
  { name: 'CNAME of an ExternalName', q: () => 'ext.shop.svc.cluster.local', type: 'CNAME', rcode: 'NOERROR', answers: () => ['www.example.com.'] },
  { name: 'A of an ExternalName outside the cluster', q: () => 'ext.shop.svc.cluster.local', rcode: 'NOERROR', answers: () => [], cname: 'www.example.com.' },
  { name: 'A of an ExternalName into the cluster follows the CNAME', q: () => 'alias.other.svc.cluster.local', rcode: 'NOERROR', answers: () => [ip('shop/web')], cname: 'web.shop.svc.cluster.local.' },
  // 2.6 pod records (CoreDNS "pods insecure")
  { name: 'pod A record', q: () => `${podIP('shop/single').replace(/\./g, '-')}.shop.pod.cluster.local`, rcode: 'NOERROR', answers: () => [podIP('shop/single')] },
  { name: 'pod record in a namespace that does not exist', q: () => '10-244-1-5.nope.pod.cluster.local', rcode: 'NXDOMAIN', answers: () => [] },
  // namespaces and the zone
  { name: 'NS.svc.DOMAIN of an existing namespace: NOERROR, no records', q: () => 'shop.svc.cluster.local', rcode: 'NOERROR', answers: () => [] },
  { name: 'NS.svc.DOMAIN of a namespace that does not exist', q: () => 'nope.svc.cluster.local', rcode: 'NXDOMAIN', answers: () => [] },
  { name: 'a Service in a namespace that does not exist', q: () => 'web.nope.svc.cluster.local', rcode: 'NXDOMAIN', answers: () => [] },
  { name: 'a Service that does not exist', q: () => 'nope.shop.svc.cluster.local', rcode: 'NXDOMAIN', answers: () => [] },
  { name: 'svc.NS.DOMAIN without "svc"', q: () => 'web.shop.cluster.local', rcode: 'NXDOMAIN', answers: () => [] },
  { name: 'the zone apex', q: () => 'cluster.local', rcode: 'NOERROR', answers: () => [] },
];
for (const c of records) {
  test(`dns: ${c.name}`, (t) => {
    const r = resolveDns(cluster, { name: c.q(), ...(c.type ? { type: c.type } : {}) });
    const trace = r.hops.map((h) => `${h.status} ${h.detail}`).join('\n');
    t.is(r.rcode, c.rcode, trace);
    t.deepEqual(r.answers, c.answers(), trace);
    t.is(r.cname, c.cname, trace);
    t.is(r.tried, undefined);
  });
}

test('hints: a name without "svc", a Service in another namespace', (t) => {
  t.regex(resolveDns(cluster, { name: 'web.shop.cluster.local' }).hops[0]!.detail, /did you mean web\.shop\.svc\.cluster\.local/);
  t.regex(resolveDns(cluster, { name: 'web.other.svc.cluster.local' }).hops[0]!.detail, /no Service web in namespace other \(there is one in shop\)/);
});

const search: Array<{ name: string; from: string; q: string; rcode: 'NOERROR' | 'NXDOMAIN'; answers: () => string[]; tried: string[] }> = [
  { name: 'a short name: the pod\'s namespace first', from: 'shop/client', q: 'web', rcode: 'NOERROR', answers: () => [ip('shop/web')], tried: ['web.shop.svc.cluster.local'] },
  { name: 'svc.ns from another namespace', from: 'other/client', q: 'web.shop', rcode: 'NOERROR', answers: () => [ip('shop/web')], tried: ['web.shop.other.svc.cluster.local', 'web.shop.svc.cluster.local'] },
  { name: 'svc.ns.svc', from: 'other/client', q: 'web.shop.svc', rcode: 'NOERROR', answers: () => [ip('shop/web')], tried: ['web.shop.svc.other.svc.cluster.local', 'web.shop.svc.svc.cluster.local', 'web.shop.svc.cluster.local'] },
  {
    name: 'an FQDN with 4 dots (< ndots 5) still walks the search list first', from: 'shop/client', q: 'web.shop.svc.cluster.local', rcode: 'NOERROR', answers: () => [ip('shop/web')],
    tried: ['web.shop.svc.cluster.local.shop.svc.cluster.local', 'web.shop.svc.cluster.local.svc.cluster.local', 'web.shop.svc.cluster.local.cluster.local', 'web.shop.svc.cluster.local'],
  },
  { name: 'a trailing dot: only as is', from: 'shop/client', q: 'web.shop.svc.cluster.local.', rcode: 'NOERROR', answers: () => [ip('shop/web')], tried: ['web.shop.svc.cluster.local'] },
  { name: 'a short name in the wrong namespace fails everywhere', from: 'other/client', q: 'web', rcode: 'NXDOMAIN', answers: () => [], tried: ['web.other.svc.cluster.local', 'web.svc.cluster.local', 'web.cluster.local', 'web'] },
  { name: 'ndots:1 from dnsConfig: a dotted name goes as is first', from: 'shop/ndots1', q: 'web.shop.svc.cluster.local', rcode: 'NOERROR', answers: () => [ip('shop/web')], tried: ['web.shop.svc.cluster.local'] },
  { name: 'a host-network pod uses the node\'s resolver', from: 'shop/hostnet', q: 'web.shop.svc.cluster.local', rcode: 'NXDOMAIN', answers: () => [], tried: ['web.shop.svc.cluster.local'] },
  { name: 'ready pods by hostname through the search path', from: 'shop/client', q: 'db-0.db', rcode: 'NOERROR', answers: () => [podIP('shop/db-0')], tried: ['db-0.db.shop.svc.cluster.local'] },
];
for (const c of search) {
  test(`resolver: ${c.name}`, (t) => {
    const r = resolveDns(cluster, { name: c.q, from: c.from });
    const trace = r.hops.map((h) => `${h.status} ${h.detail}`).join('\n');
    t.is(r.rcode, c.rcode, trace);
    t.deepEqual(r.answers, c.answers(), trace);
    t.deepEqual(r.tried, c.tried, trace);
  });
}

test('searchOrder follows res_search: ndots decides whether the name goes first', (t) => {
  const s = ['a.svc.cl', 'svc.cl'];
  t.deepEqual(searchOrder('x', s, 5), ['x.a.svc.cl', 'x.svc.cl', 'x']);
  t.deepEqual(searchOrder('a.b.c.d.e.f', s, 5), ['a.b.c.d.e.f', 'a.b.c.d.e.f.a.svc.cl', 'a.b.c.d.e.f.svc.cl']);
  t.deepEqual(searchOrder('x.', s, 5), ['x']);
});

test('a --from that names no pod is a usage error', (t) => {
  t.regex(resolveDns(cluster, { name: 'web', from: 'shop/nobody' }).error ?? '', /no pod shop\/nobody/);
});

test('another cluster domain', (t) => {
  const c = clusterFrom(yaml, { settings: { clusterDomain: 'corp.internal' } });
  const r = resolveDns(c, { name: 'web', from: 'shop/client' });
  t.deepEqual([r.rcode, r.tried], ['NOERROR', ['web.shop.svc.corp.internal']]);
  t.is(resolveDns(c, { name: 'web.shop.svc.cluster.local' }).rcode, 'NXDOMAIN');
});

test('CoreDNS scaled to zero: lookups from pods get no answer', (t) => {
  const down = clusterFrom(`${yaml}
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: coredns, namespace: kube-system}
spec:
  replicas: 0
  selector: {matchLabels: {k8s-app: kube-dns}}
  template: {metadata: {labels: {k8s-app: kube-dns}}, spec: {containers: [{name: coredns, image: coredns}]}}
`, { kubeadm: true });
  const r = resolveDns(down, { name: 'web', from: 'shop/client' });
  t.is(r.rcode, 'NXDOMAIN');
  t.regex(r.hops[r.hops.length - 1]!.detail, /kube-dns has no ready endpoints/);
});
