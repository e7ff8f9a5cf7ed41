import test from 'ava';
import { completeLine } from '../../source/workspace/complete.js';
import type { KObject } from '../../source/sim/types.js';

const objects: KObject[] = [
  { kind: 'Service', metadata: { name: 'web', namespace: 'shop' } },
  { kind: 'Service', metadata: { name: 'web-admin', namespace: 'shop' } },
  { kind: 'Service', metadata: { name: 'db', namespace: 'default' } },
];
const ctx = { objects, files: ['svc.yaml', 'np.yaml'] };

const cases: Array<[string, string, string[]]> = [
  ['hi', 'hint ', []],
  ['kubectl ge', 'kubectl get ', []],
  ['k des', 'k describe ', []],
  ['kubectl get svc -n shop w', 'kubectl get svc -n shop web', ['web', 'web-admin']],
  ['kubectl get svc d', 'kubectl get svc db ', []],
  ['kubectl -n shop get svc/we', 'kubectl -n shop get svc/web', ['svc/web', 'svc/web-admin']],
  ['kubectl get -n sh', 'kubectl get -n shop ', []],
  ['kubectl apply -f s', 'kubectl apply -f svc.yaml ', []],
  ['kubectl get svc --show-l', 'kubectl get svc --show-labels ', []],
  ['kubectl create service node', 'kubectl create service nodeport ', []],
  ['cat n', 'cat np.yaml ', []],
  ['zzz', 'zzz', []],
];
for (const [before, line, candidates] of cases) {
  test(`completes "${before}"`, (t) => {
    t.deepEqual(completeLine(before, ctx), { line, candidates });
  });
}
