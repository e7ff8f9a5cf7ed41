// backendRefs of an HTTPRoute (httproute_types.go HTTPBackendRef, referencegrant_types.go):
// a Service in the route's namespace, or in another one when a ReferenceGrant there allows
// HTTPRoutes of the route's namespace to refer to it.
import type { Cluster } from '../cluster.js';
import type { Service } from '../types.js';
import { GATEWAY_GROUP, type BackendRef, type ReferenceGrant } from './types.js';

export type ResolvedBackend =
  | { ok: true; ref: string; service: Service; port: number; weight: number }
  | { ok: false; ref: string; weight: number; reason: 'InvalidKind' | 'RefNotPermitted' | 'BackendNotFound'; message: string };

/** ReferenceGrants by the namespace they live in (the namespace of the referent). */
export function grantsByNamespace(cluster: Cluster): Map<string, ReferenceGrant[]> {
  const m = new Map<string, ReferenceGrant[]>();
  for (const g of (cluster.index.byKind.get('ReferenceGrant') ?? []) as ReferenceGrant[]) {
    const ns = g.metadata.namespace ?? 'default';
    const l = m.get(ns);
    if (l) l.push(g); else m.set(ns, [g]);
  }
  return m;
}

/** ReferenceGrantSpec: a `from` entry naming HTTPRoutes of fromNs and a `to` entry naming the Service (or any Service). */
export function grantAllows(grants: readonly ReferenceGrant[] | undefined, fromNs: string, service: string): ReferenceGrant | undefined {
  return grants?.find((g) =>
    (g.spec?.from ?? []).some((f) => f.group === GATEWAY_GROUP && f.kind === 'HTTPRoute' && f.namespace === fromNs)
    && (g.spec?.to ?? []).some((t) => (t.group ?? '') === '' && t.kind === 'Service' && (!t.name || t.name === service)));
}

export function resolveBackendRef(cluster: Cluster, grants: Map<string, ReferenceGrant[]>, routeNs: string, b: BackendRef): ResolvedBackend {
  const ns = b.namespace ?? routeNs;
  const weight = b.weight ?? 1; // BackendRef.Weight defaults to 1
  const ref = `${ns}/${b.name}:${b.port ?? ''}`;
  const group = b.group ?? '';
  const kind = b.kind ?? 'Service';
  // HTTPRoute ResolvedRefs: "InvalidKind" when a backendRef names a group/kind the implementation does not support
  if (group !== '' || kind !== 'Service')
    return { ok: false, ref, weight, reason: 'InvalidKind', message: `backendRef ${b.name} is a ${group ? `${kind}.${group}` : kind}; only core Services are supported backends` };
  if (ns !== routeNs && !grantAllows(grants.get(ns), routeNs, b.name))
    return { ok: false, ref, weight, reason: 'RefNotPermitted', message: `backendRef ${ns}/${b.name} is in another namespace and no ReferenceGrant in ${ns} allows HTTPRoutes from ${routeNs} to refer to Service ${b.name}` };
  const service = cluster.index.services.get(`${ns}/${b.name}`);
  if (!service) return { ok: false, ref, weight, reason: 'BackendNotFound', message: `Service ${ns}/${b.name} does not exist` };
  // Implementation-specific: the Gateway API leaves a port the Service lacks open; like Envoy Gateway
  // the simulator reports it as an unresolved reference, and requests sent there get 500.
  const port = (service.spec.ports ?? []).find((p) => p.port === b.port);
  if (!port) {
    const have = (service.spec.ports ?? []).map((p) => p.port).join(', ') || 'none';
    return { ok: false, ref, weight, reason: 'BackendNotFound', message: `Service ${ns}/${b.name} has no port ${b.port ?? '(none given)'} (its ports: ${have}); backendRefs[].port names the Service port, not the targetPort` };
  }
  return { ok: true, ref, service, port: port.port, weight };
}
