// The Deployment and ReplicaSet controllers, run once: a Deployment without a ReplicaSet gets
// one named NAME-HASH (pkg/controller/deployment/sync.go getNewReplicaSet), and a ReplicaSet
// without pods gets `replicas` pods named RS-XXXXX (pkg/controller/replicaset, generateName).
import type { Deployment, KObject, Pod, ReplicaSet } from '../types.js';
import { matchesSelector } from '../selectors.js';
import { nameSuffix, podTemplateHash } from '../hash.js';
import { clone } from '../meta.js';
import { defaultPodSpec } from '../defaults.js';
import { isPodReady, podIP } from '../pods.js';

export interface WorkloadResult {
  replicaSets: ReplicaSet[];
  pods: Pod[];
  /** Every pod (the file's and derived) in creation order, for round-robin scheduling. */
  creationOrder: Pod[];
}

function controllerOf(obj: KObject): { kind: string; name: string } | undefined {
  return obj.metadata.ownerReferences?.find((r) => r.controller) ?? obj.metadata.ownerReferences?.[0];
}

/**
 * `stored` are the accepted objects in creation order; `podsByNamespace` the file's pods.
 * Derives only what the file lacks: a Deployment with a ReplicaSet (owned, or an orphan its
 * selector adopts, as ClaimReplicaSets does) or with matching pods gets nothing.
 */
