import test from 'ava';
import { formatFieldError } from '../../../source/sim/field.js';
import type { KObject } from '../../../source/sim/types.js';
import { validateObject } from '../../../source/sim/validation/index.js';
import { validateNetworkingObject } from '../../../source/sim/validation/networking.js';

// validateObject dispatches by kind; kinds without a validator here answer [].
const cases: Array<{ name: string; obj: KObject; want: string[] }> = [
  { name: 'Service', obj: { kind: 'Service', metadata: { name: 'web', namespace: 'default' }, spec: { ports: [{ port: 80, targetPort: 'http_alt' }] } },
    want: ['spec.ports[0].targetPort: Invalid value: "http_alt": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'] },
  { name: 'Endpoints', obj: { kind: 'Endpoints', metadata: { name: 'db', namespace: 'default' }, subsets: [{}] } as KObject,
    want: ['subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`'] },
  { name: 'Pod', obj: { kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { containers: [] } }, want: ['spec.containers: Required value'] },
  { name: 'Namespace', obj: { kind: 'Namespace', metadata: { name: 'a.b' } }, want: ['metadata.name: Invalid value: "a.b": must not contain dots'] },
  { name: 'Deployment', obj: { kind: 'Deployment', metadata: { name: 'd', namespace: 'default' }, spec: { replicas: -1, selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'b' } }, spec: { containers: [{ name: 'c', image: 'i' }] } } } },
    want: ['spec.replicas: Invalid value: -1: must be greater than or equal to 0'] },
  { name: 'ReplicaSet', obj: { kind: 'ReplicaSet', metadata: { name: 'd', namespace: 'default' }, spec: { selector: { matchLabels: { a: 'b' } }, template: { metadata: { labels: { a: 'c' } }, spec: { containers: [{ name: 'c', image: 'i' }] } } } },
    want: ['spec.template.metadata.labels: Invalid value: map[string]string{"a":"c"}: `selector` does not match template `labels`'] },
  { name: 'unknown kind', obj: { kind: 'ConfigMap', metadata: { name: 'Not Valid' } }, want: [] },
];
for (const c of cases) test(`validateObject: ${c.name}`, (t) => t.deepEqual(validateObject(c.obj).map(formatFieldError), c.want));

// Ingress, IngressClass and NetworkPolicy go to networking.ts (its own tests cover the rules).
for (const kind of ['Ingress', 'IngressClass', 'NetworkPolicy']) {
  test(`validateObject: ${kind} is handed to networking.ts`, (t) => {
    const obj: KObject = { kind, metadata: { name: 'Bad Name', namespace: 'default' }, spec: {} };
    const errs = validateObject(obj);
    t.true(errs.length > 0);
    t.deepEqual(errs, validateNetworkingObject(obj));
  });
}
