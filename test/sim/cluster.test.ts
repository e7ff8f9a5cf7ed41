// Building a cluster from a file: API-server defaults (pkg/apis/core/v1/defaults.go), create
// order and rejection (kubectl create -f), namespaces, nodes and pod IPs, settings
// (DESIGN.md "Command-line contract" and "Details both sides rely on"), kubeadm's objects.
import test from 'ava';
import { allObjects, buildCluster, findNode, findObject, findPod, findService, isDerived } from '../../source/sim/cluster.js';
import type { Service } from '../../source/sim/types.js';
import { app, clusterFrom, load } from './helpers.js';

test('Service defaults as the API server fills them', (t) => {
  const c = clusterFrom(`
apiVersion: v1
kind: Service
metadata: {name: web}
spec:
  selector: {app: web}
  ports: [{port: 80}, {port: 81, targetPort: 0, name: b}]
---
apiVersion: v1
kind: Service
metadata: {name: np}
spec: {type: NodePort, selector: {app: web}, ports: [{port: 80}]}
---
apiVersion: v1
kind: Service
metadata: {name: ext}
spec: {type: ExternalName, externalName: db.example.com}
---
apiVersion: v1
kind: Service
metadata: {name: hl}
spec: {clusterIP: None, ports: [{port: 80}]}
`.replace('[{port: 80}, {port: 81, targetPort: 0, name: b}]', '[{port: 80, name: a}, {port: 81, targetPort: 0, name: b}]'));
  t.deepEqual(c.rejected.map((r) => r.message), []);
  const web = findService(c, 'default/web')!;
  t.is(web.spec.type, 'ClusterIP');
  t.is(web.spec.sessionAffinity, 'None');
  t.is(web.spec.internalTrafficPolicy, 'Cluster');
  t.is(web.spec.externalTrafficPolicy, undefined);
  t.deepEqual(web.spec.ports!.map((p) => [p.protocol, p.targetPort]), [['TCP', 80], ['TCP', 81]]);
  t.deepEqual(web.spec.clusterIPs, [web.spec.clusterIP]);
  t.deepEqual([web.spec.ipFamilies, web.spec.ipFamilyPolicy], [['IPv4'], 'SingleStack']);
  const np = findService(c, 'default/np')!;
  t.is(np.spec.externalTrafficPolicy, 'Cluster');
  t.true(np.spec.ports![0]!.nodePort! >= 30000);
  const ext = findService(c, 'default/ext')!;
  t.deepEqual([ext.spec.clusterIP, ext.spec.ipFamilies, ext.spec.internalTrafficPolicy], [undefined, undefined, undefined]);
  const hl = findService(c, 'default/hl')!;
  // headless + selectorless: RequireDualStack with both families, even on a single-stack cluster
  t.deepEqual([hl.spec.clusterIPs, hl.spec.ipFamilyPolicy, hl.spec.ipFamilies], [['None'], 'RequireDualStack', ['IPv4', 'IPv6']]);
});

test('the input objects are not modified', (t) => {
  const objs = load(app({ name: 'web' }));
  const before = JSON.stringify(objs);
  buildCluster(objs);
  t.is(JSON.stringify(objs), before);
});

test('building is deterministic', (t) => {
  const yaml = app({ name: 'web', ns: 'shop', type: 'NodePort' }) + app({ name: 'api', ns: 'shop' });
  const a = clusterFrom(yaml);
  const b = clusterFrom(yaml);
  t.deepEqual(allObjects(a), allObjects(b));
});

test('objects are created in file order: a duplicate is rejected as AlreadyExists', (t) => {
  const c = clusterFrom('kind: Pod\napiVersion: v1\nmetadata: {name: a}\nspec: {containers: [{name: c, image: x}]}\n---\nkind: Pod\napiVersion: v1\nmetadata: {name: a}\nspec: {containers: [{name: d, image: z}]}\n');
  t.is(c.rejected.length, 1);
  t.is(c.rejected[0]!.reason, 'AlreadyExists');
  t.is(c.rejected[0]!.message, 'pods "a" already exists');
  t.is(findPod(c, 'default/a')!.spec.containers[0]!.name, 'c');
});

