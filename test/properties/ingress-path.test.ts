// Properties of Ingress path matching (Kubernetes docs, "Ingress: Path types"): an Exact path
// matches only itself; a Prefix path matches element by element on '/'.
import test from 'ava';
import fc from 'fast-check';
import { buildIngressIndex, exactMatches, matchIngress, normalizePrefix, prefixMatches } from '../../source/sim/ingress/match.js';
import type { Ingress } from '../../source/sim/ingress/match.js';

const RUNS = 200;
const segment = fc.oneof(fc.constantFrom('a', 'aa', 'aaa', 'b', 'bbb', 'api', 'v1', 'v2', 'docs', 'foo', 'Foo', '.', '..', ''), fc.stringMatching(/^[a-zA-Z0-9._~-]{1,6}$/));
const path = fc.array(segment, { minLength: 0, maxLength: 5 }).chain((segs) => fc.boolean().map((slash) => '/' + segs.join('/') + (slash && segs.length ? '/' : '')));
const elements = (p: string) => p.split('/').filter((e) => e !== '');

test('an Exact path matches only itself', (t) => {
  fc.assert(fc.property(path, path, (rule, request) => exactMatches(rule, request) === (rule === request)), { numRuns: RUNS });
  fc.assert(fc.property(path, (rule) => exactMatches(rule, rule)), { numRuns: RUNS });
  t.pass();
});

test('Prefix matches when the rule\'s elements are a prefix of the request\'s (no empty elements)', (t) => {
  const clean = fc.array(fc.stringMatching(/^[a-z0-9]{1,4}$/), { maxLength: 4 });
  fc.assert(fc.property(clean, clean, fc.boolean(), fc.boolean(), (r, q, rs, qs) => {
    const rule = '/' + r.join('/') + (rs && r.length ? '/' : '');
    const request = '/' + q.join('/') + (qs && q.length ? '/' : '');
    const model = r.length <= q.length && r.every((e, i) => e === q[i]);
    return prefixMatches(rule, request) === model;
  }), { numRuns: RUNS });
  t.pass();
});

test('Prefix: a path matches itself and everything below it, never a longer last element', (t) => {
  fc.assert(fc.property(path, path, fc.stringMatching(/^[a-z]{1,3}$/), (rule, below, extra) => {
    const p = normalizePrefix(rule);
    if (!prefixMatches(rule, rule) || !prefixMatches(rule, p)) return false;
    if (!prefixMatches(rule, p.replace(/\/$/, '') + below)) return false;
    // /aaa/bbb does not match /aaa/bbbxyz
    if (p !== '/' && prefixMatches(rule, p + extra)) return false;
    return true;
  }), { numRuns: RUNS });
  t.pass();
});

test('Prefix: a matching request has at least the rule\'s elements', (t) => {
  fc.assert(fc.property(path, path, (rule, request) => !prefixMatches(rule, request) || elements(request).length >= elements(rule).length), { numRuns: RUNS });
  t.pass();
});

function ingress(rulePath: string, pathType: string): Ingress {
  return {
    apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'i', namespace: 'default', creationTimestamp: '2026-01-01T00:00:00Z' },
    spec: { rules: [{ host: 'a.example', http: { paths: [{ path: rulePath, pathType, backend: { service: { name: 'web', port: { number: 80 } } } }] } }] },
  } as Ingress;
}

test('through matchIngress: an Exact rule answers only its own path; matching never throws', (t) => {
  fc.assert(fc.property(path, path, (rule, request) => {
    const m = matchIngress(buildIngressIndex([ingress(rule, 'Exact')]), { host: 'a.example', path: request });
    return (m.backend === 'default/web:80') === (rule === request);
  }), { numRuns: RUNS });
  fc.assert(fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), fc.constantFrom('Exact', 'Prefix', 'ImplementationSpecific', 'Bogus', ''), fc.string({ maxLength: 10 }), (rule, request, type, host) => {
    const m = matchIngress(buildIngressIndex([ingress(rule, type)]), { host, path: request });
    return m.backend === null || m.backend === 'default/web:80';
  }), { numRuns: RUNS });
  t.pass();
});
