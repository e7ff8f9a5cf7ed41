import test from 'ava';
import { buildIngressIndex, matchIngress } from '../../../source/sim/ingress/index.js';
import { ingress, ingressClass } from './helpers.js';

type Want = { backend: string | null; path?: string | null; pathType?: string | null };
type Case = { req: [host: string, path: string]; want: Want };

function table(title: string, index: ReturnType<typeof buildIngressIndex>, cases: Case[]): void {
  for (const c of cases) {
    test(`${title}: ${c.req[0] || '(no host)'}${c.req[1]} -> ${c.want.backend ?? '404'}`, (t) => {
      const m = matchIngress(index, { host: c.req[0], path: c.req[1] });
      t.is(m.backend, c.want.backend, m.hops.map((h) => `${h.status} ${h.detail}`).join('\n'));
      if (c.want.path !== undefined) t.is(m.path, c.want.path);
      if (c.want.pathType !== undefined) t.is(m.pathType, c.want.pathType);
    });
  }
}

// ---------------------------------------------------------------------------------------------
// ingress-controller-conformance features/path_rules.feature (its Ingress, its scenarios)
const pathRules = buildIngressIndex([
  ingress('path-rules', [
    ['exact-path-rules', [['/foo', 'Exact', 'foo-exact:8080']]],
    ['prefix-path-rules', [['/foo', 'Prefix', 'foo-prefix:8080'], ['/aaa/bbb', 'Prefix', 'aaa-slash-bbb-prefix:8080'], ['/aaa', 'Prefix', 'aaa-prefix:8080']]],
    ['mixed-path-rules', [['/foo', 'Prefix', 'foo-prefix:8080'], ['/foo', 'Exact', 'foo-exact:8080']]],
    ['trailing-slash-path-rules', [['/aaa/bbb/', 'Prefix', 'aaa-slash-bbb-slash-prefix:8080'], ['/foo/', 'Exact', 'foo-slash-exact:8080']]],
  ]),
]);
table('conformance path_rules', pathRules, [
  { req: ['exact-path-rules', '/foo'], want: { backend: 'default/foo-exact:8080', path: '/foo', pathType: 'Exact' } },
  { req: ['exact-path-rules', '/foo/'], want: { backend: null } },
  { req: ['exact-path-rules', '/FOO'], want: { backend: null } },
  { req: ['exact-path-rules', '/bar'], want: { backend: null } },
  { req: ['prefix-path-rules', '/foo'], want: { backend: 'default/foo-prefix:8080' } },
  { req: ['prefix-path-rules', '/foo/'], want: { backend: 'default/foo-prefix:8080' } },
  { req: ['prefix-path-rules', '/FOO'], want: { backend: null } },
  { req: ['prefix-path-rules', '/aaa/bbb'], want: { backend: 'default/aaa-slash-bbb-prefix:8080', path: '/aaa/bbb' } },
  { req: ['prefix-path-rules', '/aaa/bbb/ccc'], want: { backend: 'default/aaa-slash-bbb-prefix:8080' } },
  { req: ['prefix-path-rules', '/aaa/ccc'], want: { backend: 'default/aaa-prefix:8080', path: '/aaa' } },
  { req: ['prefix-path-rules', '/aaaccc'], want: { backend: null } },
  { req: ['mixed-path-rules', '/foo'], want: { backend: 'default/foo-exact:8080', pathType: 'Exact' } },
  { req: ['trailing-slash-path-rules', '/aaa/bbb'], want: { backend: 'default/aaa-slash-bbb-slash-prefix:8080' } },
  { req: ['trailing-slash-path-rules', '/aaa/bbb/'], want: { backend: 'default/aaa-slash-bbb-slash-prefix:8080' } },
  { req: ['trailing-slash-path-rules', '/foo'], want: { backend: null } },
]);

