// The simulated Gateway API controller writes status, so kubectl shows what a real
// cluster would: PROGRAMMED/ACCEPTED columns and the route conditions a learner reads.
import test from 'ava';
import { readFileSync } from 'node:fs';
import { parseManifests } from '../../../source/sim/loader.js';
import { runKubectl } from '../../../source/kubectl/session.js';

const parsed = parseManifests(readFileSync(new URL('../../cli/fixtures/gateway.yaml', import.meta.url), 'utf8'), 'gateway.yaml');
if (!parsed.ok) throw new Error('fixture');
const env = { state: parsed.objects, now: new Date('2026-11-26T12:00:00Z') };

test('get gateways shows PROGRAMMED from the computed status', (t) => {
  const r = runKubectl(['get', 'gtw', '-n', 'shop'], env);
  t.regex(r.stdout, /^NAME\s+CLASS\s+ADDRESS\s+PROGRAMMED\s+AGE\nshop-gw\s+example\s+172\.18\.0\.200\s+True\s/);
});

test('an HTTPRoute status is RouteParentStatus: parentRef object, controllerName, conditions', (t) => {
  const r = runKubectl(['get', 'httproute', 'store', '-n', 'shop', '-o', 'json'], env);
  const status = JSON.parse(r.stdout).status;
  const parent = status.parents[0];
  t.deepEqual(parent.parentRef, { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'shop-gw' });
  t.is(parent.controllerName, 'example.net/gateway-controller');
  t.deepEqual(parent.conditions.map((c: { type: string; status: string }) => `${c.type}=${c.status}`), ['Accepted=True', 'ResolvedRefs=False']);
});

test('a Gateway whose GatewayClass does not exist has no controller: no status, no address', (t) => {
  const state = parsed.objects.filter((o) => o.kind !== 'GatewayClass');
  const r = runKubectl(['get', 'gtw', '-n', 'shop'], { ...env, state });
  t.regex(r.stdout, /\nshop-gw\s+example\s+Unknown\s/);
  const route = JSON.parse(runKubectl(['get', 'httproute', 'store', '-n', 'shop', '-o', 'json'], { ...env, state }).stdout);
  t.is(route.status, undefined);
});
