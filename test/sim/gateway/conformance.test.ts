// Request routing through a Gateway, grouped by the kubernetes-sigs/gateway-api conformance
// test each case comes from (conformance/tests/*.go): the same manifests in small, the same
// expectations (which backend answers, which status, which Location).
import test from 'ava';
import { backend, cluster, gateway, get, HTTP_ALL, HTTP_SAME, INFRA_BACKENDS, route } from './helpers.js';

const INFRA = 'gateway-conformance-infra';
const parent = (extra = '') => `parentRefs: [{name: same-namespace, namespace: ${INFRA}${extra}}]`;

// ---- httproute-simple-same-namespace --------------------------------------------------------
test('httproute-simple-same-namespace: a route in the Gateway\'s namespace sends / to its backend', (t) => {
  const c = cluster(gateway(HTTP_SAME), INFRA_BACKENDS, route('gateway-conformance-infra-test', INFRA, `${parent()}\nrules:\n- backendRefs: [{name: infra-backend-v1, port: 8080}]`));
  const r = get(c, '/');
  t.is(r.status, 200);
  t.is(r.backend, `${INFRA}/infra-backend-v1:8080`);
  t.is(r.route, `${INFRA}/gateway-conformance-infra-test`);
  t.is(r.pods.length, 1);
  t.true(r.hops.some((h) => h.step === 'listener' && h.status === 'ok'));
});

// ---- httproute-matching -------------------------------------------------------------------
const MATCHING = route('matching', INFRA, `${parent()}
rules:
- matches: [{path: {type: PathPrefix, value: /}}, {headers: [{name: version, value: one}]}]
  backendRefs: [{name: infra-backend-v1, port: 8080}]
- matches: [{path: {type: PathPrefix, value: /v2}}, {headers: [{name: version, value: two}]}]
  backendRefs: [{name: infra-backend-v2, port: 8080}]
- matches: [{path: {type: Exact, value: /exact}}]
  backendRefs: [{name: infra-backend-v3, port: 8080}]`);
const matchingCases: Array<{ path: string; headers?: Record<string, string>; want: string }> = [
  { path: '/', want: 'infra-backend-v1' },
  { path: '/example', want: 'infra-backend-v1' },
  { path: '/', headers: { version: 'one' }, want: 'infra-backend-v1' },
  { path: '/v2', want: 'infra-backend-v2' },
  { path: '/v2/example', want: 'infra-backend-v2' },
  { path: '/', headers: { version: 'two' }, want: 'infra-backend-v2' },
  { path: '/v2example', want: 'infra-backend-v1' }, // PathPrefix matches whole elements
  { path: '/exact', want: 'infra-backend-v3' },
  { path: '/exact/more', want: 'infra-backend-v1' },
];
for (const c of matchingCases) {
  test(`httproute-matching: ${c.path}${c.headers ? ` ${JSON.stringify(c.headers)}` : ''} → ${c.want}`, (t) => {
    const cl = cluster(gateway(HTTP_SAME), INFRA_BACKENDS, MATCHING);
    t.is(get(cl, c.path, undefined, { headers: c.headers ?? {} }).backend, `${INFRA}/${c.want}:8080`);
  });
}