// ---------------------------------------------------------------------------------------------
// kubernetes.io docs "Ingress" > Path types > Examples (one Ingress per row's rule set)
const docRows: Array<{ rules: Array<[string, string]>; request: string; match: string | null }> = [
  { rules: [['/', 'Prefix']], request: '/anything/at/all', match: '/' },
  { rules: [['/foo', 'Exact']], request: '/foo', match: '/foo' },
  { rules: [['/foo', 'Exact']], request: '/bar', match: null },
  { rules: [['/foo', 'Exact']], request: '/foo/', match: null },
  { rules: [['/foo/', 'Exact']], request: '/foo', match: null },
  { rules: [['/foo', 'Prefix']], request: '/foo', match: '/foo' },
  { rules: [['/foo', 'Prefix']], request: '/foo/', match: '/foo' },
  { rules: [['/foo/', 'Prefix']], request: '/foo', match: '/foo/' },
  { rules: [['/foo/', 'Prefix']], request: '/foo/', match: '/foo/' },
  { rules: [['/aaa/bb', 'Prefix']], request: '/aaa/bbb', match: null },
  { rules: [['/aaa/bbb', 'Prefix']], request: '/aaa/bbb', match: '/aaa/bbb' },
  { rules: [['/aaa/bbb/', 'Prefix']], request: '/aaa/bbb', match: '/aaa/bbb/' },
  { rules: [['/aaa/bbb', 'Prefix']], request: '/aaa/bbb/', match: '/aaa/bbb' },
  { rules: [['/aaa/bbb', 'Prefix']], request: '/aaa/bbb/ccc', match: '/aaa/bbb' },
  { rules: [['/aaa/bbb', 'Prefix']], request: '/aaa/bbbxyz', match: null },
  { rules: [['/', 'Prefix'], ['/aaa', 'Prefix']], request: '/aaa/ccc', match: '/aaa' },
  { rules: [['/', 'Prefix'], ['/aaa', 'Prefix'], ['/aaa/bbb', 'Prefix']], request: '/aaa/bbb', match: '/aaa/bbb' },
  { rules: [['/', 'Prefix'], ['/aaa', 'Prefix'], ['/aaa/bbb', 'Prefix']], request: '/ccc', match: '/' },
  { rules: [['/aaa', 'Prefix']], request: '/ccc', match: null },
  { rules: [['/foo', 'Prefix'], ['/foo', 'Exact']], request: '/foo', match: '/foo' },
];
for (const row of docRows) {
  const label = row.rules.map(([p, t]) => `${t} ${p}`).join(', ');
  test(`docs Path types examples: ${label} / request ${row.request} -> ${row.match ?? 'no match'}`, (t) => {
    const idx = buildIngressIndex([ingress('ex', [['', row.rules.map(([p, ty], i) => [p, ty, `svc${i}:80`])]])]);
    const m = matchIngress(idx, { host: 'x.example', path: row.request });
    t.is(m.path, row.match);
  });
}

test('docs Multiple matches: longest path wins regardless of rule order; Exact wins a tie', (t) => {
  const a = buildIngressIndex([ingress('a', [['', [['/', 'Prefix', 'root:80'], ['/api/v1', 'Prefix', 'v1:80'], ['/api', 'Prefix', 'api:80']]]])]);
  t.is(matchIngress(a, { host: '', path: '/api/v1/users' }).backend, 'default/v1:80');
  t.is(matchIngress(a, { host: '', path: '/api/v2' }).backend, 'default/api:80');
  const b = buildIngressIndex([ingress('b', [['', [['/api/', 'Prefix', 'prefix:80'], ['/api', 'Exact', 'exact:80']]]])]);
  t.is(matchIngress(b, { host: '', path: '/api' }).backend, 'default/exact:80', 'Prefix /api/ counts as /api: same length, Exact wins');
  t.is(matchIngress(b, { host: '', path: '/api/' }).backend, 'default/prefix:80');
});

test('request paths: query string and fragment are not part of the path', (t) => {
  const idx = buildIngressIndex([ingress('a', [['', [['/search', 'Exact', 'search:80']]]])]);
  t.is(matchIngress(idx, { host: '', path: '/search?q=x#top' }).backend, 'default/search:80');
});

