import test from 'ava';
import { buildIngressIndex, chooseDefaultClass, classOfIngress, isDefaultClass, matchIngress } from '../../../source/sim/ingress/index.js';
import { ingress, ingressClass } from './helpers.js';

// docs "Ingress" > Default IngressClass; plugin/pkg/admission/network/defaultingressclass
const isDefaultCases: Array<{ value: string | undefined; want: boolean }> = [
  { value: 'true', want: true },
  { value: 'True', want: false },
  { value: 'yes', want: false },
  { value: '', want: false },
  { value: undefined, want: false },
];
for (const c of isDefaultCases) {
  test(`default class annotation ${JSON.stringify(c.value)} counts as default: ${c.want}`, (t) => {
    t.is(isDefaultClass(ingressClass('c', { isDefault: c.value })), c.want);
  });
}

test('several default classes: the newest wins, ties by name (kubernetes#110974)', (t) => {
  const older = ingressClass('a-old', { isDefault: 'true', created: '2024-01-01T00:00:00Z' });
  const newer = ingressClass('z-new', { isDefault: 'true', created: '2024-02-01T00:00:00Z' });
  t.is(chooseDefaultClass([older, newer]).chosen?.metadata.name, 'z-new');
  const tieB = ingressClass('b', { isDefault: 'true', created: '2024-01-01T00:00:00Z' });
  const tieA = ingressClass('a', { isDefault: 'true', created: '2024-01-01T00:00:00Z' });
  t.is(chooseDefaultClass([tieB, tieA]).chosen?.metadata.name, 'a');
  t.is(chooseDefaultClass([ingressClass('x')]).chosen, null);
});

test('class of an Ingress: spec.ingressClassName, else the legacy kubernetes.io/ingress.class annotation', (t) => {
  t.deepEqual(classOfIngress(ingress('a', [], { className: 'nginx' })), { name: 'nginx', via: 'ingressClassName' });
  t.deepEqual(classOfIngress(ingress('a', [], { annotationClass: 'traefik' })), { name: 'traefik', via: 'annotation' });
  t.deepEqual(classOfIngress(ingress('a', [], { className: 'nginx', annotationClass: 'traefik' })), { name: 'nginx', via: 'ingressClassName' });
  t.deepEqual(classOfIngress(ingress('a', [])), { name: null, via: 'none' });
});

const cluster = () => buildIngressIndex([
  ingress('by-field', [['app.example', [['/field', 'Prefix', 'field:80']]]], { className: 'nginx' }),
  ingress('by-annotation', [['app.example', [['/legacy', 'Prefix', 'legacy:80']]]], { annotationClass: 'nginx' }),
  ingress('no-class', [['app.example', [['/none', 'Prefix', 'none:80']]]]),
  ingress('other', [['app.example', [['/other', 'Prefix', 'other:80']]]], { className: 'traefik' }),
  ingress('typo', [['app.example', [['/typo', 'Prefix', 'typo:80']]]], { className: 'ngnix' }),
], [ingressClass('nginx', { isDefault: 'true' }), ingressClass('traefik', { controller: 'traefik.io/ingress-controller' })]);

test('without --class the default class answers: field, legacy annotation and class-less Ingresses', (t) => {
  const idx = cluster();
  t.is(matchIngress(idx, { host: 'app.example', path: '/field' }).backend, 'default/field:80');
  t.is(matchIngress(idx, { host: 'app.example', path: '/legacy' }).backend, 'default/legacy:80');
  t.is(matchIngress(idx, { host: 'app.example', path: '/none' }).backend, 'default/none:80');
  t.is(matchIngress(idx, { host: 'app.example', path: '/other' }).backend, null);
  const m = matchIngress(idx, { host: 'app.example', path: '/field' });
  t.is(m.class, 'nginx');
  t.regex(m.hops[0]!.detail, /IngressClass "nginx", the default class/);
});

test('with --class only that class answers', (t) => {
  const idx = cluster();
  t.is(matchIngress(idx, { host: 'app.example', path: '/other', class: 'traefik' }).backend, 'default/other:80');
  t.is(matchIngress(idx, { host: 'app.example', path: '/field', class: 'traefik' }).backend, null);
  t.is(matchIngress(idx, { host: 'app.example', path: '/none', class: 'traefik' }).backend, null, 'class-less Ingresses belong to the default class only');
});

test('conformance ingress_class: an Ingress naming a class that does not exist gets no traffic; the trace says why', (t) => {
  const m = matchIngress(cluster(), { host: 'app.example', path: '/typo' });
  t.is(m.backend, null);
  t.truthy(m.hops.find((h) => h.step === 'ingress-class' && h.status === 'warn' && /default\/typo.*"ngnix", and no IngressClass has that name/.test(h.detail)));
});

test('no default class: every Ingress is asked, as one controller', (t) => {
  const idx = buildIngressIndex([
    ingress('a', [['', [['/a', 'Prefix', 'a:80']]]], { className: 'one' }),
    ingress('b', [['', [['/b', 'Prefix', 'b:80']]]], { annotationClass: 'two' }),
    ingress('c', [['', [['/c', 'Prefix', 'c:80']]]]),
  ], [ingressClass('one'), ingressClass('two')]);
  for (const p of ['a', 'b', 'c']) t.is(matchIngress(idx, { host: '', path: `/${p}` }).backend, `default/${p}:80`);
  const m = matchIngress(idx, { host: '', path: '/a' });
  t.is(m.class, null);
  t.regex(m.hops[0]!.detail, /no IngressClass is marked default.*every Ingress \(3\) is asked/);
});

test('no default class and --class: class-less Ingresses are not served, and the trace says so', (t) => {
  const idx = buildIngressIndex([ingress('c', [['', [['/c', 'Prefix', 'c:80']]]])], [ingressClass('nginx')]);
  const m = matchIngress(idx, { host: '', path: '/c', class: 'nginx' });
  t.is(m.backend, null);
  t.truthy(m.hops.find((h) => /names no class and no IngressClass is marked default/.test(h.detail)));
});

test('two default classes: the trace warns and names the one chosen', (t) => {
  const idx = buildIngressIndex([ingress('a', [['', [['/', 'Prefix', 'a:80']]]], { className: 'new' })], [
    ingressClass('old', { isDefault: 'true', created: '2024-01-01T00:00:00Z' }),
    ingressClass('new', { isDefault: 'true', created: '2024-03-01T00:00:00Z' }),
  ]);
  const m = matchIngress(idx, { host: '', path: '/' });
  t.is(m.class, 'new');
  t.is(m.backend, 'default/a:80');
  t.truthy(m.hops.find((h) => h.status === 'warn' && /all marked default.*picks the newest, "new"/.test(h.detail)));
});
