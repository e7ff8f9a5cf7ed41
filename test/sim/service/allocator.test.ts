// The Service registry's allocation (pkg/registry/core/service/storage/alloc.go) and its
// allocators (ipallocator, portallocator), with the static bands of KEP-3070 and KEP-3668.
import test from 'ava';
import { ClusterIPAllocator, NodePortAllocator } from '../../../source/sim/service/allocator.js';
import { parseIPv4 } from '../../../source/sim/ip.js';
import { clusterFrom } from '../helpers.js';
import { formatFieldError } from '../../../source/sim/field.js';

test('ClusterIPAllocator: range checks and errors as ipallocator words them', (t) => {
  const a = new ClusterIPAllocator('10.96.0.0/12');
  t.is(a.allocate('10.96.0.10'), undefined);
  t.is(a.allocate('10.96.0.10'), 'provided IP is already allocated');
  t.is(a.allocate('10.0.0.1'), 'the provided IP (10.0.0.1) is not in the valid range. The range of valid IPs is 10.96.0.0/12');
  t.regex(a.allocate('10.96.0.0') ?? '', /not in the valid range/, 'the network address is never handed out');
  t.regex(a.allocate('10.111.255.255') ?? '', /not in the valid range/, 'nor the broadcast address');
  t.is(a.allocate('10.111.255.254'), undefined);
});

test('ClusterIPAllocator: dynamic IPs come from above the static band (first 256 addresses of a /12)', (t) => {
  const a = new ClusterIPAllocator('10.96.0.0/12');
  const low = parseIPv4('10.96.1.0')!; // 10.96.0.1 + 255: the last static address
  for (let i = 0; i < 500; i++) t.true(parseIPv4(a.allocateNext(`ns/svc-${i}`)!)! > low);
  const b = new ClusterIPAllocator('10.96.0.0/12');
  t.is(b.allocateNext('shop/web'), new ClusterIPAllocator('10.96.0.0/12').allocateNext('shop/web'), 'deterministic');
});

test('ClusterIPAllocator: a tiny range fills up, then the static band is used', (t) => {
  const a = new ClusterIPAllocator('10.0.0.0/29'); // 6 usable, no static band (size <= 16)
  const got = new Set<string>();
  for (let i = 0; i < 6; i++) got.add(a.allocateNext(`s${i}`)!);
  t.is(got.size, 6);
  t.is(a.allocateNext('s7'), undefined);
});

test('NodePortAllocator: static band 30000-30085, dynamic above; errors as portallocator words them', (t) => {
  const p = new NodePortAllocator([30000, 32767]);
  for (let i = 0; i < 300; i++) t.true(p.allocateNext(`s${i}`)! >= 30086);
  t.is(p.allocate(30001), undefined);
  t.is(p.allocate(30001), 'provided port is already allocated');
  t.is(p.allocate(99999), 'provided port is not in the valid range. The range of valid ports is 30000-32767');
});

const svc = (name: string, spec: string) => `apiVersion: v1\nkind: Service\nmetadata: {name: ${name}}\nspec: ${spec}\n---\n`;
const cases: Array<{ name: string; yaml: string; rejected: string[] }> = [
  {
    name: 'nodePort out of range: only the allocator error',
    yaml: svc('a', '{type: NodePort, selector: {app: a}, ports: [{port: 80, nodePort: 99999}]}'),
    rejected: ['spec.ports[0].nodePort: Invalid value: 99999: provided port is not in the valid range. The range of valid ports is 30000-32767'],
  },
  {
    name: 'two ports of one Service with the same nodePort',
    yaml: svc('a', '{type: NodePort, selector: {app: a}, ports: [{name: a, port: 80, nodePort: 30080}, {name: b, port: 81, nodePort: 30080}]}'),
    rejected: ['spec.ports[1].nodePort: Invalid value: 30080: provided port is already allocated'],
  },
  {
    name: 'the later Service loses a nodePort conflict (file order)',
    yaml: svc('a', '{type: NodePort, selector: {app: a}, ports: [{port: 80, nodePort: 30080}]}') + svc('b', '{type: NodePort, selector: {app: b}, ports: [{port: 80, nodePort: 30080}]}'),
    rejected: ['spec.ports[0].nodePort: Invalid value: 30080: provided port is already allocated'],
  },
  {
    name: 'clusterIP outside the service CIDR',
    yaml: svc('a', '{clusterIP: 10.0.0.5, selector: {app: a}, ports: [{port: 80}]}'),
    rejected: ['spec.clusterIPs: Invalid value: []string{"10.0.0.5"}: failed to allocate IP 10.0.0.5: the provided IP (10.0.0.5) is not in the valid range. The range of valid IPs is 10.96.0.0/12'],
  },
  {
    name: 'clusterIP already taken',
    yaml: svc('a', '{clusterIP: 10.96.0.50, selector: {app: a}, ports: [{port: 80}]}') + svc('b', '{clusterIP: 10.96.0.50, selector: {app: b}, ports: [{port: 80}]}'),
    rejected: ['spec.clusterIPs: Invalid value: []string{"10.96.0.50"}: failed to allocate IP 10.96.0.50: provided IP is already allocated'],
  },
  {
    name: 'same port on TCP and UDP shares one nodePort',
    yaml: svc('dns', '{type: NodePort, selector: {app: dns}, ports: [{name: u, port: 53, protocol: UDP}, {name: t, port: 53, protocol: TCP}]}'),
    rejected: [],
  },
];
for (const c of cases) {
  test(`allocation on create: ${c.name}`, (t) => {
    const cluster = clusterFrom(c.yaml);
    t.deepEqual(cluster.rejected.flatMap((r) => r.errors.map(formatFieldError)), c.rejected);
  });
}

test('a rejected Service gives its allocations back', (t) => {
  // b takes 30080 but fails validation (bad port name), so c may have it
  const c = clusterFrom(svc('b', '{type: NodePort, selector: {app: b}, ports: [{name: Bad_Name, port: 80, nodePort: 30080}]}') + svc('c', '{type: NodePort, selector: {app: c}, ports: [{port: 80, nodePort: 30080}]}'));
  t.deepEqual(c.rejected.map((r) => r.ref), ['Service/default/b']);
  t.is(c.index.services.get('default/c')?.spec.ports?.[0]?.nodePort, 30080);
});

test('a shared port allocates one NodePort; LB with Local gets a healthCheckNodePort', (t) => {
  const c = clusterFrom(svc('dns', '{type: NodePort, selector: {app: dns}, ports: [{name: u, port: 53, protocol: UDP}, {name: t, port: 53, protocol: TCP}]}') + svc('lb', '{type: LoadBalancer, externalTrafficPolicy: Local, selector: {app: x}, ports: [{port: 80}]}'));
  const dns = c.index.services.get('default/dns')!;
  t.is(dns.spec.ports![0]!.nodePort, dns.spec.ports![1]!.nodePort);
  const lb = c.index.services.get('default/lb')!;
  t.true((lb.spec.healthCheckNodePort ?? 0) >= 30086);
  t.not(lb.spec.healthCheckNodePort, lb.spec.ports![0]!.nodePort);
});
