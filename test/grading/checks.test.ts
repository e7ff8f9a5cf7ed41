// Each check kind, passing and failing, against clusters the simulator builds from a file.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { buildCluster, type Cluster } from '../../source/sim/cluster.js';
import { parseManifests } from '../../source/sim/loader.js';
import type { KObject } from '../../source/sim/types.js';
import { evaluateCheck, type CheckResult } from '../../source/grading/checks.js';
import type { Check } from '../../source/content/types.js';

const text = readFileSync(new URL('fixtures/shop.yaml', import.meta.url), 'utf8');
const parsed = parseManifests(text, 'shop.yaml');
if (!parsed.ok) throw new Error('fixture does not parse');
const SETUP: KObject[] = parsed.objects;
const setup = buildCluster(SETUP);

const where = { file: 'test.yaml', line: 1, col: 1, path: 'checks[0]' };
type CheckInput = Check extends infer C ? (C extends Check ? Omit<C, 'where'> : never) : never;
const check = (c: CheckInput): Check => ({ ...c, where } as Check);

/** The setup with one object changed (by Kind/name). */
function changed(kindName: string, f: (o: Record<string, any>) => void, objects = SETUP): KObject[] {
  return objects.map((o) => {
    if (`${o.kind}/${o.metadata.name}` !== kindName) return o;
    const copy = structuredClone(o) as Record<string, any>;
    f(copy);
    return copy as KObject;
  });
}
const fixed = changed('Service/web', (s) => { s.spec.selector = { app: 'web' }; });
const FIXED = buildCluster(fixed);
const run = (c: Check, cluster: Cluster): CheckResult => evaluateCheck(c, { cluster, setup });

const reachWeb = check({ kind: 'reach', from: 'default/client', to: 'web.shop:80', pods: { namespace: 'shop', selector: 'app=web' }, port: 8080 });

test('reach: fails while the Service selects nothing, with the route\'s trace', (t) => {
  const r = run(reachWeb, setup);
  t.false(r.pass);
  t.false(r.guard);
  t.is(r.kind, 'reach');
  t.is(r.name, 'web.shop:80 from default/client reaches the app=web pods in shop on 8080');
  t.regex(r.detail, /^web\.shop:80 from default\/client is not reachable: .*app=web-frontend/);
  t.true(r.hops.some((h) => h.status === 'fail'));
});

test('reach: passes when the backends are exactly the ready app=web pods on 8080', (t) => {
  const r = run(reachWeb, FIXED);
  t.true(r.pass, r.detail);
  t.regex(r.detail, /reaches shop\/web-[a-z0-9]+-[a-z0-9]{5}:8080, shop\/web-[a-z0-9]+-[a-z0-9]{5}:8080$/);
});

test('reach: a port given by name is the pods\' container port of that name', (t) => {
  t.true(run(check({ ...reachWeb, port: 'http' } as CheckInput), FIXED).pass);
  const r = run(check({ ...reachWeb, port: 'metrics' } as CheckInput), FIXED);
  t.false(r.pass);
  t.regex(r.detail, /declares no port named "metrics"/);
});

test('reach: the wrong port, or pods the selector does not expect, fail with what differs', (t) => {
  const wrongPort = run(check({ ...reachWeb, port: 9090 } as CheckInput), FIXED);
  t.false(wrongPort.pass);
  t.regex(wrongPort.detail, /should reach exactly the ready app=web pods in shop on 9090 .*missing: .*:9090.*not expected: .*:8080/);

  // Service web selects tier=front, which a stray pod has too: "exactly the app=web pods" fails
  const broad = changed('Deployment/web', (d) => { d.spec.template.metadata.labels = { app: 'web', tier: 'front' }; },
    changed('Service/web', (s) => { s.spec.selector = { tier: 'front' }; }));
  const stray = { apiVersion: 'v1', kind: 'Pod', metadata: { name: 'debug', namespace: 'shop', labels: { app: 'debug', tier: 'front' } }, spec: { containers: [{ name: 'd', image: 'busybox' }] } };
  const strict = run(reachWeb, buildCluster([...broad, stray]));
  t.false(strict.pass);
  t.regex(strict.detail, /should reach exactly the ready app=web pods in shop on 8080 .*; not expected: shop\/debug:8080$/);
  t.true(run(reachWeb, buildCluster(broad)).pass);
});

