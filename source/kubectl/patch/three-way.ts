// kubectl apply's three-way merge (strategicpatch.CreateThreeWayMergePatch, applied): what the
// new configuration sets wins; what the last applied configuration had and the new one drops
// is removed; what others added to the live object (allocated IPs, defaults, other fields) is
// kept. Lists merge by their patchMergeKey (strategic.ts), in the new configuration's order.
import { clone, isObject, type Json } from './merge.js';
import { listStrategy } from './strategic.js';

export function threeWayMerge(kind: string, live: Json, last: Json | undefined, desired: Json): Json {
  return mergeValue(kind, live, last, desired, []);
}

function mergeValue(kind: string, live: Json | undefined, last: Json | undefined, desired: Json, path: string[]): Json {
  if (isObject(desired) && isObject(live)) return mergeMap(kind, live, isObject(last) ? last : undefined, desired, path);
  if (Array.isArray(desired) && Array.isArray(live)) return mergeList(kind, live, Array.isArray(last) ? last : undefined, desired, path);
  return clone(desired);
}

function mergeMap(kind: string, live: Record<string, Json>, last: Record<string, Json> | undefined, desired: Record<string, Json>, path: string[]): Json {
  const out: Record<string, Json> = { ...live };
  for (const [k, v] of Object.entries(desired)) {
    if (v === null) { delete out[k]; continue; }
    out[k] = mergeValue(kind, live[k], last?.[k], v, [...path, k]);
  }
  for (const k of Object.keys(last ?? {})) if (!(k in desired)) delete out[k];
  return out;
}

function mergeList(kind: string, live: Json[], last: Json[] | undefined, desired: Json[], path: string[]): Json {
  const strategy = listStrategy(kind, path);
  if (!strategy) return clone(desired);
  const same = (a: Json, b: Json) => JSON.stringify(a) === JSON.stringify(b);
  if ('primitiveMerge' in strategy) {
    const dropped = (last ?? []).filter((x) => !desired.some((d) => same(d, x)));
    const kept = live.filter((x) => !dropped.some((d) => same(d, x)) && !desired.some((d) => same(d, x)));
    return [...clone(desired), ...kept];
  }
  const key = strategy.mergeKey;
  const keyOf = (x: Json) => (isObject(x) ? JSON.stringify(x[key]) : undefined);
  const out: Json[] = [];
  for (const d of desired) {
    const l = live.find((x) => keyOf(x) === keyOf(d));
    const p = last?.find((x) => keyOf(x) === keyOf(d));
    out.push(l === undefined ? clone(d) : mergeValue(kind, l, p, d, path));
  }
  // items others added (not in the last applied configuration) stay
  for (const l of live) {
    const k = keyOf(l);
    if (desired.some((d) => keyOf(d) === k)) continue;
    if (last?.some((p) => keyOf(p) === k)) continue;
    out.push(clone(l));
  }
  return out;
}
