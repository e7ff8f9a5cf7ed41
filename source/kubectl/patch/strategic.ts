// Strategic merge patch (apimachinery pkg/util/strategicpatch) for the kinds of this domain:
// maps merge key by key and null deletes; a list merges by its patchMergeKey where the API
// types declare one (Service ports by port, containers by name, container ports by
// containerPort, env by name, ...), primitive lists with a merge strategy are unions, and
// every other list (NetworkPolicy rules, Ingress paths, selectors' expressions) is replaced.
// Directives: "$patch: delete|replace" in a map or list item, "$deleteFromPrimitiveList/F",
// "$retainKeys"; "$setElementOrder/F" is accepted and ignored.
import { clone, isObject, type Json } from './merge.js';

type Strategy = { mergeKey: string } | { primitiveMerge: true } | undefined;

const POD_SPEC: Record<string, Strategy> = {
  containers: { mergeKey: 'name' }, initContainers: { mergeKey: 'name' }, ephemeralContainers: { mergeKey: 'name' },
  volumes: { mergeKey: 'name' }, imagePullSecrets: { mergeKey: 'name' }, hostAliases: { mergeKey: 'ip' },
  'containers.ports': { mergeKey: 'containerPort' }, 'containers.env': { mergeKey: 'name' }, 'containers.volumeMounts': { mergeKey: 'mountPath' },
  'containers.volumeDevices': { mergeKey: 'devicePath' }, 'initContainers.ports': { mergeKey: 'containerPort' }, 'initContainers.env': { mergeKey: 'name' },
  'initContainers.volumeMounts': { mergeKey: 'mountPath' },
};

/** The patch strategy of the list at `path` (field names only) in an object of `kind`. */
export function listStrategy(kind: string, path: string[]): Strategy {
  const p = path.join('.');
  if (p === 'metadata.finalizers') return { primitiveMerge: true };
  if (p === 'metadata.ownerReferences') return { mergeKey: 'uid' };
  if (p === 'status.conditions') return { mergeKey: 'type' };
  if (kind === 'Service' && p === 'spec.ports') return { mergeKey: 'port' };
  let podPath: string | undefined;
  if (kind === 'Pod' && path[0] === 'spec') podPath = path.slice(1).join('.');
  if (['Deployment', 'ReplicaSet', 'StatefulSet', 'DaemonSet', 'ReplicationController', 'Job'].includes(kind) && p.startsWith('spec.template.spec.')) podPath = path.slice(3).join('.');
  return podPath !== undefined ? POD_SPEC[podPath] : undefined;
}

export type StrategicResult = { ok: true; value: Json } | { ok: false; error: string };

export function strategicMergePatch(kind: string, original: Json, patch: Json): StrategicResult {
  try {
    return { ok: true, value: mergeMap(kind, isObject(original) ? clone(original) : {}, patch, []) };
  } catch (e) {
    if (e instanceof PatchError) return { ok: false, error: e.message };
    throw e;
  }
}

class PatchError extends Error {}

function mergeMap(kind: string, original: Record<string, Json>, patch: Json, path: string[]): Json {
  if (!isObject(patch)) throw new PatchError(`invalid patch: expected a map at ${path.join('.') || 'the top level'}`);
  if (patch.$patch === 'delete') return null;
  if (patch.$patch === 'replace') { const { $patch: _d, ...rest } = patch; return clone(rest); }
  const out: Record<string, Json> = { ...original };
  for (const [key, value] of Object.entries(patch)) {
    if (key === '$patch' || key.startsWith('$setElementOrder/')) continue;
    if (key === '$retainKeys') {
      const keep = new Set((value as string[]) ?? []);
      for (const k of Object.keys(out)) if (!keep.has(k) && !(k in patch)) delete out[k];
      continue;
    }
    if (key.startsWith('$deleteFromPrimitiveList/')) {
      const field = key.slice('$deleteFromPrimitiveList/'.length);
      const drop = new Set(((value as Json[]) ?? []).map((v) => JSON.stringify(v)));
      if (Array.isArray(out[field])) out[field] = (out[field] as Json[]).filter((v) => !drop.has(JSON.stringify(v)));
      continue;
    }
    if (value === null) { delete out[key]; continue; }
    const sub = [...path, key];
    const cur = out[key];
    if (isObject(value) && isObject(cur)) {
      const merged = mergeMap(kind, cur, value, sub);
      if (merged === null) delete out[key]; else out[key] = merged;
    } else if (isObject(value)) {
      const merged = mergeMap(kind, {}, value, sub);
      if (merged === null) delete out[key]; else out[key] = stripDirectives(merged);
    } else if (Array.isArray(value)) {
      out[key] = mergeList(kind, Array.isArray(cur) ? cur : [], value, sub);
    } else {
      out[key] = value;
    }
  }
  return out;
}

function stripDirectives(v: Json): Json {
  if (Array.isArray(v)) return v.filter((x) => !(isObject(x) && x.$patch === 'delete')).map(stripDirectives);
  if (!isObject(v)) return v;
  const out: Record<string, Json> = {};
  for (const [k, x] of Object.entries(v)) if (!k.startsWith('$')) out[k] = stripDirectives(x);
  return out;
}

function mergeList(kind: string, original: Json[], patch: Json[], path: string[]): Json[] {
  const strategy = listStrategy(kind, path);
  if (patch.some((x) => isObject(x) && x.$patch === 'replace')) return stripDirectives(patch.filter((x) => !(isObject(x) && x.$patch === 'replace'))) as Json[];
  if (!strategy) return stripDirectives(patch) as Json[];
  if ('primitiveMerge' in strategy) {
    const out = [...original];
    for (const v of patch) if (!out.some((x) => JSON.stringify(x) === JSON.stringify(v))) out.push(v);
    return out;
  }
  const key = strategy.mergeKey;
  const out = original.map((x) => clone(x));
  for (const item of patch) {
    if (!isObject(item)) throw new PatchError(`invalid patch: a list item at ${path.join('.')} is not a map`);
    if (!(key in item)) throw new PatchError(`map: ${JSON.stringify(item)} does not contain declared merge key: ${key}`);
    const i = out.findIndex((x) => isObject(x) && JSON.stringify(x[key]) === JSON.stringify(item[key]));
    if (item.$patch === 'delete') { if (i >= 0) out.splice(i, 1); continue; }
    if (i >= 0) {
      const merged = mergeMap(kind, out[i] as Record<string, Json>, item, path);
      if (merged === null) out.splice(i, 1); else out[i] = merged;
    } else {
      out.push(stripDirectives(item));
    }
  }
  return out;
}