test('httproute-matching-across-routes: a more specific hostname beats a longer path; then Exact, longest prefix, method, headers, query', (t) => {
  const c = cluster(gateway(HTTP_SAME), INFRA_BACKENDS,
    route('wild', INFRA, `${parent()}\nhostnames: ["*.example.com"]\nrules:\n- matches: [{path: {type: PathPrefix, value: /very/long/path}}]\n  backendRefs: [{name: infra-backend-v1, port: 8080}]`),
    route('exact-host', INFRA, `${parent()}\nhostnames: [a.example.com]\nrules:\n- backendRefs: [{name: infra-backend-v2, port: 8080}]`),
    route('rules', INFRA, `${parent()}\nhostnames: [b.example.com]\nrules:
- matches: [{path: {type: PathPrefix, value: /}, headers: [{name: x, value: "1"}]}]
  backendRefs: [{name: infra-backend-v1, port: 8080}]
- matches: [{path: {type: PathPrefix, value: /}, method: POST}]
  backendRefs: [{name: infra-backend-v2, port: 8080}]
- matches: [{path: {type: PathPrefix, value: /}, queryParams: [{name: q, value: "1"}], headers: [{name: x, value: "1"}]}]
  backendRefs: [{name: infra-backend-v3, port: 8080}]`));
  t.is(get(c, '/very/long/path', 'a.example.com').backend, `${INFRA}/infra-backend-v2:8080`);
  t.is(get(c, '/very/long/path', 'c.example.com').backend, `${INFRA}/infra-backend-v1:8080`);
  t.is(get(c, '/', 'b.example.com', { method: 'POST', headers: { x: '1' } }).backend, `${INFRA}/infra-backend-v2:8080`, 'a method beats headers');
  t.is(get(c, '/', 'b.example.com', { headers: { x: '1' } }).backend, `${INFRA}/infra-backend-v1:8080`);
  t.is(get(c, '/', 'b.example.com', { headers: { x: '1' }, url: 'http://172.18.0.200/?q=1' }).backend, `${INFRA}/infra-backend-v3:8080`, 'query params break a tie on headers');
  t.is(get(c, '/', 'b.example.com').status, 404);
});

test('httproute-matching-across-routes: equal matches go to the oldest route, then namespace/name', (t) => {
  const spec = `${parent()}\nrules:\n- matches: [{path: {type: PathPrefix, value: /x}}]\n  backendRefs: [{name: BACKEND, port: 8080}]`;
  const c = cluster(gateway(HTTP_SAME), INFRA_BACKENDS,
    route('a-newer', INFRA, spec.replace('BACKEND', 'infra-backend-v1'), ', creationTimestamp: "2025-02-01T00:00:00Z"'),
    route('z-older', INFRA, spec.replace('BACKEND', 'infra-backend-v2'), ', creationTimestamp: "2025-01-01T00:00:00Z"'));
  t.is(get(c, '/x').route, `${INFRA}/z-older`);
});

test('httproute-method-matching and httproute-query-param-matching', (t) => {
  const c = cluster(gateway(HTTP_SAME), INFRA_BACKENDS, route('m', INFRA, `${parent()}\nrules:
- matches: [{method: POST}]
  backendRefs: [{name: infra-backend-v1, port: 8080}]
- matches: [{queryParams: [{name: animal, value: whale}]}]
  backendRefs: [{name: infra-backend-v2, port: 8080}]
- matches: [{path: {type: RegularExpression, value: "/regex/[0-9]+"}}]
  backendRefs: [{name: infra-backend-v3, port: 8080}]`));
  t.is(get(c, '/', undefined, { method: 'POST' }).backend, `${INFRA}/infra-backend-v1:8080`);
  t.is(get(c, '/', undefined, { method: 'GET' }).status, 404);
  t.is(get(c, '/', undefined, { url: 'http://172.18.0.200/?animal=whale' }).backend, `${INFRA}/infra-backend-v2:8080`);
  t.is(get(c, '/', undefined, { url: 'http://172.18.0.200/?animal=dolphin' }).status, 404);
  t.is(get(c, '/regex/42').backend, `${INFRA}/infra-backend-v3:8080`, 'RegularExpression: implementation-specific, anchored');
  t.is(get(c, '/regex/42/x').status, 404);
});