test('an invalid object is rejected with the API server\'s message and is not in the cluster', (t) => {
  const c = clusterFrom('apiVersion: v1\nkind: Service\nmetadata: {name: Web}\nspec: {selector: {app: web}, ports: [{port: 80}]}\n');
  t.is(c.rejected.length, 1);
  t.regex(c.rejected[0]!.message, /^The Service "Web" is invalid: metadata\.name: Invalid value: "Web": /);
  t.is(findService(c, 'default/Web'), undefined);
  t.is(c.index.serviceByClusterIP.size, 0, 'its ClusterIP went back to the pool');
});

test('namespaces that objects use exist, labelled kubernetes.io/metadata.name; declared ones too', (t) => {
  const c = clusterFrom(app({ name: 'web', ns: 'shop' }) + 'apiVersion: v1\nkind: Namespace\nmetadata: {name: prod, labels: {team: a}}\n');
  const ns = (n: string) => findObject(c, `Namespace/${n}`);
  t.deepEqual(ns('shop')?.metadata.labels, { 'kubernetes.io/metadata.name': 'shop' });
  t.deepEqual(ns('prod')?.metadata.labels, { team: 'a', 'kubernetes.io/metadata.name': 'prod' });
  t.truthy(ns('default'));
  t.true(isDerived(c, ns('shop')!));
  t.false(isDerived(c, ns('prod')!));
  t.is(ns('kube-system'), undefined, 'no implicit kube-system without kubeadm');
});

test('nodes: a default controlplane; named nodes get 172.18.0.2, .3 in order; pod CIDR /24 per node', (t) => {
  const one = clusterFrom(app({ name: 'web', replicas: 3 }));
  t.deepEqual(one.index.nodeOrder.map((n) => [n.metadata.name, n.status?.addresses?.[0]?.address, (n.spec as { podCIDR?: string }).podCIDR]), [['controlplane', '172.18.0.2', '10.244.0.0/24']]);
  t.deepEqual([...one.index.pods.values()].map((p) => p.status?.podIP), ['10.244.0.2', '10.244.0.3', '10.244.0.4']);
  const pods = ['node01', 'node02', 'node01'].map((n, i) => `apiVersion: v1\nkind: Pod\nmetadata: {name: p${i}}\nspec: {nodeName: ${n}, containers: [{name: c, image: x}]}\n---\n`).join('');
  const two = clusterFrom(pods);
  t.deepEqual(two.index.nodeOrder.map((n) => [n.metadata.name, n.status?.addresses?.[0]?.address]), [['node01', '172.18.0.2'], ['node02', '172.18.0.3']]);
  t.deepEqual(['p0', 'p1', 'p2'].map((p) => findPod(two, p)!.status?.podIP), ['10.244.0.2', '10.244.1.2', '10.244.0.3']);
});

test('pods without nodeName go round-robin in file order, skipping tainted nodes; explicit IPs are avoided', (t) => {
  const yaml = `
apiVersion: v1
kind: Node
metadata: {name: cp}
spec: {taints: [{key: node-role.kubernetes.io/control-plane, effect: NoSchedule}]}
status: {addresses: [{type: InternalIP, address: 192.168.0.10}]}
---
apiVersion: v1
kind: Node
metadata: {name: w1}
---
apiVersion: v1
kind: Node
metadata: {name: w2}
---
apiVersion: v1
kind: Pod
metadata: {name: fixed}
spec: {nodeName: w1, containers: [{name: c, image: x}]}
status: {phase: Running, podIP: 10.244.1.2}
${[1, 2, 3].map((i) => `---\napiVersion: v1\nkind: Pod\nmetadata: {name: p${i}}\nspec: {containers: [{name: c, image: x}]}\n`).join('')}`;
  const c = clusterFrom(yaml);
  t.deepEqual(['p1', 'p2', 'p3'].map((p) => findPod(c, p)!.spec.nodeName), ['w1', 'w2', 'w1']);
  t.deepEqual(['p1', 'p2', 'p3'].map((p) => findPod(c, p)!.status?.podIP), ['10.244.1.3', '10.244.2.2', '10.244.1.4']);
  t.is(findNode(c, 'cp')!.status!.addresses![0]!.address, '192.168.0.10');
  t.is(findNode(c, 'w1')!.status!.addresses![0]!.address, '172.18.0.2');
  t.is(findPod(c, 'p1')!.status?.hostIP, '172.18.0.2');
});