// ---------------------------------------------------------------------------------------------
// ImplementationSpecific: read as ingress-nginx reads it (Prefix, element-wise)
test('ImplementationSpecific is read as Prefix (ingress-nginx SetDefaultNGINXPathType), and the trace says so', (t) => {
  const idx = buildIngressIndex([ingress('impl', [['', [['/app', 'ImplementationSpecific', 'app:80']]]])]);
  const hit = matchIngress(idx, { host: 'any', path: '/app/x' });
  t.is(hit.backend, 'default/app:80');
  t.is(hit.pathType, 'ImplementationSpecific');
  t.regex(hit.hops.find((h) => h.step === 'path')!.detail, /read as Prefix as ingress-nginx does/);
  t.is(matchIngress(idx, { host: 'any', path: '/apps' }).backend, null, 'element-wise, not a string prefix');
});

test('ImplementationSpecific and Prefix on the same path of one host: the older Ingress wins (both are Prefix to ingress-nginx)', (t) => {
  const idx = buildIngressIndex([
    ingress('newer', [['h.example', [['/app', 'Prefix', 'new:80']]]], { created: '2024-01-02T00:00:00Z' }),
    ingress('older', [['h.example', [['/app', 'ImplementationSpecific', 'old:80']]]], { created: '2024-01-01T00:00:00Z' }),
  ]);
  t.is(matchIngress(idx, { host: 'h.example', path: '/app' }).backend, 'default/old:80');
});

// ---------------------------------------------------------------------------------------------
// ingress-controller-conformance features/host_rules.feature
const hostRules = buildIngressIndex([
  ingress('host-rules', [
    ['*.foo.com', [['/', 'Prefix', 'wildcard-foo-com:8080']]],
    ['foo.bar.com', [['/', 'Prefix', 'foo-bar-com:http']]],
  ], { tls: [{ hosts: ['foo.bar.com'], secretName: 'conformance-tls' }] }),
]);
table('conformance host_rules', hostRules, [
  { req: ['foo.bar.com', '/'], want: { backend: 'default/foo-bar-com:http' } },
  { req: ['subdomain.bar.com', '/'], want: { backend: null } },
  { req: ['bar.foo.com', '/'], want: { backend: 'default/wildcard-foo-com:8080' } },
  { req: ['baz.bar.foo.com', '/'], want: { backend: null } },
  { req: ['foo.com', '/'], want: { backend: null } },
]);

test('conformance host_rules: TLS is reported for the host listed in spec.tls only', (t) => {
  t.true(matchIngress(hostRules, { host: 'foo.bar.com', path: '/' }).tls);
  t.false(matchIngress(hostRules, { host: 'bar.foo.com', path: '/' }).tls);
});

test('host_rules: the trace explains why a wildcard did not cover two labels', (t) => {
  const m = matchIngress(hostRules, { host: 'baz.bar.foo.com', path: '/' });
  t.regex(m.hops.find((h) => h.step === 'host')!.detail, /\*\.foo\.com covers one label only/);
  const n = matchIngress(hostRules, { host: 'foo.com', path: '/' });
  t.regex(n.hops.find((h) => h.step === 'host')!.detail, /\*\.foo\.com does not match foo\.com itself/);
});

test('host matching: Host header case and port are ignored', (t) => {
  t.is(matchIngress(hostRules, { host: 'FOO.bar.com:8443', path: '/' }).backend, 'default/foo-bar-com:http');
});

test('host-less rules catch unknown hosts and requests without Host; an exact host rule wins over them', (t) => {
  const idx = buildIngressIndex([
    ingress('vhosts', [
      ['first.bar.com', [['/', 'Prefix', 'service1:80']]],
      ['second.foo.com', [['/', 'Prefix', 'service2:80']]],
      ['', [['/', 'Prefix', 'service3:80']]],
    ]),
  ]);
  t.is(matchIngress(idx, { host: 'first.bar.com', path: '/' }).backend, 'default/service1:80');
  t.is(matchIngress(idx, { host: 'second.foo.com', path: '/x' }).backend, 'default/service2:80');
  t.is(matchIngress(idx, { host: 'other.example', path: '/' }).backend, 'default/service3:80');
  t.is(matchIngress(idx, { host: '', path: '/' }).backend, 'default/service3:80');
});