// ---- httproute-hostname-intersection --------------------------------------------------------
test('httproute-hostname-intersection: listener and route hostnames intersect; the most specific listener wins', (t) => {
  const c = cluster(gateway(`
- {name: listener-1, protocol: HTTP, port: 80, hostname: "very.specific.com"}
- {name: listener-2, protocol: HTTP, port: 80, hostname: "*.wildcard.io"}
- {name: listener-3, protocol: HTTP, port: 80, hostname: "*.anotherwildcard.io"}`, { name: 'httproute-hostname-intersection' }), INFRA_BACKENDS,
  route('specific-host-matches-listener-specific-host', INFRA, `parentRefs: [{name: httproute-hostname-intersection}]\nhostnames: [non.matching.com, "*.nonmatchingwildcard.io", very.specific.com]\nrules:\n- backendRefs: [{name: infra-backend-v1, port: 8080}]`),
  route('specific-host-matches-listener-wildcard-host', INFRA, `parentRefs: [{name: httproute-hostname-intersection}]\nhostnames: [non.matching.com, wildcard.io, foo.wildcard.io, bar.wildcard.io, foo.bar.wildcard.io]\nrules:\n- backendRefs: [{name: infra-backend-v2, port: 8080}]`),
  route('wildcard-host-matches-listener-specific-host', INFRA, `parentRefs: [{name: httproute-hostname-intersection}]\nhostnames: [non.matching.com, "*.specific.com"]\nrules:\n- matches: [{path: {value: /s2}}]\n  backendRefs: [{name: infra-backend-v3, port: 8080}]`),
  route('no-intersecting-hosts', INFRA, `parentRefs: [{name: httproute-hostname-intersection}]\nhostnames: [specific.but.wrong.com, wildcard.io]\nrules:\n- backendRefs: [{name: infra-backend-v2, port: 8080}]`));
  const b = (n: number) => `${INFRA}/infra-backend-v${n}:8080`;
  t.is(get(c, '/', 'very.specific.com').backend, b(1));
  t.is(get(c, '/s2', 'very.specific.com').backend, b(3));
  t.is(get(c, '/', 'foo.wildcard.io').backend, b(2));
  t.is(get(c, '/', 'foo.bar.wildcard.io').backend, b(2));
  t.is(get(c, '/', 'wildcard.io').status, 404, 'a wildcard never matches its own suffix');
  t.is(get(c, '/', 'non.matching.com').status, 404);
  t.is(get(c, '/', 'foo.anotherwildcard.io').status, 404, 'the most specific listener is chosen, and it has no routes');
});

// ---- gateway-with-attached-routes / httproute-invalid-* ----------------------------------
test('gateway-with-attached-routes: allowedRoutes Same (default), All and Selector', (t) => {
  const other = backend('web', 'gateway-conformance-web-backend');
  const r = route('r', 'gateway-conformance-web-backend', `${parent()}\nrules:\n- backendRefs: [{name: web, port: 8080}]`);
  t.is(get(cluster(gateway(HTTP_SAME), other, r), '/').status, 404);
  t.is(get(cluster(gateway(HTTP_ALL), other, r), '/').status, 200);
  const sel = gateway('- {name: http, protocol: HTTP, port: 80, allowedRoutes: {namespaces: {from: Selector, selector: {matchLabels: {team: web}}}}}');
  t.is(get(cluster(sel, other, r), '/').status, 404);
  const labelled = '\n---\napiVersion: v1\nkind: Namespace\nmetadata: {name: gateway-conformance-web-backend, labels: {team: web}}\n';
  t.is(get(cluster(sel, labelled, other, r), '/').status, 200);
});

test('gateway-with-attached-routes: sectionName and port pick listeners; a request uses the listener on its port', (t) => {
  const gw = gateway('- {name: http, protocol: HTTP, port: 80}\n- {name: admin, protocol: HTTP, port: 8080}');
  const c = cluster(gw, INFRA_BACKENDS, route('r', INFRA, `${parent(', sectionName: admin')}\nrules:\n- backendRefs: [{name: infra-backend-v1, port: 8080}]`));
  t.is(get(c, '/').status, 404);
  t.is(get(c, '/', undefined, { url: 'http://172.18.0.200:8080/' }).status, 200);
  t.is(get(c, '/', undefined, { url: 'http://172.18.0.200:9090/' }).status, undefined, 'no listener on the port: connection refused');
});

test('a Gateway whose GatewayClass does not exist answers nothing', (t) => {
  const c = cluster(gateway(HTTP_SAME).replace('gatewayClassName: conformance', 'gatewayClassName: missing'), INFRA_BACKENDS, route('r', INFRA, `${parent()}\nrules:\n- backendRefs: [{name: infra-backend-v1, port: 8080}]`));
  const r = get(c, '/');
  t.is(r.status, undefined);
  t.regex(r.hops.at(-1)!.detail, /GatewayClass "missing", which does not exist/);
});

