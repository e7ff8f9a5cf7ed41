// Table cells per kind, with expectations written from pkg/printers/internalversion/printers.go
// (v1.32): one table of cases per kind.
import test from 'ava';
import { tableForKind } from '../../../source/kubectl/printers/columns/index.js';
import type { KObject } from '../../../source/sim/types.js';

const now = new Date('2025-01-01T01:00:00Z');
const meta = (name: string, extra: Record<string, unknown> = {}) => ({ name, namespace: 'shop', creationTimestamp: '2025-01-01T00:00:00Z', ...extra });
const row = (obj: object, wide = false) => tableForKind((obj as KObject).kind).row(obj as KObject, { now, wide });

const svc = (spec: object, status: object = {}) => ({ kind: 'Service', apiVersion: 'v1', metadata: meta('web'), spec, status });
const lbStatus = (...ingress: object[]) => ({ loadBalancer: { ingress } });

const serviceCases: Array<{ name: string; obj: object; wide?: boolean; want: unknown[] }> = [
  { name: 'ClusterIP: <none> external IP, port/protocol', obj: svc({ type: 'ClusterIP', clusterIPs: ['10.96.0.5'], ports: [{ port: 80, protocol: 'TCP' }] }),
    want: ['web', 'ClusterIP', '10.96.0.5', '<none>', '80/TCP', '60m'] },
  { name: 'NodePort: port:nodePort/protocol, several joined by ","', obj: svc({ type: 'NodePort', clusterIPs: ['10.96.0.5'], ports: [{ port: 80, nodePort: 30080, protocol: 'TCP' }, { port: 53, protocol: 'UDP' }] }),
    want: ['web', 'NodePort', '10.96.0.5', '<none>', '80:30080/TCP,53/UDP', '60m'] },
  { name: 'externalIPs listed for ClusterIP', obj: svc({ type: 'ClusterIP', clusterIPs: ['10.96.0.5'], externalIPs: ['1.2.3.4', '5.6.7.8'], ports: [{ port: 80, protocol: 'TCP' }] }),
    want: ['web', 'ClusterIP', '10.96.0.5', '1.2.3.4,5.6.7.8', '80/TCP', '60m'] },
  { name: 'LoadBalancer without status: <pending>', obj: svc({ type: 'LoadBalancer', clusterIPs: ['10.96.0.5'], ports: [{ port: 80, nodePort: 31000, protocol: 'TCP' }] }),
    want: ['web', 'LoadBalancer', '10.96.0.5', '<pending>', '80:31000/TCP', '60m'] },
  { name: 'LoadBalancer ingress sorted, IP preferred over hostname', obj: svc({ type: 'LoadBalancer', clusterIPs: ['10.96.0.5'], ports: [] }, lbStatus({ ip: '9.9.9.9', hostname: 'x' }, { ip: '1.1.1.1' })),
    want: ['web', 'LoadBalancer', '10.96.0.5', '1.1.1.1,9.9.9.9', '<none>', '60m'] },
  { name: 'LoadBalancer address cut to 13 chars + "..." when not wide', obj: svc({ type: 'LoadBalancer', clusterIPs: ['10.96.0.5'], ports: [] }, lbStatus({ hostname: 'abcdefghijklmnopq.elb.example.com' })),
    want: ['web', 'LoadBalancer', '10.96.0.5', 'abcdefghijklm...', '<none>', '60m'] },
  { name: 'LoadBalancer status then externalIPs', obj: svc({ type: 'LoadBalancer', clusterIPs: ['10.96.0.5'], externalIPs: ['5.5.5.5'], ports: [] }, lbStatus({ ip: '1.1.1.1' })),
    want: ['web', 'LoadBalancer', '10.96.0.5', '1.1.1.1,5.5.5.5', '<none>', '60m'] },
  { name: 'ExternalName: the name, no cluster IP', obj: svc({ type: 'ExternalName', externalName: 'db.example.com' }),
    want: ['web', 'ExternalName', '<none>', 'db.example.com', '<none>', '60m'] },
  { name: 'wide adds the selector (sorted k=v, <none> when empty)', wide: true, obj: svc({ type: 'ClusterIP', clusterIPs: ['None'], selector: { tier: 'fe', app: 'web' }, ports: [{ port: 80, protocol: 'TCP' }] }),
    want: ['web', 'ClusterIP', 'None', '<none>', '80/TCP', '60m', 'app=web,tier=fe'] },
];
for (const c of serviceCases) test(`Service: ${c.name}`, (t) => t.deepEqual(row(c.obj, c.wide), c.want));

