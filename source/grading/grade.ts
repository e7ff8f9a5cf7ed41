// Grading a task: its checks asked of a cluster state, next to the cluster as set up (for the
// `unchanged` guards). The set-up cluster is built once per setup.
import { buildCluster, type Cluster } from '../sim/cluster.js';
import type { KObject } from '../sim/types.js';
import type { Setup, Task } from '../content/types.js';
import { evaluateChecks, type CheckResult } from './checks.js';

const setups = new WeakMap<Setup, { kubeadm: boolean; cluster: Cluster }>();

/** The cluster a task starts from. */
export function setupCluster(task: Pick<Task, 'setup' | 'kubeadm'>): Cluster {
  const hit = setups.get(task.setup);
  if (hit && hit.kubeadm === task.kubeadm) return hit.cluster;
  const cluster = buildCluster(task.setup.objects, { kubeadm: task.kubeadm });
  setups.set(task.setup, { kubeadm: task.kubeadm, cluster });
  return cluster;
}

/** The task's checks against a state (the objects of a cluster file, or the emulator's state). */
export function gradeState(task: Pick<Task, 'setup' | 'kubeadm' | 'checks'>, state: KObject[]): CheckResult[] {
  return gradeCluster(task, buildCluster(state, { kubeadm: task.kubeadm }));
}

export function gradeCluster(task: Pick<Task, 'setup' | 'kubeadm' | 'checks'>, cluster: Cluster): CheckResult[] {
  return evaluateChecks(task.checks, { cluster, setup: setupCluster(task) });
}
