// The Endpoints controller (pkg/controller/endpoint), the EndpointSlice controller
// (pkg/controller/endpointslice; staging/src/k8s.io/endpointslice utils.go podToEndpoint) and
// EndpointSlice mirroring (pkg/controller/endpointslicemirroring).
import test from 'ava';
import { findObject } from '../../../source/sim/cluster.js';
import { repackSubsets } from '../../../source/sim/controllers/endpoints.js';
import type { Endpoints, EndpointSlice } from '../../../source/sim/types.js';
import { clusterFrom } from '../helpers.js';

const pod = (name: string, o: { labels?: string; status?: string; meta?: string; ports?: string; spec?: string } = {}) => `
apiVersion: v1
kind: Pod
metadata: {name: ${name}, labels: ${o.labels ?? '{app: web}'}${o.meta ? `, ${o.meta}` : ''}}
spec: {containers: [{name: c, image: x, ports: ${o.ports ?? '[{containerPort: 8080, name: http}]'}}]${o.spec ? `, ${o.spec}` : ''}}
${o.status ? `status: ${o.status}` : ''}
---`;
const service = (spec: string) => `apiVersion: v1\nkind: Service\nmetadata: {name: web}\nspec: ${spec}\n---\n`;

function endpointsOf(yaml: string) {
  const c = clusterFrom(yaml);
  const ep = findObject(c, 'Endpoints/default/web') as Endpoints | undefined;
  const slices = c.derived.filter((o): o is EndpointSlice => o.kind === 'EndpointSlice' && o.metadata.labels?.['kubernetes.io/service-name'] === 'web');
  return { c, ep, slices };
}

const readiness: Array<{ name: string; pods: string; spec?: string; ready: string[]; notReady: string[]; slice: Array<[string, boolean, boolean, boolean]> }> = [
  {
    name: 'ready, not ready, no IP, terminal, terminating',
    pods: pod('a') + pod('b', { status: '{phase: Running, podIP: 10.244.0.50, conditions: [{type: Ready, status: "False"}]}' }) + pod('c', { status: '{phase: Pending}' })
      + pod('d', { status: '{phase: Succeeded, podIP: 10.244.0.51}' }) + pod('e', { meta: 'deletionTimestamp: "2025-01-01T00:00:00Z"' }),
    ready: ['a'], notReady: ['b'],
    // [pod, ready, serving, terminating]: terminating pods stay in slices, never ready
    slice: [['a', true, true, false], ['b', false, false, false], ['e', false, true, true]],
  },
  {
    name: 'publishNotReadyAddresses: not-ready and terminating pods are ready addresses',
    spec: '{publishNotReadyAddresses: true, clusterIP: None, selector: {app: web}, ports: [{port: 80, targetPort: 8080}]}',
    pods: pod('a') + pod('b', { status: '{phase: Running, podIP: 10.244.0.50, conditions: [{type: Ready, status: "False"}]}' }) + pod('e', { meta: 'deletionTimestamp: "2025-01-01T00:00:00Z"' }),
    ready: ['a', 'b', 'e'], notReady: [],
    slice: [['a', true, true, false], ['b', true, false, false], ['e', true, true, true]],
  },
];
for (const c of readiness) {
  test(`readiness: ${c.name}`, (t) => {
    const { ep, slices } = endpointsOf(service(c.spec ?? '{selector: {app: web}, ports: [{port: 80, targetPort: 8080}]}') + c.pods);
    const names = (l?: Array<{ targetRef?: { name: string } }>) => (l ?? []).map((a) => a.targetRef!.name).sort();
    t.deepEqual(names(ep!.subsets?.flatMap((s) => s.addresses ?? [])), c.ready);
    t.deepEqual(names(ep!.subsets?.flatMap((s) => s.notReadyAddresses ?? [])), c.notReady);
    const got = slices.flatMap((s) => s.endpoints ?? []).map((e) => [e.targetRef!.name, e.conditions!.ready!, e.conditions!.serving!, e.conditions!.terminating!] as [string, boolean, boolean, boolean]).sort();
    t.deepEqual(got, c.slice);
  });
}

test('a named targetPort resolves per pod by name AND protocol; pods lacking it are left out of that port', (t) => {
  const yaml = service('{selector: {app: web}, ports: [{name: web, port: 80, targetPort: http}, {name: m, port: 9090, targetPort: 9090}]}')
    + pod('a', { ports: '[{containerPort: 8080, name: http}]' })
    + pod('b', { ports: '[{containerPort: 8081, name: http}]' })
    + pod('c', { ports: '[{containerPort: 8080, name: http, protocol: UDP}]' });
  const { c, ep, slices } = endpointsOf(yaml);
  const web = c.index.endpoints.get('default/web')!.byPort.get('web/TCP')!.map((e) => `${e.pod!.metadata.name}:${e.port}`).sort();
  t.deepEqual(web, ['a:8080', 'b:8081']);
  t.is(c.index.endpoints.get('default/web')!.byPort.get('m/TCP')!.length, 3);
  // RepackSubsets: ports that the same addresses serve share a subset
  t.deepEqual(ep!.subsets!.map((s) => [s.addresses!.map((a) => a.targetRef!.name), s.ports!.map((p) => `${p.name}:${p.port}`)]), [
    [['a'], ['web:8080']],
    [['a', 'b', 'c'], ['m:9090']],
    [['b'], ['web:8081']],
  ]);
  t.is(slices.length, 3, 'one slice per port list');
});

