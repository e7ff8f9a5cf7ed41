// `kubectl describe` over the simulator, byte for byte against the real kubectl v1.32 run on
// the simulator's own view of fixtures/cluster-state.yaml (recorded by
// scripts/record-kubectl-cluster-goldens.sh).
import test from 'ava';
import { runKubectl } from '../../../source/kubectl/session.js';
import { goldenNames, loadGolden } from '../golden.js';
import { CLUSTER_NOW, clusterState } from '../fixtures.js';

const state = clusterState();

for (const name of goldenNames('describe-')) {
  test(name, (t) => {
    const g = loadGolden(name);
    const r = runKubectl(g.argv, { state, now: CLUSTER_NOW });
    t.is(r.stdout, g.stdout, 'stdout');
    t.is(r.stderr, g.stderr, 'stderr');
    t.is(r.exitCode, g.exit, 'exit code');
    t.false(r.changed);
  });
}
