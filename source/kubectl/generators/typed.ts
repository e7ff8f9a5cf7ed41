// Objects kubectl builds itself are Go structs: `-o json` keeps struct field order and drops
// empty `omitempty` fields, while `creationTimestamp: null` stays (metav1.Time is a struct).
// Builders here create plain objects in that order, leaving out what Go would omit.
import type { KObject } from '../../sim/types.js';

/** Copy `fields` in order, dropping undefined, empty strings, empty arrays and empty maps (omitempty). */
export function omitEmpty<T extends Record<string, unknown>>(fields: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined || v === '' || v === false) continue;
    if (Array.isArray(v) && v.length === 0) continue;
    if (v !== null && typeof v === 'object' && !Array.isArray(v) && Object.keys(v).length === 0 && !KEEP_EMPTY.has(v)) continue;
    out[k] = v;
  }
  return out as T;
}

/** Struct values (not maps) that JSON keeps even when empty: `resources: {}`, `status: {}`. */
const KEEP_EMPTY = new WeakSet<object>();
export function struct<T extends object>(v: T): T { KEEP_EMPTY.add(v); return v; }

/** metav1.ObjectMeta in Go field order: name, namespace, creationTimestamp, labels, annotations. */
export function objectMeta(m: { name: string; namespace?: string; labels?: Record<string, string>; annotations?: Record<string, string> }): KObject['metadata'] {
  return omitEmpty({
    name: m.name,
    namespace: m.namespace,
    creationTimestamp: null as unknown as string,
    labels: m.labels,
    annotations: m.annotations,
  });
}

/** metadata for a pod template: only creationTimestamp and labels. */
export function templateMeta(labels: Record<string, string>): KObject['metadata'] {
  return omitEmpty({ creationTimestamp: null as unknown as string, labels });
}