test('a Service only selects pods in its own namespace, and hand-made Endpoints are overwritten', (t) => {
  const yaml = service('{selector: {app: web}, ports: [{port: 80, targetPort: 8080}]}') + pod('a') + `
apiVersion: v1
kind: Pod
metadata: {name: other, namespace: prod, labels: {app: web}}
spec: {containers: [{name: c, image: x}]}
---
apiVersion: v1
kind: Endpoints
metadata: {name: web}
subsets: [{addresses: [{ip: 1.2.3.4}], ports: [{port: 80}]}]
`;
  const { c, ep } = endpointsOf(yaml);
  t.deepEqual(ep!.subsets!.flatMap((s) => s.addresses!.map((a) => a.targetRef?.name)), ['a']);
  t.false(c.objects.some((o) => o.kind === 'Endpoints'), 'the user\'s Endpoints were replaced');
  t.deepEqual(c.superseded.map((o) => `${o.kind}/${o.metadata.name}`), ['Endpoints/web']);
});

test('a selectorless Service uses hand-made Endpoints, mirrored into EndpointSlices', (t) => {
  const { c, slices } = endpointsOf(service('{ports: [{name: db, port: 5432}]}') + `
apiVersion: v1
kind: Endpoints
metadata: {name: web}
subsets: [{addresses: [{ip: 192.168.1.20}, {ip: 192.168.1.21}], notReadyAddresses: [{ip: 192.168.1.22}], ports: [{name: db, port: 5432}]}]
`);
  t.is(slices.length, 1);
  t.is(slices[0]!.metadata.labels!['endpointslice.kubernetes.io/managed-by'], 'endpointslicemirroring-controller.k8s.io');
  t.deepEqual(c.index.endpoints.get('default/web')!.byPort.get('db/TCP')!.map((e) => [e.ip, e.ready]), [['192.168.1.20', true], ['192.168.1.21', true], ['192.168.1.22', false]]);
  t.true(c.objects.some((o) => o.kind === 'Endpoints'), 'selectorless: the Endpoints are the user\'s and stay');
});

test('a hand-made EndpointSlice counts only with label kubernetes.io/service-name', (t) => {
  const slice = (name: string, labels: string) => `apiVersion: discovery.k8s.io/v1\nkind: EndpointSlice\nmetadata: {name: ${name}, labels: ${labels}}\naddressType: IPv4\nendpoints: [{addresses: [10.0.0.${name.length}]}]\nports: [{name: "", port: 80, protocol: TCP}]\n---\n`;
  const { c } = endpointsOf(service('{ports: [{port: 80}]}') + slice('labelled', '{kubernetes.io/service-name: web}') + slice('nolabel', '{app: web}'));
  t.deepEqual(c.index.endpoints.get('default/web')!.byPort.get('/TCP')!.map((e) => e.ip), ['10.0.0.8']);
});

test('pods on a node that does not exist are skipped by the EndpointSlice controller', (t) => {
  // pods name their node; a declared node list without it is the only way to miss one
  const { c } = endpointsOf(service('{selector: {app: web}, ports: [{port: 80, targetPort: 8080}]}') + pod('a', { spec: 'nodeName: ghost' }));
  // the simulator creates nodes that pods name, so the pod is kept
  t.is(c.index.endpoints.get('default/web')!.byPort.get('/TCP')!.length, 1);
});

test('hostname and subdomain: the endpoint carries the pod\'s hostname', (t) => {
  const { ep, slices } = endpointsOf(service('{clusterIP: None, selector: {app: web}, ports: [{port: 80, targetPort: 8080}]}') + pod('a', { spec: 'hostname: db-0, subdomain: web' }) + pod('b', { spec: 'hostname: db-1, subdomain: other' }));
  t.deepEqual(ep!.subsets![0]!.addresses!.map((a) => a.hostname), ['db-0', undefined]);
  t.deepEqual(slices[0]!.endpoints!.map((e) => e.hostname), ['db-0', undefined]);
  t.deepEqual(slices[0]!.metadata.labels!['service.kubernetes.io/headless'], '');
});

test('repackSubsets groups addresses by port set (endpoints.RepackSubsets)', (t) => {
  const a = { ip: '10.0.0.1' };
  const b = { ip: '10.0.0.2' };
  const p80 = { name: 'a', port: 80, protocol: 'TCP' as const };
  const p81 = { name: 'b', port: 81, protocol: 'TCP' as const };
  // a set of (address, readiness) per port; ports with the same set share a subset
  t.deepEqual(repackSubsets([{ addresses: [a], ports: [p80] }, { addresses: [b], ports: [p80] }, { addresses: [a], ports: [p81] }, { notReadyAddresses: [b], ports: [p81] }]), [
    { addresses: [a, b], ports: [p80] },
    { addresses: [a], notReadyAddresses: [b], ports: [p81] },
  ]);
  t.deepEqual(repackSubsets([{ addresses: [b], ports: [p81] }, { addresses: [a], ports: [p80] }, { addresses: [a], ports: [p81] }, { addresses: [b], ports: [p80] }]), [
    { addresses: [a, b], ports: [p80, p81] },
  ]);
});

test('a Service selecting nothing gets an empty Endpoints and one placeholder slice', (t) => {
  const { ep, slices } = endpointsOf(service('{selector: {app: nothing}, ports: [{port: 80}]}'));
  t.deepEqual(ep!.subsets, []);
  t.deepEqual(slices.map((s) => [s.endpoints, s.ports]), [[[], []]]);
});
