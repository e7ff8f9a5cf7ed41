// The Deployment controller's part of a change (pkg/controller/deployment), for what the
// simulator does not keep between builds: revisions. While a Deployment's pod template never
// changed, the simulator derives its one ReplicaSet. When the template changes (an edit, a
// patch, set image, rollout restart or undo), its ReplicaSets are written to the state, as the
// API server would hold them: the one whose template is the Deployment's scaled to the
// Deployment's replicas with the next revision, the others scaled to 0. That keeps
// `rollout history` and `rollout undo` working, and pods of a new template get new names.
import type { KObject } from '../../sim/types.js';
import { clone } from '../../sim/meta.js';
import { podTemplateHash } from '../../sim/hash.js';
import { sameTemplate } from '../describe/workloads.js';
import type { Change } from './commit.js';
import type { ApiView } from './view.js';

export const REVISION = 'deployment.kubernetes.io/revision';

export function revisionOf(o: KObject): number {
  return Number(o.metadata.annotations?.[REVISION] ?? 0) || 0;
}

/** The ReplicaSets a Deployment controls, stored or derived. */
export function ownedReplicaSets(view: ApiView, deploy: KObject): KObject[] {
  const list = view.cluster.index.byKind.get('ReplicaSet') ?? [];
  return list.filter((rs) => rs.metadata.namespace === deploy.metadata.namespace
    && rs.metadata.ownerReferences?.some((r) => r.kind === 'Deployment' && r.name === deploy.metadata.name && (r.controller ?? true)));
}

function withoutStatus(o: KObject): KObject {
  const c = clone(o);
  delete c.status;
  return c;
}

/**
 * The changes that write `next` (a Deployment update) with its ReplicaSets. `next` has
 * passed the update rules; its status is left for the simulator to compute again.
 */
export function deploymentUpdate(view: ApiView, next: KObject, previous: KObject): Change[] {
  const deploy = withoutStatus(next);
  const replicas = typeof deploy.spec?.replicas === 'number' ? deploy.spec.replicas : 1;
  const all = ownedReplicaSets(view, previous);
  const derived = new Set(view.cluster.derived);
  const templateChanged = !sameTemplate(deploy.spec?.template, previous.spec?.template);
  const changes: Change[] = [];
  const storedRS = all.filter((rs) => !derived.has(rs));

  if (!templateChanged) {
    // a scale (or a metadata change): only ReplicaSets the state holds need rewriting
    const current = storedRS.find((rs) => sameTemplate(rs.spec?.template, deploy.spec?.template));
    if (current && current.spec?.replicas !== replicas) {
      const rs = withoutStatus(current);
      rs.spec.replicas = replicas;
      setAnnotation(rs, 'deployment.kubernetes.io/desired-replicas', String(replicas));
      changes.push({ op: 'update', object: rs, previous: current });
    }
    return [{ op: 'update', object: deploy, previous }, ...changes];
  }

  const maxRevision = Math.max(1, revisionOf(previous), ...all.map(revisionOf));
  const nextRevision = String(maxRevision + 1);
  setAnnotation(deploy, REVISION, nextRevision);
  const match = all.find((rs) => sameTemplate(rs.spec?.template, deploy.spec?.template));
  for (const rs of all) {
    if (rs === match) continue;
    const old = withoutStatus(rs);
    old.spec.replicas = 0;
    setAnnotation(old, 'deployment.kubernetes.io/desired-replicas', String(replicas));
    changes.push(derived.has(rs) ? { op: 'create', object: stripDerivedMeta(old) } : { op: 'update', object: old, previous: rs });
  }
  if (match) {
    const rs = withoutStatus(match);
    rs.spec.replicas = replicas;
    setAnnotation(rs, REVISION, nextRevision);
    setAnnotation(rs, 'deployment.kubernetes.io/desired-replicas', String(replicas));
    changes.push(derived.has(match) ? { op: 'create', object: stripDerivedMeta(rs) } : { op: 'update', object: rs, previous: match });
  } else {
    changes.push({ op: 'create', object: newReplicaSet(deploy, replicas, nextRevision, all.length) });
  }
  return [{ op: 'update', object: deploy, previous }, ...changes];
}

function setAnnotation(o: KObject, key: string, value: string): void {
  o.metadata.annotations = { ...(o.metadata.annotations ?? {}), [key]: value };
}

/** A derived object written to the state keeps its name and owner, not the view's stamps. */
function stripDerivedMeta(o: KObject): KObject {
  delete o.metadata.resourceVersion;
  return o;
}

/** getNewReplicaSet: NAME-HASH, the template labelled with pod-template-hash. */
function newReplicaSet(deploy: KObject, replicas: number, revision: string, collisions: number): KObject {
  const template = clone(deploy.spec?.template ?? { spec: { containers: [] } });
  let hash = podTemplateHash(template);
  for (let i = 1; i <= collisions && !hash; i++) hash = podTemplateHash(template, i);
  template.metadata = { ...(template.metadata ?? {}), labels: { ...(template.metadata?.labels ?? {}), 'pod-template-hash': hash } };
  return {
    apiVersion: 'apps/v1', kind: 'ReplicaSet',
    metadata: {
      name: `${deploy.metadata.name}-${hash}`, namespace: deploy.metadata.namespace,
      labels: { ...(deploy.spec?.template?.metadata?.labels ?? {}), 'pod-template-hash': hash },
      annotations: { 'deployment.kubernetes.io/desired-replicas': String(replicas), 'deployment.kubernetes.io/max-replicas': String(replicas + Math.ceil(replicas / 4)), [REVISION]: revision },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'Deployment', name: deploy.metadata.name!, uid: deploy.metadata.uid, controller: true, blockOwnerDeletion: true } as never],
    },
    spec: {
      replicas,
      selector: { ...(deploy.spec?.selector ?? {}), matchLabels: { ...(deploy.spec?.selector?.matchLabels ?? {}), 'pod-template-hash': hash } },
      template,
    },
  };
}

