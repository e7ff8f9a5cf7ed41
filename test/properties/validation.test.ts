// Property: validation never mutates the object it is asked about (it may compute defaults, but
// on its own copies). Objects are deep-frozen, so a write throws in strict mode, and compared
// with a structuredClone taken before.
import test from 'ava';
import fc from 'fast-check';
import { validateObject } from '../../source/sim/validation/index.js';
import type { KObject } from '../../source/sim/types.js';

const RUNS = 200;

function deepFreeze<T>(v: T): T {
  if (v && typeof v === 'object' && !Object.isFrozen(v)) { Object.freeze(v); for (const k of Object.keys(v)) deepFreeze((v as Record<string, unknown>)[k]); }
  return v;
}

const name = fc.oneof(fc.constantFrom('web', 'db', 'a', 'Web', 'web_1', '-x', 'x'.repeat(70), ''), fc.string({ maxLength: 8 }));
const labels = fc.dictionary(fc.oneof(fc.constantFrom('app', 'tier', 'k8s.io/x', 'bad key', ''), fc.string({ maxLength: 5 })), fc.oneof(name, fc.constant('')), { maxKeys: 3 });
const metadata = fc.record({ name, namespace: fc.constantFrom('default', 'x', 'Bad NS'), labels, annotations: labels }, { requiredKeys: ['name'] });
const portNo = fc.oneof(fc.integer({ min: -2, max: 70000 }), fc.constantFrom(80, 443, 30080));
const protocol = fc.constantFrom('TCP', 'UDP', 'SCTP', 'tcp', 'HTTP');
const servicePort = fc.record({ name, port: portNo, targetPort: fc.oneof(portNo, name), nodePort: portNo, protocol, appProtocol: name }, { requiredKeys: ['port'] });
const ip = fc.constantFrom('10.96.0.10', '10.96.0.300', 'None', '', 'fd00::1', '1.2.3.4', 'x');
const service = fc.record({
  type: fc.constantFrom('ClusterIP', 'NodePort', 'LoadBalancer', 'ExternalName', 'Bogus'),
  selector: labels, ports: fc.array(servicePort, { maxLength: 3 }), clusterIP: ip, clusterIPs: fc.array(ip, { maxLength: 2 }),
  externalName: name, externalTrafficPolicy: fc.constantFrom('Cluster', 'Local', 'x'), internalTrafficPolicy: fc.constantFrom('Cluster', 'Local'),
  sessionAffinity: fc.constantFrom('None', 'ClientIP', 'x'), ipFamilies: fc.array(fc.constantFrom('IPv4', 'IPv6', 'x'), { maxLength: 2 }),
  ipFamilyPolicy: fc.constantFrom('SingleStack', 'PreferDualStack', 'RequireDualStack'), externalIPs: fc.array(ip, { maxLength: 2 }),
  publishNotReadyAddresses: fc.boolean(), allocateLoadBalancerNodePorts: fc.boolean(), loadBalancerClass: name,
}, { requiredKeys: [] });
const container = fc.record({ name, image: name, ports: fc.array(fc.record({ name, containerPort: portNo, protocol, hostPort: portNo }, { requiredKeys: ['containerPort'] }), { maxLength: 2 }) }, { requiredKeys: ['name'] });
const podSpec = fc.record({ containers: fc.array(container, { maxLength: 2 }), nodeName: name, hostname: name, subdomain: name, hostNetwork: fc.boolean(), restartPolicy: fc.constantFrom('Always', 'Never', 'x') }, { requiredKeys: [] });
const selector = fc.record({ matchLabels: labels, matchExpressions: fc.array(fc.record({ key: name, operator: fc.constantFrom('In', 'NotIn', 'Exists', 'DoesNotExist', 'x'), values: fc.array(name, { maxLength: 2 }) }), { maxLength: 2 }) }, { requiredKeys: [] });
const backend = fc.record({ service: fc.record({ name, port: fc.oneof(fc.record({ number: portNo }), fc.record({ name })) }) }, { requiredKeys: [] });
const ingressSpec = fc.record({
  ingressClassName: name, defaultBackend: backend,
  rules: fc.array(fc.record({ host: fc.constantFrom('a.example', '*.example', '*', 'A.example', '1.2.3.4', ''), http: fc.record({ paths: fc.array(fc.record({ path: fc.constantFrom('/', '/a', 'a', '/a//b', ''), pathType: fc.constantFrom('Exact', 'Prefix', 'ImplementationSpecific', 'x'), backend }, { requiredKeys: [] }), { maxLength: 2 }) }) }, { requiredKeys: [] }), { maxLength: 2 }),
  tls: fc.array(fc.record({ hosts: fc.array(name, { maxLength: 2 }), secretName: name }, { requiredKeys: [] }), { maxLength: 1 }),
}, { requiredKeys: [] });
const peer = fc.record({ podSelector: selector, namespaceSelector: selector, ipBlock: fc.record({ cidr: fc.constantFrom('10.0.0.0/8', '10.0.0.1/8', 'x', '::/0'), except: fc.array(fc.constantFrom('10.1.0.0/16', '11.0.0.0/8', 'x'), { maxLength: 2 }) }, { requiredKeys: [] }) }, { requiredKeys: [] });
const npPort = fc.record({ port: fc.oneof(portNo, name), endPort: portNo, protocol }, { requiredKeys: [] });
const netpolSpec = fc.record({ podSelector: selector, policyTypes: fc.array(fc.constantFrom('Ingress', 'Egress', 'x'), { maxLength: 3 }), ingress: fc.array(fc.record({ from: fc.array(peer, { maxLength: 2 }), ports: fc.array(npPort, { maxLength: 2 }) }, { requiredKeys: [] }), { maxLength: 2 }), egress: fc.array(fc.record({ to: fc.array(peer, { maxLength: 2 }), ports: fc.array(npPort, { maxLength: 2 }) }, { requiredKeys: [] }), { maxLength: 2 }) }, { requiredKeys: [] });
const addresses = fc.array(fc.record({ ip, hostname: name, nodeName: name, targetRef: fc.record({ kind: fc.constant('Pod'), name, namespace: name }) }, { requiredKeys: ['ip'] }), { maxLength: 2 });
const endpointsSubsets = fc.array(fc.record({ addresses, notReadyAddresses: addresses, ports: fc.array(fc.record({ name, port: portNo, protocol }, { requiredKeys: ['port'] }), { maxLength: 2 }) }, { requiredKeys: [] }), { maxLength: 2 });

