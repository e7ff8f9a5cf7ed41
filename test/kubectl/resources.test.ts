// Resource type names as kubectl's RESTMapper resolves them, and TYPE/NAME arguments.
import test from 'ava';
import { resolveResourceType, kindPrefix } from '../../source/kubectl/resources.js';
import { parseResourceArgs } from '../../source/kubectl/resource-args.js';

const names: Array<[string, string | undefined]> = [
  ['svc', 'Service'], ['service', 'Service'], ['services', 'Service'], ['Service', 'Service'], ['SERVICES', 'Service'],
  ['ep', 'Endpoints'], ['endpoints', 'Endpoints'], ['endpointslices', 'EndpointSlice'], ['endpointslice', 'EndpointSlice'],
  ['ing', 'Ingress'], ['ingress', 'Ingress'], ['ingresses.networking.k8s.io', 'Ingress'], ['ingressclass', 'IngressClass'],
  ['netpol', 'NetworkPolicy'], ['networkpolicies', 'NetworkPolicy'], ['po', 'Pod'], ['pods', 'Pod'], ['deploy', 'Deployment'],
  ['deployments.apps', 'Deployment'], ['deployments.v1.apps', 'Deployment'], ['rs', 'ReplicaSet'], ['ns', 'Namespace'],
  ['no', 'Node'], ['nodes', 'Node'], ['cm', 'ConfigMap'], ['gtw', 'Gateway'], ['httproutes', 'HTTPRoute'],
  ['foo', undefined], ['deployments.core', undefined], ['svc.apps', undefined],
];
for (const [typed, kind] of names) test(`resource type "${typed}"`, (t) => t.is(resolveResourceType(typed)?.kind, kind));

test('kind prefixes for -o name and multi-kind tables', (t) => {
  t.is(kindPrefix(resolveResourceType('svc')!), 'service');
  t.is(kindPrefix(resolveResourceType('deploy')!), 'deployment.apps');
  t.is(kindPrefix(resolveResourceType('ing')!), 'ingress.networking.k8s.io');
});

test('TYPE NAME..., TYPE/NAME and all', (t) => {
  const a = parseResourceArgs(['svc,ep', 'web']);
  t.true(a.ok && a.requests.map((r) => `${r.type.kind}:${r.names}`).join(' ') === 'Service:web Endpoints:web' && !a.singleItemImplied);
  const b = parseResourceArgs(['svc/web']);
  t.true(b.ok && b.singleItemImplied);
  const c = parseResourceArgs(['all']);
  t.deepEqual(c.ok && c.requests.map((r) => r.type.plural), ['pods', 'replicationcontrollers', 'services', 'daemonsets', 'deployments', 'replicasets', 'statefulsets', 'horizontalpodautoscalers', 'cronjobs', 'jobs']);
  const d = parseResourceArgs(['svc/']);
  t.true(!d.ok && d.result.stderr === 'error: arguments in resource/name form must have a single resource and name\n');
});
