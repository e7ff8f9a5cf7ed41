// What the API server writes into metadata (apimachinery registry/rest BeforeCreate and
// BeforeUpdate): uid, creationTimestamp and resourceVersion on create, a new resourceVersion
// on every write, and generation for kinds whose spec has one (bumped when the spec changes).
// Values are derived from the object and the time, so the emulator stays deterministic.
import type { KObject } from '../../sim/types.js';
import { canonicalJson, fnv32a } from '../../sim/hash.js';
import { objectRef } from '../../sim/meta.js';

/** metav1.Time as JSON: RFC 3339 in UTC, whole seconds. */
export function rfc3339(t: Date): string {
  return t.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** A version-4-shaped UUID from a seed (types.UID). */
export function uidFor(seed: string): string {
  const hex = [0, 1, 2, 3].map((i) => fnv32a(`${i}:${seed}`).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

// pkg/registry/*/strategy.go PrepareForCreate sets Generation = 1 for these kinds
const GENERATION_KINDS = new Set(['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'Ingress', 'IngressClass', 'NetworkPolicy', 'Job', 'CronJob', 'Gateway', 'HTTPRoute', 'GatewayClass']);

/** The highest resourceVersion among the objects (a number; 0 when none is numeric). */
export function maxResourceVersion(objects: readonly KObject[]): number {
  let max = 0;
  for (const o of objects) {
    const n = Number(o.metadata?.resourceVersion);
    if (Number.isInteger(n) && n > max) max = n;
  }
  return max;
}

/** A counter of resourceVersions, as etcd's revision: every write takes the next one. */
export class Revisions {
  constructor(private last: number) {}
  next(): string { this.last += 1; return String(this.last); }
}

/** Fill what the API server sets on create and the object lacks (a copy is modified in place). */
export function stampCreated(obj: KObject, now: Date, revisions: Revisions): void {
  const m = obj.metadata;
  m.creationTimestamp ??= rfc3339(now);
  m.uid ??= uidFor(`${objectRef(obj)}@${m.creationTimestamp}`);
  m.resourceVersion ??= revisions.next();
  if (GENERATION_KINDS.has(obj.kind) && m.generation === undefined) m.generation = 1;
  delete m.deletionTimestamp;
}

/**
 * BeforeUpdate: keep what the client may not change (uid, creationTimestamp), take a new
 * resourceVersion, and bump generation when the spec changed.
 */
export function stampUpdated(obj: KObject, previous: KObject, revisions: Revisions): void {
  const m = obj.metadata;
  const p = previous.metadata;
  m.uid = p.uid;
  m.creationTimestamp = p.creationTimestamp;
  if (p.generation !== undefined) {
    const specChanged = canonicalJson(obj.spec ?? null) !== canonicalJson(previous.spec ?? null);
    m.generation = (Number(p.generation) || 1) + (specChanged ? 1 : 0);
  }
  m.resourceVersion = revisions.next();
}