// ---- httproute-reference-grant / httproute-invalid-backendref-* -----------------------------
test('httproute-reference-grant: a cross-namespace backendRef needs a ReferenceGrant in the backend\'s namespace', (t) => {
  const app = backend('web-backend', 'gateway-conformance-web-backend');
  const r = route('reference-grant', INFRA, `${parent()}\nrules:\n- backendRefs: [{name: web-backend, namespace: gateway-conformance-web-backend, port: 8080}]`);
  const without = get(cluster(gateway(HTTP_SAME), app, r), '/');
  t.is(without.status, 500);
  t.regex(without.hops.map((h) => h.detail).join('\n'), /RefNotPermitted/);
  const grant = (toName: string) => `
---
apiVersion: gateway.networking.k8s.io/v1beta1
kind: ReferenceGrant
metadata: {name: reference-grant, namespace: gateway-conformance-web-backend}
spec:
  from: [{group: gateway.networking.k8s.io, kind: HTTPRoute, namespace: ${INFRA}}]
  to: [{group: "", kind: Service${toName}}]
`;
  t.is(get(cluster(gateway(HTTP_SAME), app, r, grant('')), '/').status, 200);
  t.is(get(cluster(gateway(HTTP_SAME), app, r, grant(', name: web-backend')), '/').status, 200);
  t.is(get(cluster(gateway(HTTP_SAME), app, r, grant(', name: other')), '/').status, 500);
});

test('httproute-invalid-backendref-nonexistent, -unknown-kind, no backendRefs: 500', (t) => {
  const mk = (refs: string) => cluster(gateway(HTTP_SAME), INFRA_BACKENDS, route('r', INFRA, `${parent()}\nrules:\n- ${refs}`));
  t.is(get(mk('backendRefs: [{name: nonexistent, port: 8080}]'), '/').status, 500);
  t.is(get(mk('backendRefs: [{group: unknown.group, kind: Unknown, name: x, port: 8080}]'), '/').status, 500);
  t.is(get(mk('matches: [{path: {value: /}}]'), '/').status, 500);
  t.is(get(mk('backendRefs: [{name: infra-backend-v1, port: 9999}]'), '/').status, 500, 'a port the Service lacks');
});

// ---- httproute-weight ---------------------------------------------------------------------
test('httproute-weight: backends carry their weights; backend is the heaviest; weight 0 gets nothing', (t) => {
  const c = cluster(gateway(HTTP_SAME), INFRA_BACKENDS, route('weighted-backends', INFRA, `${parent()}\nrules:
- backendRefs:
  - {name: infra-backend-v1, port: 8080, weight: 70}
  - {name: infra-backend-v2, port: 8080, weight: 30}
  - {name: infra-backend-v3, port: 8080, weight: 0}`));
  const r = get(c, '/');
  t.deepEqual(r.backends, [{ ref: `${INFRA}/infra-backend-v1:8080`, weight: 70 }, { ref: `${INFRA}/infra-backend-v2:8080`, weight: 30 }]);
  t.is(r.backend, `${INFRA}/infra-backend-v1:8080`);
  const zero = cluster(gateway(HTTP_SAME), INFRA_BACKENDS, route('z', INFRA, `${parent()}\nrules:\n- backendRefs: [{name: infra-backend-v1, port: 8080, weight: 0}]`));
  t.is(get(zero, '/').status, 500);
});

