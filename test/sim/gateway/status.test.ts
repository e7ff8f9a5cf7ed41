// `sim status`: the conditions a controller writes per parentRef (conformance
// gateway-with-attached-routes, httproute-hostname-intersection, httproute-reference-grant,
// httproute-invalid-cross-namespace-parent-ref, httproute-invalid-backendref-*): a table of
// route → {reason of Accepted, reason of ResolvedRefs}.
import test from 'ava';
import { objectStatus } from '../../../source/sim/gateway/status.js';
import { backend, cluster, gateway, HTTP_SAME, INFRA_BACKENDS, route } from './helpers.js';

const INFRA = 'gateway-conformance-infra';
const OTHER = 'gateway-conformance-web-backend';
const GW = gateway('- {name: http, protocol: HTTP, port: 80, hostname: "*.example.com"}\n- {name: admin, protocol: HTTP, port: 8080, allowedRoutes: {namespaces: {from: All}}}');
const ref = (extra = '') => `parentRefs: [{name: same-namespace, namespace: ${INFRA}${extra}}]`;
const to = (name: string, ns = INFRA) => `rules:\n- backendRefs: [{name: ${name}, namespace: ${ns}, port: 8080}]`;

const cases: Array<{ name: string; ns: string; spec: string; want: [string, string]; parentRef?: string }> = [
  { name: 'attached', ns: INFRA, spec: `${ref()}\nhostnames: [a.example.com]\n${to('infra-backend-v1')}`, want: ['Accepted', 'ResolvedRefs'] },
  { name: 'hostname outside every listener', ns: INFRA, spec: `${ref(', sectionName: http')}\nhostnames: [a.example.org]\n${to('infra-backend-v1')}`, want: ['NoMatchingListenerHostname', 'ResolvedRefs'], parentRef: `${INFRA}/same-namespace/http` },
  { name: 'namespace not allowed (from: Same)', ns: OTHER, spec: `${ref(', sectionName: http')}\n${to('web', OTHER)}`, want: ['NotAllowedByListeners', 'ResolvedRefs'] },
  { name: 'sectionName names no listener', ns: INFRA, spec: `${ref(', sectionName: nope')}\n${to('infra-backend-v1')}`, want: ['NoMatchingParent', 'ResolvedRefs'] },
  { name: 'port names no listener', ns: INFRA, spec: `${ref(', port: 9999')}\n${to('infra-backend-v1')}`, want: ['NoMatchingParent', 'ResolvedRefs'], parentRef: `${INFRA}/same-namespace:9999` },
  { name: 'backend missing', ns: INFRA, spec: `${ref()}\n${to('nope')}`, want: ['Accepted', 'BackendNotFound'] },
  { name: 'cross-namespace backend without a grant', ns: INFRA, spec: `${ref()}\n${to('web', OTHER)}`, want: ['Accepted', 'RefNotPermitted'] },
  { name: 'unsupported backend kind', ns: INFRA, spec: `${ref()}\nrules:\n- backendRefs: [{group: example.com, kind: Bucket, name: b, port: 1}]`, want: ['Accepted', 'InvalidKind'] },
];
for (const c of cases) {
  test(`sim status HTTPRoute: ${c.name}`, (t) => {
    const cl = cluster(GW, INFRA_BACKENDS, backend('web', OTHER), route('r', c.ns, c.spec));
    const s = objectStatus(cl, `HTTPRoute/${c.ns}/r`);
    const parents = (s.status as { parents: Array<{ parentRef: string; conditions: Array<{ type: string; reason: string }> }> }).parents;
    t.is(parents.length, 1);
    t.deepEqual(parents[0]!.conditions.map((x) => x.reason), c.want);
    t.deepEqual(parents[0]!.conditions.map((x) => x.type), ['Accepted', 'ResolvedRefs']);
    if (c.parentRef) t.is(parents[0]!.parentRef, c.parentRef);
    t.is(s.ok, c.want[0] === 'Accepted' && c.want[1] === 'ResolvedRefs');
  });
}

test('sim status Gateway: attachedRoutes per listener; GatewayClass Accepted; unknown objects', (t) => {
  const cl = cluster(GW, INFRA_BACKENDS, route('r', INFRA, `${ref()}\nhostnames: [a.example.com]\n${to('infra-backend-v1')}`));
  const g = objectStatus(cl, `Gateway/${INFRA}/same-namespace`);
  t.true(g.ok);
  t.deepEqual((g.status as { listeners: Array<{ name: string; attachedRoutes: number }> }).listeners.map((l) => [l.name, l.attachedRoutes]), [['http', 1], ['admin', 1]], 'no sectionName: every listener that allows it');
  t.true(objectStatus(cl, 'GatewayClass/conformance').ok);
  t.truthy(objectStatus(cl, `HTTPRoute/${INFRA}/nope`).error);
  const https = cluster(gateway('- {name: https, protocol: HTTPS, port: 443, tls: {certificateRefs: [{name: missing}]}}'));
  const h = objectStatus(https, `Gateway/${INFRA}/same-namespace`);
  t.false(h.ok);
  t.true(h.hops.some((x) => /InvalidCertificateRef/.test(x.detail)));
  t.is(objectStatus(cluster(gateway(HTTP_SAME)), `HTTPRoute/${INFRA}/x`).status, null);
});