test('a host that matches a rule does not fall through to host-less rules when no path matches', (t) => {
  const idx = buildIngressIndex([
    ingress('a', [['shop.example', [['/cart', 'Prefix', 'cart:80']]], ['', [['/', 'Prefix', 'catch:80']]]]),
  ]);
  t.is(matchIngress(idx, { host: 'shop.example', path: '/other' }).backend, null);
});

// ---------------------------------------------------------------------------------------------
// ingress-controller-conformance features/default_backend.feature
const defaultBackend = buildIngressIndex([ingress('default-backend', [], { defaultBackend: 'echo-service:8080' })]);
table('conformance default_backend', defaultBackend, [
  { req: ['my-host', '/'], want: { backend: 'default/echo-service:8080', path: null } },
  { req: ['my-host', '/sub-path'], want: { backend: 'default/echo-service:8080' } },
  { req: ['some-host', '/'], want: { backend: 'default/echo-service:8080' } },
  { req: ['', '/resource'], want: { backend: 'default/echo-service:8080' } },
]);

test('defaultBackend takes what matches no rule of an Ingress with rules; the trace says where ingress-nginx differs', (t) => {
  const idx = buildIngressIndex([
    ingress('shop', [['shop.example', [['/cart', 'Prefix', 'cart:80']]]], { defaultBackend: 'fallback:80' }),
  ]);
  const sameHost = matchIngress(idx, { host: 'shop.example', path: '/nope' });
  t.is(sameHost.backend, 'default/fallback:80');
  t.is(sameHost.ingress, 'default/shop');
  t.false(sameHost.hops.some((h) => /ingress-nginx differs/.test(h.detail)), 'ingress-nginx also uses it for the hosts of the same Ingress');
  const otherHost = matchIngress(idx, { host: 'other.example', path: '/' });
  t.is(otherHost.backend, 'default/fallback:80');
  t.truthy(otherHost.hops.find((h) => h.status === 'warn' && /ingress-nginx differs.*404/.test(h.detail)));
});

test('no rule and no defaultBackend: backend null with a 404 explanation', (t) => {
  const m = matchIngress(pathRules, { host: 'nowhere.example', path: '/' });
  t.is(m.backend, null);
  t.is(m.ingress, null);
  const last = m.hops.filter((h) => h.step === 'backend').at(-1)!;
  t.is(last.status, 'fail');
  t.regex(last.detail, /404/);
});

// ---------------------------------------------------------------------------------------------
// Backends
test('backends: by port number, by port name, and resource backends reported as such', (t) => {
  const idx = buildIngressIndex([
    ingress('b', [['', [['/n', 'Prefix', 'web:8080'], ['/name', 'Prefix', 'web:http'], ['/static', 'Prefix', 'StorageBucket.k8s.example.com/static-assets']]]], { namespace: 'shop' }),
  ]);
  t.is(matchIngress(idx, { host: '', path: '/n' }).backend, 'shop/web:8080');
  t.is(matchIngress(idx, { host: '', path: '/name' }).backend, 'shop/web:http');
  const r = matchIngress(idx, { host: '', path: '/static/logo.png' });
  t.is(r.backend, null);
  t.is(r.resource, 'StorageBucket.k8s.example.com/shop/static-assets');
  t.is(r.ingress, 'shop/b');
  t.regex(r.hops.find((h) => h.step === 'backend')!.detail, /ingress-nginx only routes to Services/);
});

// ---------------------------------------------------------------------------------------------
// Several Ingresses of one class, merged as ingress-nginx merges them
test('merge: rules of one host from several Ingresses are combined', (t) => {
  const idx = buildIngressIndex([
    ingress('cart', [['shop.example', [['/cart', 'Prefix', 'cart:80']]]], { namespace: 'shop' }),
    ingress('pay', [['shop.example', [['/pay', 'Prefix', 'pay:80']]]], { namespace: 'billing' }),
  ]);
  t.is(matchIngress(idx, { host: 'shop.example', path: '/cart' }).backend, 'shop/cart:80');
  const pay = matchIngress(idx, { host: 'shop.example', path: '/pay/now' });
  t.is(pay.backend, 'billing/pay:80');
  t.is(pay.ingress, 'billing/pay');
  t.regex(pay.hops.find((h) => h.step === 'host')!.detail, /merged/);
});