// ---- httproute-request-redirect / httproute-redirect-* / httproute-rewrite-path --------------
const redirect = (spec: string) => route('redirect', INFRA, `${parent()}\nrules:\n- filters: [{type: RequestRedirect, requestRedirect: ${spec}}]`);
const redirectCases: Array<{ name: string; spec: string; url?: string; want: { status: number; location: string } }> = [
  { name: 'hostname only: 302, listener port not written', spec: '{hostname: example.org}', want: { status: 302, location: 'http://example.org/hostname-redirect' } },
  { name: 'scheme https: no :443', spec: '{scheme: https}', want: { status: 302, location: 'https://redirect.example/hostname-redirect' } },
  { name: 'statusCode 301', spec: '{hostname: example.org, statusCode: 301}', want: { status: 301, location: 'http://example.org/hostname-redirect' } },
  { name: 'a port is written', spec: '{port: 8083}', want: { status: 302, location: 'http://redirect.example:8083/hostname-redirect' } },
  { name: 'port 443 with scheme https is not written', spec: '{scheme: https, port: 443}', want: { status: 302, location: 'https://redirect.example/hostname-redirect' } },
  { name: 'ReplaceFullPath', spec: '{path: {type: ReplaceFullPath, replaceFullPath: /new}}', want: { status: 302, location: 'http://redirect.example/new' } },
  { name: 'query kept', spec: '{hostname: example.org}', url: 'http://172.18.0.200/hostname-redirect?a=1', want: { status: 302, location: 'http://example.org/hostname-redirect?a=1' } },
];
for (const c of redirectCases) {
  test(`httproute-request-redirect: ${c.name}`, (t) => {
    const r = get(cluster(gateway(HTTP_SAME), redirect(c.spec)), '/hostname-redirect', 'redirect.example', c.url ? { url: c.url } : {});
    t.deepEqual(r.redirect, c.want);
    t.is(r.status, c.want.status);
    t.is(r.backend, null);
  });
}

test('httproute-redirect-path / httproute-rewrite-path: ReplacePrefixMatch keeps the rest of the path', (t) => {
  const c = cluster(gateway(HTTP_SAME), INFRA_BACKENDS, route('r', INFRA, `${parent()}\nrules:
- matches: [{path: {type: PathPrefix, value: /original-prefix}}]
  filters: [{type: RequestRedirect, requestRedirect: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /replacement-prefix}}}]
- matches: [{path: {type: PathPrefix, value: /prefix/one}}]
  filters: [{type: URLRewrite, urlRewrite: {path: {type: ReplacePrefixMatch, replacePrefixMatch: /one}}}]
  backendRefs: [{name: infra-backend-v1, port: 8080}]`));
  t.is(get(c, '/original-prefix/lemon', 'x.example').redirect?.location, 'http://x.example/replacement-prefix/lemon');
  const rw = get(c, '/prefix/one/two');
  t.is(rw.status, 200);
  t.true(rw.hops.some((h) => h.step === 'filter' && /\/one\/two$/.test(h.detail)));
});

test('a Gateway\'s status.addresses win over spec.addresses; an unknown address is not a Gateway', (t) => {
  const gw = gateway(HTTP_SAME, { address: '172.18.0.201' }) + 'status:\n  addresses: [{type: IPAddress, value: 172.18.0.250}]\n';
  const c = cluster(gw, INFRA_BACKENDS, route('r', INFRA, `${parent()}\nrules:\n- backendRefs: [{name: infra-backend-v1, port: 8080}]`));
  t.is(get(c, '/', undefined, { url: 'http://172.18.0.250/' }).status, 200);
  t.not(get(c, '/', undefined, { url: 'http://172.18.0.201/' }).status, 200);
});

test('NetworkPolicy between the gateway\'s proxy pod and the backend answers 503', (t) => {
  const proxy = `
---
apiVersion: v1
kind: Pod
metadata: {name: envoy, namespace: ${INFRA}, labels: {gateway.networking.k8s.io/gateway-name: same-namespace}}
spec: {containers: [{name: envoy, image: envoy}]}
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: deny, namespace: ${INFRA}}
spec: {podSelector: {matchLabels: {app: infra-backend-v1}}, policyTypes: [Ingress]}
`;
  const c = cluster(gateway(HTTP_SAME), INFRA_BACKENDS, proxy, route('r', INFRA, `${parent()}\nrules:\n- backendRefs: [{name: infra-backend-v1, port: 8080}]`));
  const r = get(c, '/');
  t.is(r.status, 503);
  t.true(r.hops.some((h) => h.step === 'proxy' && /pod gateway-conformance-infra\/envoy/.test(h.detail)));
});