test('a status in the file is kept: not ready, terminating, pending, host network', (t) => {
  const c = clusterFrom(`
apiVersion: v1
kind: Pod
metadata: {name: nr}
spec: {containers: [{name: c, image: x}]}
status: {phase: Running, podIP: 10.244.0.50, conditions: [{type: Ready, status: "False"}]}
---
apiVersion: v1
kind: Pod
metadata: {name: term, deletionTimestamp: "2025-01-01T00:00:00Z"}
spec: {containers: [{name: c, image: x}]}
---
apiVersion: v1
kind: Pod
metadata: {name: pend}
spec: {containers: [{name: c, image: x}]}
status: {phase: Pending}
---
apiVersion: v1
kind: Pod
metadata: {name: hn}
spec: {hostNetwork: true, containers: [{name: c, image: x}]}
`);
  t.deepEqual(findPod(c, 'nr')!.status?.conditions, [{ type: 'Ready', status: 'False' }]);
  t.is(findPod(c, 'nr')!.status?.podIP, '10.244.0.50');
  t.truthy(findPod(c, 'term')!.metadata.deletionTimestamp);
  t.is(findPod(c, 'pend')!.status?.podIP, undefined);
  t.is(findPod(c, 'pend')!.spec.nodeName, undefined, 'a Pending pod stays unscheduled as the file says');
  t.is(findPod(c, 'hn')!.status?.podIP, '172.18.0.2');
});