const ep = (subsets?: object[]) => ({ kind: 'Endpoints', apiVersion: 'v1', metadata: meta('web'), subsets });
const addrs = (...ips: string[]) => ips.map((ip) => ({ ip }));
const endpointsCases = [
  { name: 'no subsets: <none>', obj: ep(), want: '<none>' },
  { name: 'address:port per port', obj: ep([{ addresses: addrs('10.0.0.1', '10.0.0.2'), ports: [{ port: 8080 }] }]), want: '10.0.0.1:8080,10.0.0.2:8080' },
  { name: 'three at most, then "+ N more..."', obj: ep([{ addresses: addrs('10.0.0.1', '10.0.0.2'), ports: [{ port: 80 }, { port: 443 }] }]), want: '10.0.0.1:80,10.0.0.2:80,10.0.0.1:443 + 1 more...' },
  { name: 'headless without ports: bare IPs', obj: ep([{ addresses: addrs('10.0.0.1') }]), want: '10.0.0.1' },
  { name: 'only not-ready addresses: empty cell', obj: ep([{ notReadyAddresses: addrs('10.0.0.1'), ports: [{ port: 80 }] }]), want: '' },
  { name: 'IPv6 in brackets (net.JoinHostPort)', obj: ep([{ addresses: addrs('fd00::1'), ports: [{ port: 80 }] }]), want: '[fd00::1]:80' },
];
for (const c of endpointsCases) test(`Endpoints: ${c.name}`, (t) => t.deepEqual(row(c.obj), ['web', c.want, '60m']));

const slice = (ports: object[], endpoints: object[]) => ({ kind: 'EndpointSlice', apiVersion: 'discovery.k8s.io/v1', metadata: meta('web-abc'), addressType: 'IPv4', ports, endpoints });
test('EndpointSlice: ports and addresses, <unset> when empty, "+ N more..." past three', (t) => {
  t.deepEqual(row(slice([], [])), ['web-abc', 'IPv4', '<unset>', '<unset>', '60m']);
  t.deepEqual(row(slice([{ port: 80 }, { name: 'http' }, {}], [{ addresses: ['1.1.1.1', '2.2.2.2'] }, { addresses: ['3.3.3.3'] }, { addresses: ['4.4.4.4'] }])),
    ['web-abc', 'IPv4', '80,http,*', '1.1.1.1,2.2.2.2,3.3.3.3 + 1 more...', '60m']);
});

const pod = (spec: object, status: object, extra: Record<string, unknown> = {}) => ({ kind: 'Pod', apiVersion: 'v1', metadata: meta('p', extra), spec: { containers: [{ name: 'a' }], ...spec }, status });
const running = { running: { startedAt: '2025-01-01T00:00:00Z' } };
const podCases: Array<{ name: string; obj: object; want: unknown[]; wide?: boolean }> = [
  { name: 'running and ready', obj: pod({}, { phase: 'Running', containerStatuses: [{ name: 'a', ready: true, restartCount: 0, state: running }] }), want: ['p', '1/1', 'Running', '0', '60m'] },
  { name: 'waiting reason wins', obj: pod({}, { phase: 'Running', containerStatuses: [{ name: 'a', ready: false, restartCount: 4, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { finishedAt: '2025-01-01T00:59:00Z', exitCode: 1 } } }] }),
    want: ['p', '0/1', 'CrashLoopBackOff', '4 (60s ago)', '60m'] },
  { name: 'terminated without reason: ExitCode', obj: pod({}, { phase: 'Failed', containerStatuses: [{ name: 'a', restartCount: 0, state: { terminated: { exitCode: 2 } } }] }), want: ['p', '0/1', 'ExitCode:2', '0', '60m'] },
  { name: 'Completed', obj: pod({}, { phase: 'Succeeded', containerStatuses: [{ name: 'a', restartCount: 0, state: { terminated: { exitCode: 0, reason: 'Completed' } } }] }), want: ['p', '0/1', 'Completed', '0', '60m'] },
  { name: 'init container still running: Init:0/1', obj: pod({ initContainers: [{ name: 'i' }] }, { phase: 'Pending', initContainerStatuses: [{ name: 'i', restartCount: 0, state: running }] }), want: ['p', '0/1', 'Init:0/1', '0', '60m'] },
  { name: 'deleting: Terminating', obj: pod({}, { phase: 'Running' }, { deletionTimestamp: '2025-01-01T00:30:00Z' }), want: ['p', '0/1', 'Terminating', '0', '60m'] },
  { name: 'no status yet: phase empty', obj: pod({}, {}), want: ['p', '0/1', '', '0', '60m'] },
  { name: 'wide: IP, node, <none> for the rest', wide: true, obj: pod({ nodeName: 'n1' }, { phase: 'Running', podIPs: [{ ip: '10.244.0.5' }] }), want: ['p', '0/1', 'Running', '0', '60m', '10.244.0.5', 'n1', '<none>', '<none>'] },
  { name: 'wide: readiness gates counted', wide: true, obj: pod({ readinessGates: [{ conditionType: 'x' }, { conditionType: 'y' }] }, { phase: 'Running', conditions: [{ type: 'x', status: 'True' }] }), want: ['p', '0/1', 'Running', '0', '60m', '<none>', '<none>', '<none>', '1/2'] },
];
for (const c of podCases) test(`Pod: ${c.name}`, (t) => t.deepEqual(row(c.obj, c.wide), c.want));

