// API validation of the Gateway API kinds, as the CRDs' schemas and CEL rules define it
// (config/crd/standard/*.yaml; conformance httproute-invalid-* rely on the same rules): a table
// of {name, object, want} where want lists the `field: type` of each error (none: valid).
import test from 'ava';
import { validateGatewayObject } from '../../../source/sim/gateway/validation.js';
import { formatFieldError } from '../../../source/sim/field.js';
import type { KObject } from '../../../source/sim/types.js';

const GV = 'gateway.networking.k8s.io/v1';
const routeWith = (spec: object): KObject => ({ apiVersion: GV, kind: 'HTTPRoute', metadata: { name: 'r', namespace: 'shop' }, spec: { parentRefs: [{ name: 'gw' }], ...spec } });
const rule = (r: object) => routeWith({ rules: [r] });
const gwWith = (listeners: object[]): KObject => ({ apiVersion: GV, kind: 'Gateway', metadata: { name: 'gw', namespace: 'shop' }, spec: { gatewayClassName: 'eg', listeners } });
const http = (o: object = {}) => ({ name: 'http', protocol: 'HTTP', port: 80, ...o });

const cases: Array<{ name: string; obj: KObject; want: string[] }> = [
  { name: 'a valid route', obj: rule({ matches: [{ path: { type: 'PathPrefix', value: '/api' } }], backendRefs: [{ name: 'api', port: 80, weight: 5 }] }), want: [] },
  { name: 'path must start with /', obj: rule({ matches: [{ path: { type: 'PathPrefix', value: 'api' } }] }), want: ["spec.rules[0].matches[0].path: Invalid value: \"object\": value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']"] },
  { name: 'path type is an enum', obj: rule({ matches: [{ path: { type: 'Prefix', value: '/' } }] }), want: ['spec.rules[0].matches[0].path.type: Unsupported value: "Prefix": supported values: "Exact", "PathPrefix", "RegularExpression"'] },
  { name: 'weight at most 1000000', obj: rule({ backendRefs: [{ name: 'api', port: 80, weight: 2_000_000 }] }), want: ['spec.rules[0].backendRefs[0].weight: Invalid value: 2000000: spec.rules[0].backendRefs[0].weight in body should be less than or equal to 1000000'] },
  { name: 'a Service backendRef needs a port', obj: rule({ backendRefs: [{ name: 'api' }] }), want: ['spec.rules[0].backendRefs[0]: Invalid value: "object": Must have port for Service reference'] },
  { name: 'hostnames are lower-case DNS names, wildcard first label only', obj: routeWith({ hostnames: ['Shop.example.com', 'a.*.com', '*.ok.com'] }), want: ['spec.hostnames[0]', 'spec.hostnames[1]'] },
  { name: 'method is an enum', obj: rule({ matches: [{ method: 'FETCH' }] }), want: ['spec.rules[0].matches[0].method'] },
  { name: 'redirect statusCode 301 or 302', obj: rule({ filters: [{ type: 'RequestRedirect', requestRedirect: { statusCode: 307 } }] }), want: ['spec.rules[0].filters[0].requestRedirect.statusCode'] },
  { name: 'a filter needs its field', obj: rule({ filters: [{ type: 'URLRewrite' }] }), want: ['spec.rules[0].filters[0]: Invalid value: "object": filter.urlRewrite must be specified for URLRewrite filter.type'] },
  { name: 'redirect and rewrite together', obj: rule({ filters: [{ type: 'RequestRedirect', requestRedirect: {} }, { type: 'URLRewrite', urlRewrite: {} }] }), want: ['spec.rules[0].filters'] },
  { name: 'a valid Gateway', obj: gwWith([http(), { name: 'https', protocol: 'HTTPS', port: 443, tls: { certificateRefs: [{ name: 'c' }] } }]), want: [] },
  { name: 'listener names unique', obj: gwWith([http(), http({ port: 8080 })]), want: ['spec.listeners: Invalid value: "array": Listener name must be unique within the Gateway'] },
  { name: 'port, protocol and hostname unique', obj: gwWith([http(), http({ name: 'b' })]), want: ['spec.listeners'] },
  { name: 'no tls on HTTP', obj: gwWith([http({ tls: {} })]), want: ['spec.listeners[0]'] },
  { name: 'listeners required', obj: gwWith([]), want: ['spec.listeners: Required value'] },
  { name: 'GatewayClass controllerName is a domain-prefixed path', obj: { apiVersion: GV, kind: 'GatewayClass', metadata: { name: 'eg' }, spec: { controllerName: 'envoy' } }, want: ['spec.controllerName'] },
  { name: 'ReferenceGrant needs from and to', obj: { apiVersion: 'gateway.networking.k8s.io/v1beta1', kind: 'ReferenceGrant', metadata: { name: 'g', namespace: 'b' }, spec: {} }, want: ['spec.from: Required value', 'spec.to: Required value'] },
];
for (const c of cases) {
  test(`validate ${c.obj.kind}: ${c.name}`, (t) => {
    const got = validateGatewayObject(c.obj).map(formatFieldError);
    t.is(got.length, c.want.length, got.join('\n'));
    c.want.forEach((w, i) => t.true(got[i]!.startsWith(w), `${got[i]} should start with ${w}`));
  });
}