test('settings: defaults, kube-proxy ConfigMap, options; a dump\'s service CIDR from Service kubernetes', (t) => {
  const cm = (mode: string) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: kube-proxy, namespace: kube-system}\ndata:\n  config.conf: |\n    apiVersion: kubeproxy.config.k8s.io/v1alpha1\n    kind: KubeProxyConfiguration\n    mode: "${mode}"\n`;
  t.is(clusterFrom('').settings.proxyMode, 'iptables');
  t.is(clusterFrom(cm('ipvs')).settings.proxyMode, 'ipvs');
  t.is(clusterFrom(cm('')).settings.proxyMode, 'iptables', 'empty mode means iptables on Linux');
  t.is(clusterFrom(cm('nftables'), { settings: { proxyMode: 'ipvs' } }).settings.proxyMode, 'ipvs', 'the caller wins');
  t.is(clusterFrom('', { settings: { clusterDomain: 'example.org' } }).settings.clusterDomain, 'example.org');
  const k3s = clusterFrom('apiVersion: v1\nkind: Service\nmetadata: {name: kubernetes}\nspec: {clusterIP: 10.43.0.1, ports: [{port: 443, name: https}]}\n---\napiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: {clusterIP: 10.43.12.9, selector: {a: b}, ports: [{port: 80}]}\n');
  t.is(k3s.settings.serviceCIDR, '10.43.0.0/16');
  t.deepEqual(k3s.rejected, []);
});

test('kubeadm: the kubernetes and kube-dns Services, CoreDNS pods, kube-proxy ConfigMap', (t) => {
  const c = buildCluster([], { kubeadm: true });
  const k = findService(c, 'default/kubernetes')!;
  t.deepEqual([k.spec.clusterIP, k.spec.ports![0]], ['10.96.0.1', { name: 'https', port: 443, protocol: 'TCP', targetPort: 6443 }]);
  const dns = findService(c, 'kube-system/kube-dns')!;
  t.is(dns.spec.clusterIP, '10.96.0.10');
  t.deepEqual(dns.spec.ports!.map((p) => `${p.name} ${p.port}/${p.protocol}`), ['dns 53/UDP', 'dns-tcp 53/TCP', 'metrics 9153/TCP']);
  const coredns = [...c.index.pods.values()].filter((p) => p.metadata.labels?.['k8s-app'] === 'kube-dns');
  t.is(coredns.length, 2);
  t.deepEqual(c.index.endpoints.get('default/kubernetes')!.byPort.get('https/TCP')!.map((e) => `${e.ip}:${e.port}`), ['172.18.0.2:6443']);
  t.truthy(findObject(c, 'ConfigMap/kube-system/kube-proxy'));
  t.deepEqual([...c.index.namespaces.keys()].sort(), ['default', 'kube-node-lease', 'kube-public', 'kube-system']);
  // the file's own objects win over kubeadm's
  const own = buildCluster(load('apiVersion: v1\nkind: Service\nmetadata: {name: kube-dns, namespace: kube-system}\nspec: {clusterIP: 10.96.0.10, selector: {app: mydns}, ports: [{port: 53, protocol: UDP}]}\n'), { kubeadm: true });
  t.deepEqual([own.rejected.length, (findService(own, 'kube-system/kube-dns') as Service).spec.selector], [0, { app: 'mydns' }]);
});

test('unknown kinds are kept and ignored politely', (t) => {
  const c = clusterFrom('apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\nspec: {size: 3}\n');
  t.deepEqual(c.rejected, []);
  t.is(findObject(c, 'Widget/default/w')?.spec.size, 3);
});

// Decoding (encoding/json into the Go types) comes before defaults and validation
const decoding: Array<{ name: string; yaml: string; message: string }> = [
  {
    name: 'a port given as a string',
    yaml: 'apiVersion: v1\nkind: Service\nmetadata: {name: a}\nspec: {ports: [{port: "80"}]}\n',
    message: 'Service in version "v1" cannot be handled as a Service: json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port of type int32',
  },
  {
    name: 'a label value that is a number',
    yaml: 'apiVersion: v1\nkind: Pod\nmetadata: {name: a, labels: {version: 2}}\nspec: {containers: [{name: c, image: x}]}\n',
    message: 'Pod in version "v1" cannot be handled as a Pod: json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string',
  },
  {
    name: 'spec that is not a mapping',
    yaml: 'apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: a}\nspec: [1]\n',
    message: 'Deployment in version "v1" cannot be handled as a Deployment: json: cannot unmarshal array into Go struct field Deployment.spec of type v1.DeploymentSpec',
  },
];
for (const c of decoding) {
  test(`decoding: ${c.name}`, (t) => {
    const cl = clusterFrom(c.yaml);
    t.deepEqual(cl.rejected.map((r) => [r.reason, r.message]), [['BadRequest', c.message]]);
  });
}

test('null entries decode to zero values, as encoding/json does, and never crash the build', (t) => {
  const c = clusterFrom(`
apiVersion: v1
kind: Service
metadata: {name: s, labels: null}
spec: {selector: {app: a}, ports: [null]}
---
apiVersion: v1
kind: Pod
metadata: {name: p, labels: {app: a}}
spec: {containers: [{name: c, image: x, ports: [null]}]}
status: null
---
apiVersion: v1
kind: Endpoints
metadata: {name: e}
subsets: [null]
`);
  t.deepEqual(c.rejected.map((r) => r.ref), ['Service/default/s', 'Pod/default/p', 'Endpoints/default/e']);
  t.regex(c.rejected[0]!.message, /spec\.ports\[0\]\.port: Invalid value: 0/);
  t.regex(c.rejected[2]!.message, /subsets\[0\]: Required value/);
});