test('Deployment: READY ready/desired, wide containers, images and selector', (t) => {
  const d = { kind: 'Deployment', apiVersion: 'apps/v1', metadata: meta('web'), spec: { replicas: 3, selector: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'In', values: ['fe', 'be'] }] }, template: { spec: { containers: [{ name: 'a', image: 'nginx' }, { name: 'b', image: 'redis' }] } } }, status: { readyReplicas: 1, updatedReplicas: 2 } };
  t.deepEqual(row(d), ['web', '1/3', 2, 0, '60m']);
  t.deepEqual(row(d, true), ['web', '1/3', 2, 0, '60m', 'a,b', 'nginx,redis', 'app=web,tier in (be,fe)']);
});

test('ReplicaSet: desired, current, ready', (t) => {
  const rs = { kind: 'ReplicaSet', apiVersion: 'apps/v1', metadata: meta('web-1'), spec: { replicas: 2, selector: {} }, status: { replicas: 2 } };
  t.deepEqual(row(rs), ['web-1', 2, 2, 0, '60m']);
  t.deepEqual(row(rs, true).slice(5), ['', '', '<none>']);
});

const ing = (spec: object, status: object = {}) => ({ kind: 'Ingress', apiVersion: 'networking.k8s.io/v1', metadata: meta('web'), spec, status });
const ingressCases = [
  { name: 'no class, no host: <none> and *', obj: ing({ rules: [{ http: {} }] }), want: ['web', '<none>', '*', '', '80', '60m'] },
  { name: 'hosts, tls adds 443, address from status', obj: ing({ ingressClassName: 'nginx', tls: [{}], rules: [{ host: 'a.com' }, { host: 'b.com' }] }, { loadBalancer: { ingress: [{ ip: '192.0.2.1' }] } }), want: ['web', 'nginx', 'a.com,b.com', '192.0.2.1', '80, 443', '60m'] },
  { name: 'more than three hosts', obj: ing({ rules: [{ host: 'a' }, { host: 'b' }, { host: 'c' }, { host: 'd' }, { host: 'e' }] }), want: ['web', '<none>', 'a,b,c + 2 more...', '', '80', '60m'] },
];
for (const c of ingressCases) test(`Ingress: ${c.name}`, (t) => t.deepEqual(row(c.obj), c.want));

test('IngressClass: controller and parameters Kind.group/name', (t) => {
  const ic = (parameters?: object) => ({ kind: 'IngressClass', apiVersion: 'networking.k8s.io/v1', metadata: meta('nginx'), spec: { controller: 'k8s.io/ingress-nginx', parameters } });
  t.deepEqual(row(ic()), ['nginx', 'k8s.io/ingress-nginx', '<none>', '60m']);
  t.deepEqual(row(ic({ kind: 'IngressParameters', apiGroup: 'k8s.example.com', name: 'p' })), ['nginx', 'k8s.io/ingress-nginx', 'IngressParameters.k8s.example.com/p', '60m']);
});

