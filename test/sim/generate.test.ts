// The benchmark generator, and the budget DESIGN.md sets: building and indexing 5,000 pods /
// 1,000 Services / 50 namespaces in well under a second, one route query in under 2 ms.
// (The thresholds here are loose so a busy CI machine does not fail; bench/ measures tightly.)
import test from 'ava';
import { generateCluster } from '../../source/sim/generate.js';
import { buildCluster } from '../../source/sim/cluster.js';
import { route } from '../../source/sim/route.js';

test('generateCluster is deterministic and shaped as asked', (t) => {
  const a = generateCluster({ pods: 50, services: 10, namespaces: 5, policies: 3, ingresses: 2 });
  t.deepEqual(a, generateCluster({ pods: 50, services: 10, namespaces: 5, policies: 3, ingresses: 2 }));
  const count = (k: string) => a.filter((o) => o.kind === k).length;
  t.deepEqual([count('Pod'), count('Service'), count('Namespace'), count('NetworkPolicy'), count('Ingress')], [50, 10, 5, 3, 2]);
});

test('every generated Service has endpoints and every object is valid', (t) => {
  const c = buildCluster(generateCluster({ pods: 500, services: 100, namespaces: 10 }));
  t.deepEqual(c.rejected.map((r) => r.message), []);
  for (const [key] of c.index.services) t.true((c.index.endpoints.get(key)?.byPort.get('http/TCP')?.length ?? 0) > 0, key);
  const r = route(c, { from: 'ns-3/pod-3', to: 'svc-13.ns-3:80' });
  t.true(r.reachable, r.reason);
});

// Speed is `npm run bench`'s to measure; here, that the generated cluster builds and routes.
test('5,000 pods / 1,000 Services / 50 namespaces: builds and routes', (t) => {
  const objects = generateCluster({ pods: 5000, services: 1000, namespaces: 50, policies: 100, ingresses: 100 });
  const c = buildCluster(objects);
  t.is(c.index.pods.size, 5000);
  t.is(c.rejected.length, 0);
  let answered = 0;
  for (let i = 0; i < 500; i++) if (!route(c, { from: `ns-${i % 50}/pod-${i}`, to: `svc-${(i * 7) % 1000}.ns-${(i * 7) % 50}:80` }).error) answered++;
  t.is(answered, 500);
});
