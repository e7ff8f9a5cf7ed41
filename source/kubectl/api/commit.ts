// Writes to the simulated API server: a command proposes creates, updates and deletes; the
// whole new state is built into a cluster once; if the API server would refuse one of the
// written objects, nothing is kept (the state stays as it was) and the refusal comes back
// for the command to report as kubectl does.
import type { KObject } from '../../sim/types.js';
import type { RejectedObject } from '../../sim/cluster.js';
import { clone, isNamespaced, objectRef } from '../../sim/meta.js';
import { maxResourceVersion, Revisions, stampCreated, stampUpdated } from './metadata.js';
import { build, plannedRef, rememberView, type ApiView } from './view.js';

export type Change =
  | { op: 'create'; object: KObject }
  | { op: 'update'; object: KObject; previous: KObject }
  | { op: 'delete'; object: KObject };

export type CommitResult =
  | { ok: true; view: ApiView; /** the written objects as stored, in change order (undefined for deletes) */ written: Array<KObject | undefined> }
  | { ok: false; rejected: RejectedObject; change: Change };

export function commit(view: ApiView, changes: Change[], now: Date): CommitResult {
  const revisions = new Revisions(maxResourceVersion(view.stored));
  let next = [...view.stored];
  const written: KObject[] = [];
  const deleted = new Set<string>();
  for (const c of changes) {
    if (c.op === 'delete') {
      const ref = objectRef(c.object);
      deleted.add(ref);
      next = next.filter((o) => plannedRef(o) !== ref);
      continue;
    }
    const o = clone(c.object);
    if (!o.metadata || typeof o.metadata !== 'object') o.metadata = {};
    if (isNamespaced(o.kind)) o.metadata.namespace ||= 'default'; else delete o.metadata.namespace;
    if (c.op === 'create') {
      stampCreated(o, now, revisions);
      next.push(o);
    } else {
      stampUpdated(o, c.previous, revisions);
      const ref = objectRef(c.previous);
      const i = next.findIndex((x) => plannedRef(x) === ref);
      if (i >= 0) next[i] = o; else next.push(o);
    }
    written.push(o);
  }
  // Allocation conflicts go to the object created last: a new or changed Service is created
  // after the others (their allocations are already stored); other kinds keep their place,
  // so pods keep their scheduling and addresses.
  const moved = new Set(written.filter((o) => o.kind === 'Service'));
  const buildOrder = moved.size ? [...next.filter((o) => !moved.has(o)), ...moved] : next;
  const built = build(next, buildOrder, view.kubeadm, now);

  const results: Array<KObject | undefined> = [];
  let w = 0;
  for (const c of changes) {
    if (c.op === 'delete') { results.push(undefined); continue; }
    const mine = written[w++]!;
    const ref = objectRef(mine);
    const stored = built.cluster.objects.find((o) => objectRef(o) === ref && o.metadata.uid === mine.metadata.uid);
    if (!stored) {
      const rejected = [...built.cluster.rejected].reverse().find((r) => r.ref === ref);
      if (rejected) return { ok: false, rejected, change: c };
    }
    results.push(stored);
  }
  rememberView(built);
  return { ok: true, view: built, written: results };
}