const object: fc.Arbitrary<KObject> = fc.oneof(
  fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('Service'), metadata, spec: service }),
  fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('Pod'), metadata, spec: podSpec }),
  fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('Namespace'), metadata }),
  fc.record({ apiVersion: fc.constant('v1'), kind: fc.constant('Endpoints'), metadata, subsets: endpointsSubsets }),
  fc.record({ apiVersion: fc.constant('apps/v1'), kind: fc.constantFrom('Deployment', 'ReplicaSet'), metadata, spec: fc.record({ replicas: fc.integer({ min: -1, max: 5 }), selector, template: fc.record({ metadata: fc.record({ labels }), spec: podSpec }) }, { requiredKeys: [] }) }),
  fc.record({ apiVersion: fc.constant('networking.k8s.io/v1'), kind: fc.constant('Ingress'), metadata, spec: ingressSpec }),
  fc.record({ apiVersion: fc.constant('networking.k8s.io/v1'), kind: fc.constant('IngressClass'), metadata, spec: fc.record({ controller: fc.constantFrom('k8s.io/ingress-nginx', 'x', '') }) }),
  fc.record({ apiVersion: fc.constant('networking.k8s.io/v1'), kind: fc.constant('NetworkPolicy'), metadata, spec: netpolSpec }),
) as fc.Arbitrary<KObject>;

test('validation never mutates its input (deep-frozen, compared with a clone)', (t) => {
  let withErrors = 0;
  fc.assert(fc.property(object, (o) => {
    const before = structuredClone(o);
    const errors = validateObject(deepFreeze(o));
    if (errors.length) withErrors++;
    t.deepEqual(o, before);
    return Array.isArray(errors);
  }), { numRuns: RUNS * 2 });
  t.true(withErrors > 0);
});

test('validating twice gives the same answer (no hidden state)', (t) => {
  fc.assert(fc.property(object, (o) => JSON.stringify(validateObject(o)) === JSON.stringify(validateObject(structuredClone(o)))), { numRuns: RUNS });
  t.pass();
});
