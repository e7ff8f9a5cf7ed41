// LIST as the API server answers it: the objects of one resource type (the user's and the
// controllers'), in one namespace or all, filtered by a label selector (pkg/labels) and a
// field selector of the fields each registry supports (pkg/registry/*/strategy.go
// *SelectableFields), in etcd key order (namespace, then name).
import type { KObject } from '../../sim/types.js';
import { matchesSelector, parseSelector } from '../../sim/selectors.js';
import type { ResourceType } from '../resources.js';
import type { ApiView } from './view.js';

export type ParsedFieldSelector = { ok: true; terms: Array<{ field: string; value: string; negate: boolean }> } | { ok: false; error: string };

/** fields.ParseSelector: "a=b,c!=d,e==f" (no set-based terms). */
export function parseFieldSelector(text: string): ParsedFieldSelector {
  const terms: Array<{ field: string; value: string; negate: boolean }> = [];
  if (text.trim() === '') return { ok: true, terms };
  for (const part of text.split(',')) {
    const m = /^([^=!]*)(==|!=|=)(.*)$/.exec(part);
    if (!m) return { ok: false, error: `invalid selector: '${text}'; can't understand '${part}'` };
    terms.push({ field: m[1].trim(), value: m[3].trim(), negate: m[2] === '!=' });
  }
  return { ok: true, terms };
}

/** The fields a registry lets a LIST select on, and their values for an object. */
function selectableFields(obj: KObject): Record<string, string> {
  const m = obj.metadata;
  const f: Record<string, string> = { 'metadata.name': m.name ?? '' };
  if (m.namespace !== undefined) f['metadata.namespace'] = m.namespace;
  const spec = (obj.spec ?? {}) as Record<string, any>;
  const status = (obj.status ?? {}) as Record<string, any>;
  switch (obj.kind) {
    case 'Pod':
      Object.assign(f, {
        'spec.nodeName': spec.nodeName ?? '', 'spec.restartPolicy': spec.restartPolicy ?? '', 'spec.schedulerName': spec.schedulerName ?? '',
        'spec.serviceAccountName': spec.serviceAccountName ?? '', 'spec.hostNetwork': String(!!spec.hostNetwork),
        'status.phase': status.phase ?? '', 'status.podIP': status.podIP ?? '', 'status.nominatedNodeName': status.nominatedNodeName ?? '',
      });
      break;
    case 'Service': Object.assign(f, { 'spec.clusterIP': spec.clusterIP ?? '', 'spec.type': spec.type ?? '' }); break;
    case 'Namespace': f['status.phase'] = status.phase ?? ''; break;
    case 'Node': f['spec.unschedulable'] = String(!!spec.unschedulable); break;
    case 'ReplicaSet': f['status.replicas'] = String(status.replicas ?? 0); break;
    case 'Secret': f.type = String((obj as { type?: string }).type ?? ''); break;
  }
  return f;
}

/** The fields a type supports, for the "field label not supported" check. */
function supportedFields(type: ResourceType): string[] {
  const sample: KObject = { kind: type.kind, metadata: { name: '', ...(type.namespaced ? { namespace: '' } : {}) } };
  return Object.keys(selectableFields(sample));
}

/** `/v1, Resource=services`, `apps/v1, Resource=deployments` (schema.GroupVersionResource.String()). */
export function gvrString(type: ResourceType): string {
  return `${type.group}/${type.version}, Resource=${type.plural}`;
}

/**
 * Check the selectors before listing: the server's BadRequest as kubectl prints it
 * (resource.EnhanceListError), or undefined when both are fine.
 */
export function selectorError(types: ResourceType[], labelSelector: string, fieldSelector: string): string | undefined {
  const wrap = (type: ResourceType, msg: string) =>
    `Error from server (BadRequest): Unable to find "${gvrString(type)}" that match label selector "${labelSelector}", field selector "${fieldSelector}": ${msg}\n`;
  const ls = parseSelector(labelSelector);
  if (!ls.ok && types[0]) return wrap(types[0], ls.error);
  const fs = parseFieldSelector(fieldSelector);
  for (const type of types) {
    if (!fs.ok) return wrap(type, fs.error);
    const known = supportedFields(type);
    const bad = fs.terms.find((t) => !known.includes(t.field));
    if (bad) return wrap(type, `field label not supported: ${bad.field}`);
  }
  return undefined;
}

/** Every object of a kind in the view (stored and derived), in etcd key order. */
export function objectsOf(view: ApiView, kind: string): KObject[] {
  return view.cluster.index.byKind.get(kind) ?? [];
}

export function listObjects(view: ApiView, type: ResourceType, namespace: string | undefined, labelSelector = '', fieldSelector = ''): KObject[] {
  const ls = parseSelector(labelSelector);
  const fs = parseFieldSelector(fieldSelector);
  const out: KObject[] = [];
  for (const o of objectsOf(view, type.kind)) {
    if (type.namespaced && namespace !== undefined && o.metadata.namespace !== namespace) continue;
    if (ls.ok && labelSelector && !matchesSelector(o.metadata.labels, ls.selector)) continue;
    if (fs.ok && fs.terms.length) {
      const fields = selectableFields(o);
      if (!fs.terms.every((t) => (fields[t.field] === t.value) !== t.negate)) continue;
    }
    out.push(o);
  }
  return out.sort(byKey);
}

function byKey(a: KObject, b: KObject): number {
  const ka = `${a.metadata.namespace ?? ''}/${a.metadata.name ?? ''}`;
  const kb = `${b.metadata.namespace ?? ''}/${b.metadata.name ?? ''}`;
  return ka < kb ? -1 : ka > kb ? 1 : 0;
}

/** GET one object by type, namespace and name. */
export function getObject(view: ApiView, type: ResourceType, namespace: string | undefined, name: string): KObject | undefined {
  const ref = type.namespaced ? `${type.kind}/${namespace ?? 'default'}/${name}` : `${type.kind}/${name}`;
  return view.cluster.index.byRef.get(ref);
}

/** Whether the object is one the controllers made (not in the user's state). */
export function isDerivedObject(view: ApiView, obj: KObject): boolean {
  return view.cluster.derived.includes(obj);
}
