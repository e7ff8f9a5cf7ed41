// describeDeployment and describeReplicaSet (pkg/describe/describe.go), with
// deploymentutil's split of a Deployment's ReplicaSets into the new one (its template is the
// Deployment's) and the old ones.
import type { KObject } from '../../sim/types.js';
import { canonicalJson } from '../../sim/hash.js';
import { formatLabelSelector } from '../printers/labels.js';
import { describePodTemplate } from './containers.js';
import { describeNoEvents, LEVEL_0, LEVEL_1, printAnnotationsMultiline, printLabelsMultiline, rfc1123z, tabbedString } from './writer.js';
import type { DescribeInput } from './types.js';

/** The ReplicaSets a Deployment controls (controllerRef), split as FindNewReplicaSet/FindOldReplicaSets do. */
export function replicaSetsOf(deploy: KObject, replicaSets: KObject[]): { newRS?: KObject; oldRSs: KObject[] } {
  const owned = replicaSets.filter((rs) => rs.metadata.ownerReferences?.some((r) => r.controller && r.kind === 'Deployment' && r.name === deploy.metadata.name));
  // EqualIgnoreHash: the templates equal once pod-template-hash is left out; the oldest wins
  const sorted = [...owned].sort((a, b) => String(a.metadata.creationTimestamp ?? '').localeCompare(String(b.metadata.creationTimestamp ?? '')));
  const newRS = sorted.find((rs) => sameTemplate(rs.spec?.template, deploy.spec?.template));
  return { newRS, oldRSs: sorted.filter((rs) => rs !== newRS) };
}

export function sameTemplate(a: any, b: any): boolean {
  return canonicalJson(withoutHash(a)) === canonicalJson(withoutHash(b));
}

function withoutHash(t: any): any {
  if (!t) return t;
  const labels = { ...(t.metadata?.labels ?? {}) };
  delete labels['pod-template-hash'];
  return { ...t, metadata: { ...(t.metadata ?? {}), labels } };
}

function rsSummary(list: KObject[]): string {
  return list.map((rs) => `${rs.metadata.name} (${rs.status?.replicas ?? 0}/${rs.spec?.replicas ?? 0} replicas created)`).join(', ') || '<none>';
}

export function describeDeployment(input: DescribeInput): string {
  const d = input.obj;
  const spec = d.spec ?? {};
  const status = d.status ?? {};
  const { newRS, oldRSs } = replicaSetsOf(d, input.list('ReplicaSet', d.metadata.namespace));
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${d.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${d.metadata.namespace}\n`);
    w.write(LEVEL_0, `CreationTimestamp:\t${rfc1123z(d.metadata.creationTimestamp)}\n`);
    printLabelsMultiline(w, 'Labels', d.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', d.metadata.annotations);
    w.write(LEVEL_0, `Selector:\t${formatLabelSelector(spec.selector)}\n`);
    w.write(LEVEL_0, `Replicas:\t${spec.replicas ?? 1} desired | ${status.updatedReplicas ?? 0} updated | ${status.replicas ?? 0} total | ${status.availableReplicas ?? 0} available | ${status.unavailableReplicas ?? 0} unavailable\n`);
    w.write(LEVEL_0, `StrategyType:\t${spec.strategy?.type ?? ''}\n`);
    w.write(LEVEL_0, `MinReadySeconds:\t${spec.minReadySeconds ?? 0}\n`);
    const ru = spec.strategy?.rollingUpdate;
    if (ru) w.write(LEVEL_0, `RollingUpdateStrategy:\t${ru.maxUnavailable ?? '25%'} max unavailable, ${ru.maxSurge ?? '25%'} max surge\n`);
    describePodTemplate(spec.template, w);
    if (status.conditions?.length) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
      w.write(LEVEL_1, '----\t------\t------\n');
      for (const c of status.conditions) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
    }
    if (oldRSs.length || newRS) {
      w.write(LEVEL_0, `OldReplicaSets:\t${rsSummary(oldRSs)}\n`);
      w.write(LEVEL_0, `NewReplicaSet:\t${rsSummary(newRS ? [newRS] : [])}\n`);
    }
    if (input.showEvents) describeNoEvents(w);
  });
}

export function describeReplicaSet(input: DescribeInput): string {
  const rs = input.obj;
  const pods = input.list('Pod', rs.metadata.namespace).filter((p) => p.metadata.ownerReferences?.some((r) => r.controller && r.kind === 'ReplicaSet' && r.name === rs.metadata.name));
  const count = (phase: string) => pods.filter((p) => p.status?.phase === phase).length;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${rs.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${rs.metadata.namespace}\n`);
    w.write(LEVEL_0, `Selector:\t${formatLabelSelector(rs.spec?.selector)}\n`);
    printLabelsMultiline(w, 'Labels', rs.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', rs.metadata.annotations);
    const owner = rs.metadata.ownerReferences?.find((r: { controller?: boolean }) => r.controller);
    if (owner) w.write(LEVEL_0, `Controlled By:\t${owner.kind}/${owner.name}\n`);
    w.write(LEVEL_0, `Replicas:\t${rs.status?.replicas ?? 0} current / ${rs.spec?.replicas ?? 1} desired\n`);
    w.write(LEVEL_0, 'Pods Status:\t');
    w.write(LEVEL_0, `${count('Running')} Running / ${count('Pending')} Waiting / ${count('Succeeded')} Succeeded / ${count('Failed')} Failed\n`);
    describePodTemplate(rs.spec?.template, w);
    if (rs.status?.conditions?.length) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\tReason\n');
      w.write(LEVEL_1, '----\t------\t------\n');
      for (const c of rs.status.conditions) w.write(LEVEL_1, `${c.type} \t${c.status}\t${c.reason ?? ''}\n`);
    }
    if (input.showEvents) describeNoEvents(w);
  });
}