test('NetworkPolicy: pod selector, <none> for all pods', (t) => {
  const np = (podSelector: object) => ({ kind: 'NetworkPolicy', apiVersion: 'networking.k8s.io/v1', metadata: meta('deny'), spec: { podSelector } });
  t.deepEqual(row(np({})), ['deny', '<none>', '60m']);
  t.deepEqual(row(np({ matchLabels: { app: 'api' }, matchExpressions: [{ key: 'env', operator: 'NotIn', values: ['dev'] }, { key: 'x', operator: 'DoesNotExist' }] })), ['deny', 'app=api,env notin (dev),!x', '60m']);
});

test('Namespace, Node and ConfigMap', (t) => {
  t.deepEqual(row({ kind: 'Namespace', apiVersion: 'v1', metadata: meta('shop'), status: { phase: 'Active' } }), ['shop', 'Active', '60m']);
  const node = { kind: 'Node', apiVersion: 'v1', metadata: meta('cp', { labels: { 'node-role.kubernetes.io/control-plane': '', 'kubernetes.io/role': 'master' } }), spec: { unschedulable: true },
    status: { conditions: [{ type: 'Ready', status: 'False' }], nodeInfo: { kubeletVersion: 'v1.32.5' }, addresses: [{ type: 'InternalIP', address: '172.18.0.2' }] } };
  t.deepEqual(row(node), ['cp', 'NotReady,SchedulingDisabled', 'control-plane,master', '60m', 'v1.32.5']);
  t.deepEqual(row(node, true).slice(5), ['172.18.0.2', '<none>', '<unknown>', '<unknown>', '<unknown>']);
  t.deepEqual(row({ kind: 'Node', apiVersion: 'v1', metadata: meta('w') }), ['w', 'Unknown', '<none>', '60m', '']);
  t.deepEqual(row({ kind: 'ConfigMap', apiVersion: 'v1', metadata: meta('c'), data: { a: '1', b: '2' }, binaryData: { c: '' } }), ['c', 3, '60m']);
});

test('kinds without a printer: NAME and AGE', (t) => {
  t.deepEqual(row({ kind: 'Widget', apiVersion: 'example.com/v1', metadata: meta('r') }), ['r', '60m']);
});

// Gateway API CRDs: additionalPrinterColumns (config/crd/standard/*.yaml)
const gwApi = (kind: string, spec: object, status?: object) => ({ kind, apiVersion: 'gateway.networking.k8s.io/v1', metadata: meta('x'), spec, ...(status ? { status } : {}) });
const gatewayApiCases: Array<{ name: string; obj: object; wide?: boolean; want: unknown[] }> = [
  { name: 'GatewayClass: CONTROLLER, ACCEPTED Unknown until a controller writes it', obj: gwApi('GatewayClass', { controllerName: 'example.net/gw' }), want: ['x', 'example.net/gw', 'Unknown', '60m'] },
  { name: 'GatewayClass -o wide adds DESCRIPTION', wide: true, obj: gwApi('GatewayClass', { controllerName: 'example.net/gw', description: 'd' }, { conditions: [{ type: 'Accepted', status: 'True' }] }), want: ['x', 'example.net/gw', 'True', '60m', 'd'] },
  { name: 'Gateway: CLASS, ADDRESS (status), PROGRAMMED', obj: gwApi('Gateway', { gatewayClassName: 'eg' }, { addresses: [{ value: '1.2.3.4' }, { value: '5.6.7.8' }], conditions: [{ type: 'Programmed', status: 'True' }] }), want: ['x', 'eg', '1.2.3.4 5.6.7.8', 'True', '60m'] },
  { name: 'Gateway without status: empty ADDRESS, PROGRAMMED Unknown', obj: gwApi('Gateway', { gatewayClassName: 'eg' }), want: ['x', 'eg', '', 'Unknown', '60m'] },
  { name: 'HTTPRoute: HOSTNAMES as JSON', obj: gwApi('HTTPRoute', { hostnames: ['a.example.com', 'b.example.com'] }), want: ['x', '["a.example.com","b.example.com"]', '60m'] },
  { name: 'ReferenceGrant: NAME AGE', obj: gwApi('ReferenceGrant', {}), want: ['x', '60m'] },
];
for (const c of gatewayApiCases) test(`Gateway API: ${c.name}`, (t) => t.deepEqual(row(c.obj, c.wide), c.want));