test('merge: the same host and path in two Ingresses — the oldest by creationTimestamp wins, whatever the file order', (t) => {
  const idx = buildIngressIndex([
    ingress('new', [['shop.example', [['/', 'Prefix', 'new:80']]]], { created: '2024-05-02T10:00:00Z' }),
    ingress('old', [['shop.example', [['/', 'Prefix', 'old:80']]]], { created: '2024-05-01T10:00:00Z' }),
  ]);
  const m = matchIngress(idx, { host: 'shop.example', path: '/' });
  t.is(m.backend, 'default/old:80');
  t.truthy(m.hops.find((h) => h.status === 'warn' && /default\/new also defines Prefix "\/"/.test(h.detail)));
});

test('merge: equal creationTimestamps are ordered by namespace/name descending (ingress-nginx sortIngressSlice)', (t) => {
  const same = '2024-05-01T10:00:00Z';
  const idx = buildIngressIndex([
    ingress('alpha', [['shop.example', [['/', 'Prefix', 'alpha:80']]]], { created: same }),
    ingress('beta', [['shop.example', [['/', 'Prefix', 'beta:80']]]], { created: same }),
  ]);
  t.is(matchIngress(idx, { host: 'shop.example', path: '/' }).backend, 'default/beta:80');
});

test('merge: same path but different pathType from two Ingresses both apply', (t) => {
  const idx = buildIngressIndex([
    ingress('p', [['h', [['/foo', 'Prefix', 'prefix:80']]]], { created: '2024-01-01T00:00:00Z' }),
    ingress('e', [['h', [['/foo', 'Exact', 'exact:80']]]], { created: '2024-01-02T00:00:00Z' }),
  ]);
  t.is(matchIngress(idx, { host: 'h', path: '/foo' }).backend, 'default/exact:80');
  t.is(matchIngress(idx, { host: 'h', path: '/foo/bar' }).backend, 'default/prefix:80');
});

// ---------------------------------------------------------------------------------------------
// TLS
test('TLS: wildcard TLS hosts cover one label; an entry without hosts covers its Ingress rules; the trace names the secret', (t) => {
  const idx = buildIngressIndex([
    ingress('w', [['*.shop.example', [['/', 'Prefix', 'w:80']]]], { tls: [{ hosts: ['*.shop.example'], secretName: 'wild' }] }),
    ingress('n', [['plain.example', [['/', 'Prefix', 'p:80']]]], { tls: [{}] }),
  ]);
  const w = matchIngress(idx, { host: 'eu.shop.example', path: '/' });
  t.true(w.tls);
  t.regex(w.hops.find((h) => h.step === 'tls')!.detail, /secret "wild".*redirects plain HTTP to HTTPS/);
  const n = matchIngress(idx, { host: 'plain.example', path: '/' });
  t.true(n.tls);
  t.regex(n.hops.find((h) => h.step === 'tls')!.detail, /default self-signed certificate/);
  t.false(matchIngress(idx, { host: 'a.b.shop.example', path: '/' }).tls);
});

// ---------------------------------------------------------------------------------------------
// Index of 1,000 Ingresses answers like a small one
test('a large index: 1,000 Ingresses, lookups still exact', (t) => {
  const many = Array.from({ length: 1000 }, (_, i) => ingress(`app-${i}`, [[`app-${i}.example`, [['/', 'Prefix', `svc-${i}:80`], [`/v${i}`, 'Exact', `exact-${i}:80`]]]], { namespace: `ns-${i % 50}` }));
  const idx = buildIngressIndex(many, [ingressClass('nginx', { isDefault: 'true' })]);
  t.is(matchIngress(idx, { host: 'app-777.example', path: '/v777' }).backend, 'ns-27/exact-777:80');
  t.is(matchIngress(idx, { host: 'app-777.example', path: '/v778' }).backend, 'ns-27/svc-777:80');
  t.is(matchIngress(idx, { host: 'app-1000.example', path: '/' }).backend, null);
});