test('reach: no ready pod matching is a failure that says so', (t) => {
  const r = run(check({ ...reachWeb, pods: { namespace: 'shop', selector: 'app=api' } } as CheckInput), FIXED);
  t.false(r.pass);
  t.regex(r.detail, /^no ready pod in namespace shop matches app=api, so .* \(it reaches shop\/web-/);
});

test('reach: a from that names nothing fails (it cannot be asked)', (t) => {
  const r = run(check({ ...reachWeb, from: 'default/ghost' } as CheckInput), FIXED);
  t.false(r.pass);
  t.regex(r.detail, /cannot be asked: no pod "ghost" in namespace default/);
});

test('reach: from outside to a node port', (t) => {
  const r = run(check({ kind: 'reach', from: 'external', to: '172.18.0.2:30080', pods: { namespace: 'shop', selector: 'app=web' }, port: 8080 }), setup);
  t.true(r.pass, r.detail);
});

test('deny: passes while nothing is reached, fails once something is', (t) => {
  const deny = check({ kind: 'deny', from: 'default/client', to: 'web.shop:80' });
  const before = run(deny, setup);
  t.true(before.pass, before.detail);
  t.regex(before.detail, /is not reachable/);
  const after = run(deny, FIXED);
  t.false(after.pass);
  t.regex(after.detail, /should be denied, but it reaches shop\/web-/);
  t.true(after.hops.length > 0);
  t.is(after.name, 'web.shop:80 from default/client is denied');
});

const viaIngress = { kind: 'http' as const, url: 'http://10.96.200.10/cart', from: 'default/client', headers: { Host: 'shop.example.com' } };

test('http backend: the Ingress rule names shop/web:80 before and after the fix', (t) => {
  const r = run(check({ ...viaIngress, backend: 'shop/web:80' }), setup);
  t.true(r.pass, r.detail);
  const wrong = run(check({ ...viaIngress, backend: 'shop/api:80' }), setup);
  t.false(wrong.pass);
  t.regex(wrong.detail, /should go to shop\/api:80, but goes to shop\/web:80/);
});

test('http status: 503 without endpoints, 200 after the fix, 404 for an unknown host', (t) => {
  t.true(run(check({ ...viaIngress, status: 503 }), setup).pass);
  const ok = run(check({ ...viaIngress, status: 200 }), setup);
  t.false(ok.pass);
  t.regex(ok.detail, /should get 200, but gets 503/);
  t.true(run(check({ ...viaIngress, status: 200 }), FIXED).pass);
  t.true(run(check({ ...viaIngress, headers: { Host: 'other.example.com' }, status: 404 }), FIXED).pass);
});

test('http pods: exactly the ready pods answer, on the port when one is given', (t) => {
  const pods = check({ ...viaIngress, pods: { namespace: 'shop', selector: 'app=web' }, port: 8080 });
  const before = run(pods, setup);
  t.false(before.pass);
  t.regex(before.detail, /should reach the ready app=web pods in shop, but gets 503/);
  const after = run(pods, FIXED);
  t.true(after.pass, after.detail);
  t.true(run(check({ ...viaIngress, pods: { namespace: 'shop', selector: 'app=web' } }), FIXED).pass, 'without a port, pods alone are compared');
  t.false(run(check({ ...viaIngress, pods: { namespace: 'shop', selector: 'app=web' }, port: 80 }), FIXED).pass);
});

test('http: a Gateway whose GatewayClass is missing answers nothing, and the check says why', (t) => {
  const gw = buildCluster([...fixed, { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: { name: 'gw', namespace: 'shop' }, spec: { gatewayClassName: 'x', listeners: [{ name: 'http', port: 80, protocol: 'HTTP' }] }, status: { addresses: [{ type: 'IPAddress', value: '172.18.0.200' }] } }]);
  const r = run(check({ kind: 'http', url: 'http://172.18.0.200/', backend: 'shop/web:80' }), gw);
  t.false(r.pass);
  t.regex(r.detail, /gets no answer: .*GatewayClass "x", which does not exist/);
});

test('object: a field equals a value (numbers, text, mappings), or says what it is', (t) => {
  t.true(run(check({ kind: 'object', ref: 'Service/shop/web-np', path: 'spec.ports[0].nodePort', equals: 30080 }), setup).pass);
  t.true(run(check({ kind: 'object', ref: 'Service/shop/web', path: 'spec.selector.app', equals: 'web' }), FIXED).pass);
  t.true(run(check({ kind: 'object', ref: 'Service/shop/web', path: 'spec.selector', equals: { app: 'web' } }), FIXED).pass);
  t.true(run(check({ kind: 'object', ref: 'Service/shop/web', path: 'spec.type', equals: 'ClusterIP' }), setup).pass, 'API-server defaults are there');
  t.true(run(check({ kind: 'object', ref: 'IngressClass/nginx', path: 'spec.controller', equals: 'k8s.io/ingress-nginx' }), setup).pass, 'a cluster-scoped ref');

  const wrong = run(check({ kind: 'object', ref: 'Service/shop/web', path: 'spec.selector.app', equals: 'web' }), setup);
  t.false(wrong.pass);
  t.is(wrong.detail, 'Service shop/web spec.selector.app is "web-frontend", expected "web"');
  t.is(wrong.name, 'Service/shop/web spec.selector.app is "web"');
  t.deepEqual(wrong.hops, [{ step: 'object', status: 'fail', detail: wrong.detail }]);
  t.is(run(check({ kind: 'object', ref: 'Service/shop/web', path: 'spec.externalName', equals: 'x' }), setup).detail, 'Service shop/web has no spec.externalName (expected "x")');
  t.is(run(check({ kind: 'object', ref: 'Service/shop/api', path: 'spec.type', equals: 'NodePort' }), setup).detail, 'there is no Service shop/api in the cluster');
  t.false(run(check({ kind: 'object', ref: 'Service/shop/web-np', path: 'spec.ports[0].nodePort', equals: '30080' }), setup).pass, 'types matter: "30080" is not 30080');
});

test('unchanged: a guard that holds while spec and labels are as set up', (t) => {
  const guard = check({ kind: 'unchanged', ref: 'Deployment/shop/web' });
  const same = run(guard, FIXED);
  t.true(same.pass);
  t.true(same.guard);
  t.is(same.name, 'Deployment/shop/web is unchanged');

  const scaled = run(guard, buildCluster(changed('Deployment/web', (d) => { d.spec.replicas = 3; }, fixed)));
  t.false(scaled.pass);
  t.is(scaled.detail, 'Deployment shop/web was changed: spec.replicas was 2, now 3; the task says to leave it as it is');

  const relabelled = run(guard, buildCluster(changed('Deployment/web', (d) => { d.metadata.labels = { app: 'web', tier: 'x' }; }, fixed)));
  t.false(relabelled.pass);
  t.regex(relabelled.detail, /metadata\.labels\.tier was absent, now "x"/);

  const annotated = run(guard, buildCluster(changed('Deployment/web', (d) => { d.metadata.annotations = { note: 'x' }; d.status = { replicas: 9 }; }, fixed)));
  t.true(annotated.pass, 'annotations and status are not what the guard is about');

  const deleted = run(guard, buildCluster(fixed.filter((o) => !(o.kind === 'Deployment' && o.metadata.name === 'web'))));
  t.false(deleted.pass);
  t.is(deleted.detail, 'Deployment shop/web was deleted; the task says to leave it as it is');

  t.regex(run(check({ kind: 'unchanged', ref: 'Deployment/shop/api' }), FIXED).detail, /no Deployment shop\/api in the setup/);
});
