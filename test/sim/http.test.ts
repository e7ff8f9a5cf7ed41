// httpRequest(): an HTTP request through an ingress controller to pods — DESIGN.md `sim http`
// (the Ingress path; the Gateway path is tested in test/sim/gateway/).
// NetworkPolicy that keeps the controller from the backend's pods answers 504, as ingress-nginx
// does when its connections time out; no endpoints at all answer 503.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { httpRequest } from '../../source/sim/http.js';
import { clusterFrom } from './helpers.js';

const YAML = readFileSync(fileURLToPath(new URL('fixtures/http-cluster.yaml', import.meta.url)), 'utf8');
const cluster = clusterFrom(YAML);
const URL_CART = 'http://172.18.0.2:30080/cart';
const SHOP = { Host: 'shop.example.com' };
// Deployment pods have generated names: cart-HASH-XXXXX → cart-*
const norm = (b: string) => b.replace(/-[a-z0-9]+-[a-z0-9]{5}:/, '-*:');

// Only pods of namespace shop may reach cart: the ingress-nginx controller may not.
const SAME_NS_ONLY = `
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: cart-same-ns, namespace: shop}
spec:
  podSelector: {matchLabels: {app: cart}}
  policyTypes: [Ingress]
  ingress: [{from: [{podSelector: {}}]}]
`;
const ALLOW_CONTROLLER = `
---
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata: {name: cart-from-ingress, namespace: shop}
spec:
  podSelector: {matchLabels: {app: cart}}
  policyTypes: [Ingress]
  ingress: [{from: [{namespaceSelector: {matchLabels: {kubernetes.io/metadata.name: ingress-nginx}}}], ports: [{port: 8080}]}]
`;

test('the fixture loads without rejections', (t) => t.deepEqual(cluster.rejected.map((r) => r.message), []));

test('NodePort of the controller, Host header: the /cart rule reaches the cart pods on 8080', (t) => {
  const r = httpRequest(cluster, { url: URL_CART, headers: SHOP });
  t.is(r.error, undefined);
  t.is(r.status, 200);
  t.is(r.backend, 'shop/cart:8080');
  t.deepEqual(r.backends, [{ ref: 'shop/cart:8080', weight: 1 }]);
  t.is(r.route, 'shop/shop');
  t.deepEqual(r.pods.map(norm), ['shop/cart-*:8080', 'shop/cart-*:8080']);
  const steps = r.hops.map((h) => h.step);
  for (const s of ['request', 'service', 'controller', 'host', 'path', 'proxy', 'endpoints', 'response']) t.true(steps.includes(s), s);
  t.true(r.hops.every((h) => h.status !== 'fail'));
  t.true(r.hops.some((h) => h.step === 'controller' && /IngressClass "nginx"/.test(h.detail)));
});

test('the Host header\'s port is ignored, and longer paths match the /cart Prefix', (t) => {
  const r = httpRequest(cluster, { url: 'http://172.18.0.2:30080/cart/items?id=3', headers: { host: 'shop.example.com:30080' } });
  t.is(r.backend, 'shop/cart:8080');
  t.is(r.status, 200);
});

test('other paths take the / rule to web:80', (t) => {
  const r = httpRequest(cluster, { url: 'http://172.18.0.2:30080/cartx', headers: SHOP });
  t.is(r.backend, 'shop/web:80');
  t.deepEqual(r.pods.map(norm), ['shop/web-*:80']);
});

test('a port by name resolves on the Service', (t) => {
  const r = httpRequest(cluster, { url: 'http://172.18.0.2:30080/', headers: { Host: 'named.example.com' } });
  t.is(r.backend, 'shop/cart:http');
  t.is(r.status, 200);
  t.true(r.hops.some((h) => h.step === 'proxy' && /port 8080 \(named "http"\)/.test(h.detail)));
});

test('from a pod, the controller Service\'s ClusterIP works too', (t) => {
  const ip = cluster.index.services.get('ingress-nginx/ingress-nginx-controller')!.spec.clusterIP!;
  const r = httpRequest(cluster, { url: `http://${ip}/cart`, from: 'shop/client', headers: SHOP });
  t.is(r.status, 200);
  t.is(r.backend, 'shop/cart:8080');
});