export function runWorkloadControllers(stored: KObject[], podsByNamespace: Map<string, Pod[]>): WorkloadResult {
  const replicaSets: ReplicaSet[] = [];
  const pods: Pod[] = [];
  const creationOrder: Pod[] = [];
  const rsByNamespace = new Map<string, ReplicaSet[]>();
  for (const o of stored) if (o.kind === 'ReplicaSet') push(rsByNamespace, o.metadata.namespace!, o as ReplicaSet);
  const podNames = new Set<string>();
  for (const [ns, list] of podsByNamespace) for (const p of list) podNames.add(`${ns}/${p.metadata.name}`);

  const makePods = (rs: ReplicaSet): Pod[] => {
    const ns = rs.metadata.namespace!;
    const n = typeof rs.spec?.replicas === 'number' ? rs.spec.replicas : 1;
    const out: Pod[] = [];
    for (let i = 0; i < n; i++) {
      let name = '';
      for (let attempt = 0; ; attempt++) {
        name = `${rs.metadata.name}-${nameSuffix(`${ns}/${rs.metadata.name}/${i}/${attempt}`)}`;
        if (!podNames.has(`${ns}/${name}`)) break;
      }
      podNames.add(`${ns}/${name}`);
      const tmpl = rs.spec?.template ?? { spec: { containers: [] } };
      const pod: Pod = {
        apiVersion: 'v1', kind: 'Pod',
        metadata: {
          name, namespace: ns,
          generateName: `${rs.metadata.name}-`,
          labels: { ...(tmpl.metadata?.labels ?? {}) },
          ...(tmpl.metadata?.annotations ? { annotations: { ...tmpl.metadata.annotations } } : {}),
          ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: rs.metadata.name!, controller: true, blockOwnerDeletion: true } as never],
        },
        spec: clone(tmpl.spec ?? { containers: [] }),
      };
      defaultPodSpec(pod.spec);
      out.push(pod);
    }
    return out;
  };

  const hasPods = (ns: string, ownerKind: string, ownerName: string, selector: Deployment['spec']['selector'] | undefined): boolean =>
    (podsByNamespace.get(ns) ?? []).some((p) => {
      const c = controllerOf(p);
      if (c) return c.kind === ownerKind && c.name === ownerName;
      return matchesSelector(p.metadata.labels, selector);
    });

  for (const o of stored) {
    if (o.kind === 'Pod') { creationOrder.push(o as Pod); continue; }
    if (o.kind === 'ReplicaSet') {
      const rs = o as ReplicaSet;
      const ns = rs.metadata.namespace!;
      // pods of a Deployment's ReplicaSet carry its pod-template-hash; any matching pod counts
      if (!hasPods(ns, 'ReplicaSet', rs.metadata.name!, rs.spec?.selector)) {
        const made = makePods(rs);
        pods.push(...made); creationOrder.push(...made);
      }
      continue;
    }
    if (o.kind !== 'Deployment') continue;
    const d = o as Deployment;
    const ns = d.metadata.namespace!;
    const owned = (rsByNamespace.get(ns) ?? []).some((rs) => {
      const c = controllerOf(rs);
      if (c) return c.kind === 'Deployment' && c.name === d.metadata.name;
      return matchesSelector(rs.metadata.labels, d.spec?.selector);
    });
    if (owned) continue;
    // Pods a ReplicaSet made that match the Deployment, but no ReplicaSet (a dump of
    // `get pods,deploy`): leave them be. A bare pod that happens to match (no owner, no
    // pod-template-hash) is not the Deployment's: its ReplicaSet's selector includes the
    // hash, so the Deployment still creates its own pods (ReplicaSet controller, ClaimPods).
    const fromReplicaSet = (p: Pod) => controllerOf(p)?.kind === 'ReplicaSet' || p.metadata.labels?.['pod-template-hash'] !== undefined;
    if ((podsByNamespace.get(ns) ?? []).some((p) => fromReplicaSet(p) && matchesSelector(p.metadata.labels, d.spec?.selector))) continue;
    const template = clone(d.spec?.template ?? { spec: { containers: [] } });
    const hash = podTemplateHash(template, (d.status as { collisionCount?: number } | undefined)?.collisionCount ?? 0);
    // the controller adds pod-template-hash to the RS's labels, selector and template labels
    template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), 'pod-template-hash': hash } };
    const rs: ReplicaSet = {
      apiVersion: 'apps/v1', kind: 'ReplicaSet',
      metadata: {
        name: `${d.metadata.name}-${hash}`, namespace: ns,
        labels: { ...(d.spec?.template?.metadata?.labels ?? {}), 'pod-template-hash': hash },
        annotations: { 'deployment.kubernetes.io/desired-replicas': String(d.spec?.replicas ?? 1), 'deployment.kubernetes.io/max-replicas': String(d.spec?.replicas ?? 1), 'deployment.kubernetes.io/revision': '1' },
        ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: d.metadata.name!, controller: true, blockOwnerDeletion: true } as never],
      },
      spec: {
        replicas: d.spec?.replicas ?? 1,
        selector: {
          ...(d.spec?.selector ?? {}),
          matchLabels: { ...(d.spec?.selector?.matchLabels ?? {}), 'pod-template-hash': hash },
        },
        template,
      },
    };
    replicaSets.push(rs);
    const made = makePods(rs);
    pods.push(...made); creationOrder.push(...made);
  }
  return { replicaSets, pods, creationOrder };
}

/** What the controllers would write to status, for Deployments and ReplicaSets the file gives none. */
export function fillWorkloadStatus(workloads: KObject[], podsByNamespace: Map<string, Pod[]>): void {
  for (const w of workloads) {
    if (w.status !== undefined || (w.kind !== 'Deployment' && w.kind !== 'ReplicaSet')) continue;
    const pods = (podsByNamespace.get(w.metadata.namespace!) ?? []).filter((p) => matchesSelector(p.metadata.labels, w.spec?.selector) && !p.metadata.deletionTimestamp);
    const ready = pods.filter((p) => podIP(p) && isPodReady(p)).length;
    const replicas = pods.length;
    w.status = w.kind === 'Deployment'
      ? { observedGeneration: 1, replicas, updatedReplicas: replicas, readyReplicas: ready, availableReplicas: ready, ...(replicas - ready > 0 ? { unavailableReplicas: replicas - ready } : {}) }
      : { observedGeneration: 1, replicas, fullyLabeledReplicas: replicas, readyReplicas: ready, availableReplicas: ready };
  }
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v); else m.set(k, [v]);
}
