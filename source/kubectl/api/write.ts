// One write as the API server answers it: create (AlreadyExists, a namespace that does not
// exist, or the object refused), update (of an object the user's state holds) and delete.
// Each returns the new view or the failure, for the command to print as kubectl does.
import type { KObject } from '../../sim/types.js';
import type { RejectedObject } from '../../sim/cluster.js';
import { isNamespaced } from '../../sim/meta.js';
import { commit, type Change } from './commit.js';
import { plannedRef, type ApiView } from './view.js';
import { patchAllocatedValues } from './update-rules.js';
import { deploymentUpdate } from './deployments.js';

export type WriteFailure =
  | { reason: 'AlreadyExists'; object: KObject }
  | { reason: 'NamespaceNotFound'; namespace: string }
  | { reason: 'Rejected'; rejected: RejectedObject }
  | { reason: 'Immutable'; rejected: RejectedObject };

export type WriteResult = { ok: true; view: ApiView; stored?: KObject } | ({ ok: false } & WriteFailure);

/** Whether the user's state holds the object (derived objects are the controllers'). */
export function storedObject(view: ApiView, ref: string): KObject | undefined {
  const o = view.cluster.index.byRef.get(ref);
  return o && !view.cluster.derived.includes(o) ? o : undefined;
}

function namespaceMissing(view: ApiView, obj: KObject): string | undefined {
  if (!isNamespaced(obj.kind)) return undefined;
  const ns = obj.metadata?.namespace || 'default';
  return view.cluster.index.namespaces.has(ns) ? undefined : ns;
}

export function createObject(view: ApiView, obj: KObject, now: Date): WriteResult {
  const ns = namespaceMissing(view, obj);
  if (ns !== undefined) return { ok: false, reason: 'NamespaceNotFound', namespace: ns };
  if (obj.metadata?.name && view.cluster.index.byRef.has(plannedRef(obj))) return { ok: false, reason: 'AlreadyExists', object: obj };
  return apply(view, [{ op: 'create', object: obj }], now);
}

export function updateObject(view: ApiView, obj: KObject, previous: KObject, now: Date): WriteResult {
  const next = patchAllocatedValues(obj, previous);
  if ('rejected' in next) return { ok: false, reason: 'Immutable', rejected: next.rejected };
  if (next.object.kind === 'Deployment') return apply(view, deploymentUpdate(view, next.object, previous), now);
  // a ReplicaSet's status is the controller's to compute again
  if (next.object.kind === 'ReplicaSet') delete next.object.status;
  return apply(view, [{ op: 'update', object: next.object, previous }], now);
}

export function deleteObjects(view: ApiView, objects: KObject[], now: Date): WriteResult {
  return apply(view, objects.map((object) => ({ op: 'delete' as const, object })), now);
}

function apply(view: ApiView, changes: Change[], now: Date): WriteResult {
  const r = commit(view, changes, now);
  if (!r.ok) return { ok: false, reason: 'Rejected', rejected: r.rejected };
  return { ok: true, view: r.view, stored: r.written[0] };
}