test('unknown host: 404 from the controller\'s default backend', (t) => {
  const r = httpRequest(cluster, { url: URL_CART, headers: { Host: 'nope.example.com' } });
  t.is(r.status, 404);
  t.is(r.backend, null);
  t.deepEqual(r.backends, []);
  t.is(r.route, null);
  t.true(r.hops.some((h) => h.step === 'response' && h.status === 'fail' && /^404/.test(h.detail)));
});

test('without a Host header the URL\'s address is the host: 404, and the trace says how to name one', (t) => {
  const r = httpRequest(cluster, { url: URL_CART });
  t.is(r.status, 404);
  t.regex(r.hops[0]!.detail, /--header Host:NAME/);
});

test('a Service with no endpoints: 503', (t) => {
  const r = httpRequest(cluster, { url: 'http://172.18.0.2:30080/', headers: { Host: 'empty.example.com' } });
  t.is(r.status, 503);
  t.is(r.backend, 'shop/empty:80');
  t.deepEqual(r.pods, []);
  t.true(r.hops.some((h) => h.step === 'endpoints' && h.status === 'fail' && /selects app=nothing/.test(h.detail)));
});

test('NetworkPolicy keeping ingress-nginx from cart: 504 (connections dropped, timeout), and allowing it fixes it', (t) => {
  const blocked = httpRequest(clusterFrom(YAML + SAME_NS_ONLY), { url: URL_CART, headers: SHOP });
  t.is(blocked.status, 504);
  t.is(blocked.backend, 'shop/cart:8080');
  t.deepEqual(blocked.pods, []);
  t.true(blocked.hops.some((h) => h.step === 'response' && /504.*shop\/cart-same-ns/.test(h.detail)));
  const fixed = httpRequest(clusterFrom(YAML + SAME_NS_ONLY + ALLOW_CONTROLLER), { url: URL_CART, headers: SHOP });
  t.is(fixed.status, 200);
  t.is(fixed.pods.length, 2);
});

test('an address that is not an ingress controller', (t) => {
  const ip = cluster.index.services.get('shop/web')!.spec.clusterIP!;
  const r = httpRequest(cluster, { url: `http://${ip}/`, from: 'shop/client', headers: SHOP });
  t.is(r.status, undefined);
  t.is(r.backend, null);
  t.true(r.hops.some((h) => h.step === 'controller' && h.status === 'fail' && /not an ingress controller/.test(h.detail)));
});

test('nothing listens on the node port: no status', (t) => {
  const r = httpRequest(cluster, { url: 'http://172.18.0.2:30099/', headers: SHOP });
  t.is(r.status, undefined);
  t.is(r.error, undefined);
  t.true(r.hops.some((h) => h.status === 'fail'));
});

test('usage errors: bad URL, scheme, --from naming nothing', (t) => {
  t.regex(httpRequest(cluster, { url: 'not a url' }).error ?? '', /absolute http/);
  t.regex(httpRequest(cluster, { url: 'ftp://172.18.0.2/' }).error ?? '', /http:\/\/ or https:\/\//);
  t.regex(httpRequest(cluster, { url: URL_CART, from: 'shop/nope' }).error ?? '', /no pod "nope"/);
});

test('https defaults to port 443', (t) => {
  const r = httpRequest(cluster, { url: 'https://172.18.0.2/cart', headers: SHOP });
  t.is(r.status, undefined);
  t.true(r.hops.some((h) => /443/.test(h.detail)));
});

test('a Gateway\'s address picks the Gateway: without its GatewayClass nothing answers', (t) => {
  const c = clusterFrom(YAML + `
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: gw, namespace: shop}
spec:
  gatewayClassName: x
  listeners: [{name: http, port: 80, protocol: HTTP}]
status:
  addresses: [{type: IPAddress, value: 172.18.0.200}]
`);
  const r = httpRequest(c, { url: 'http://172.18.0.200/' });
  t.is(r.error, undefined);
  t.is(r.status, undefined);
  t.regex(r.hops.at(-1)!.detail, /GatewayClass "x", which does not exist/);
});
