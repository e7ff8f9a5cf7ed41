// Patch semantics, as tables: strategic merge (apimachinery strategicpatch), JSON merge patch
// (RFC 7386), JSON patch (RFC 6902) and apply's three-way merge.
import test from 'ava';
import { strategicMergePatch } from '../../../source/kubectl/patch/strategic.js';
import { mergePatch, type Json } from '../../../source/kubectl/patch/merge.js';
import { applyJsonPatch } from '../../../source/kubectl/patch/json-patch.js';
import { threeWayMerge } from '../../../source/kubectl/patch/three-way.js';

const svc = (spec: Json): Json => ({ kind: 'Service', metadata: { name: 'web' }, spec });
const ports = [{ name: 'http', port: 80, targetPort: 8080, protocol: 'TCP' }, { name: 'metrics', port: 9090, targetPort: 9090, protocol: 'TCP' }];

const strategic: Array<{ name: string; kind: string; original: Json; patch: Json; want: Json }> = [
  { name: 'Service ports merge by port', kind: 'Service', original: svc({ ports }), patch: { spec: { ports: [{ port: 80, targetPort: 80 }] } },
    want: svc({ ports: [{ name: 'http', port: 80, targetPort: 80, protocol: 'TCP' }, ports[1]] }) },
  { name: 'a new port is appended', kind: 'Service', original: svc({ ports: [ports[0]] }), patch: { spec: { ports: [{ port: 443, name: 'https' }] } },
    want: svc({ ports: [ports[0], { port: 443, name: 'https' }] }) },
  { name: '$patch: delete removes a port', kind: 'Service', original: svc({ ports }), patch: { spec: { ports: [{ port: 9090, $patch: 'delete' }] } },
    want: svc({ ports: [ports[0]] }) },
  { name: 'selector merges key by key', kind: 'Service', original: svc({ selector: { app: 'web', tier: 'fe' } }), patch: { spec: { selector: { app: 'api' } } },
    want: svc({ selector: { app: 'api', tier: 'fe' } }) },
  { name: 'null deletes a key', kind: 'Service', original: svc({ selector: { app: 'web', tier: 'fe' } }), patch: { spec: { selector: { tier: null } } },
    want: svc({ selector: { app: 'web' } }) },
  { name: '$patch: replace replaces a map', kind: 'Service', original: svc({ selector: { app: 'web', tier: 'fe' } }), patch: { spec: { selector: { app: 'api', $patch: 'replace' } } },
    want: svc({ selector: { app: 'api' } }) },
  { name: 'containers merge by name, their ports by containerPort', kind: 'Deployment',
    original: { kind: 'Deployment', spec: { template: { spec: { containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80 }] }, { name: 'b', image: 'y' }] } } } },
    patch: { spec: { template: { spec: { containers: [{ name: 'b', image: 'z' }, { name: 'a', ports: [{ containerPort: 80, name: 'http' }] }] } } } },
    want: { kind: 'Deployment', spec: { template: { spec: { containers: [{ name: 'a', image: 'x', ports: [{ containerPort: 80, name: 'http' }] }, { name: 'b', image: 'z' }] } } } } },
  { name: 'NetworkPolicy ingress rules are replaced whole', kind: 'NetworkPolicy',
    original: { kind: 'NetworkPolicy', spec: { ingress: [{ from: [{ podSelector: {} }] }, { ports: [{ port: 80 }] }] } },
    patch: { spec: { ingress: [{ ports: [{ port: 443 }] }] } },
    want: { kind: 'NetworkPolicy', spec: { ingress: [{ ports: [{ port: 443 }] }] } } },
  { name: 'finalizers are a set', kind: 'Service', original: { kind: 'Service', metadata: { finalizers: ['a'] } }, patch: { metadata: { finalizers: ['b', 'a'] } },
    want: { kind: 'Service', metadata: { finalizers: ['a', 'b'] } } },
];
for (const c of strategic) test(`strategic: ${c.name}`, (t) => t.deepEqual(strategicMergePatch(c.kind, c.original, c.patch), { ok: true, value: c.want }));

test('strategic: a list item without its merge key is an error', (t) => {
  t.deepEqual(strategicMergePatch('Service', svc({ ports }), { spec: { ports: [{ targetPort: 1 }] } }),
    { ok: false, error: 'map: {"targetPort":1} does not contain declared merge key: port' });
});

const merge: Array<[string, Json, Json, Json]> = [
  ['lists are replaced', svc({ ports }), { spec: { ports: [{ port: 81 }] } }, svc({ ports: [{ port: 81 }] })],
  ['null deletes', svc({ selector: { app: 'web', tier: 'fe' } }), { spec: { selector: { tier: null } } }, svc({ selector: { app: 'web' } })],
  ['maps merge', svc({ selector: { app: 'web' } }), { spec: { type: 'NodePort' } }, svc({ selector: { app: 'web' }, type: 'NodePort' })],
];
for (const [name, original, patch, want] of merge) test(`merge: ${name}`, (t) => t.deepEqual(mergePatch(original, patch), want));

const jsonPatch: Array<[string, Json, Json[], Json | string]> = [
  ['replace', { a: { b: 1 } }, [{ op: 'replace', path: '/a/b', value: 2 }], { a: { b: 2 } }],
  ['add appends with -', { a: [1] }, [{ op: 'add', path: '/a/-', value: 2 }], { a: [1, 2] }],
  ['add inserts at an index', { a: [1, 3] }, [{ op: 'add', path: '/a/1', value: 2 }], { a: [1, 2, 3] }],
  ['remove', { a: { b: 1, c: 2 } }, [{ op: 'remove', path: '/a/b' }], { a: { c: 2 } }],
  ['~1 escapes a slash', { l: { 'app.kubernetes.io/name': 'x' } }, [{ op: 'replace', path: '/l/app.kubernetes.io~1name', value: 'y' }], { l: { 'app.kubernetes.io/name': 'y' } }],
  ['move', { a: 1 }, [{ op: 'move', from: '/a', path: '/b' }], { b: 1 }],
  ['copy', { a: [1] }, [{ op: 'copy', from: '/a/0', path: '/b' }], { a: [1], b: 1 }],
  ['test passes', { a: 1 }, [{ op: 'test', path: '/a', value: 1 }], { a: 1 }],
  ['test fails', { a: 1 }, [{ op: 'test', path: '/a', value: 2 }], 'testing value /a failed: test failed'],
  ['replace of a missing key fails', { a: 1 }, [{ op: 'replace', path: '/b', value: 2 }], 'replace operation does not apply: doc is missing key: /b: missing value'],
];
for (const [name, doc, ops, want] of jsonPatch) {
  test(`json patch: ${name}`, (t) => {
    const r = applyJsonPatch(doc, ops as never);
    t.deepEqual(r.ok ? r.value : r.error, want);
  });
}

test('three-way: dropped from the configuration is removed, added by others is kept', (t) => {
  const live = svc({ clusterIP: '10.96.0.5', selector: { app: 'web', old: 'x' }, ports: [{ port: 80, targetPort: 80, protocol: 'TCP' }, { port: 81, protocol: 'TCP' }] });
  const last = svc({ selector: { app: 'web', old: 'x' }, ports: [{ port: 80, targetPort: 80 }] });
  const desired = svc({ selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080 }] });
  t.deepEqual(threeWayMerge('Service', live, last, desired), svc({ clusterIP: '10.96.0.5', selector: { app: 'web' }, ports: [{ port: 80, targetPort: 8080, protocol: 'TCP' }, { port: 81, protocol: 'TCP' }] }));
});
