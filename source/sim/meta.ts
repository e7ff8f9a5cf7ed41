// Object identity: which kinds are namespaced, and the keys objects are indexed by.
import type { KObject } from './types.js';

// Cluster-scoped kinds (kubectl api-resources --namespaced=false); anything else is namespaced,
// as custom resources usually are.
const CLUSTER_SCOPED = new Set([
  'Namespace', 'Node', 'PersistentVolume', 'IngressClass', 'GatewayClass', 'ClusterRole', 'ClusterRoleBinding',
  'StorageClass', 'CSIDriver', 'CSINode', 'CustomResourceDefinition', 'PriorityClass', 'RuntimeClass',
  'APIService', 'ValidatingWebhookConfiguration', 'MutatingWebhookConfiguration', 'ValidatingAdmissionPolicy',
  'ValidatingAdmissionPolicyBinding', 'VolumeAttachment', 'CertificateSigningRequest', 'ComponentStatus',
  'FlowSchema', 'PriorityLevelConfiguration', 'IPAddress', 'ServiceCIDR', 'ClusterCIDR', 'GlobalNetworkPolicy',
  'AdminNetworkPolicy', 'BaselineAdminNetworkPolicy', 'ClusterIssuer',
]);

export function isNamespaced(kind: string): boolean {
  return !CLUSTER_SCOPED.has(kind);
}

/** `ns/name` */
export function nsName(obj: KObject): string {
  return `${obj.metadata.namespace ?? ''}/${obj.metadata.name ?? ''}`;
}

/** `Kind/ns/name` for namespaced kinds, `Kind/name` otherwise (DESIGN's "Service/NS/NAME"). */
export function objectRef(obj: KObject): string {
  return isNamespaced(obj.kind) ? `${obj.kind}/${obj.metadata.namespace ?? ''}/${obj.metadata.name ?? ''}` : `${obj.kind}/${obj.metadata.name ?? ''}`;
}

/** The lower-case plural resource name kubectl prints in messages (`services "web" already exists`). */
export function resourceName(kind: string): string {
  const special: Record<string, string> = { Endpoints: 'endpoints', Ingress: 'ingresses', IngressClass: 'ingressclasses', NetworkPolicy: 'networkpolicies', GatewayClass: 'gatewayclasses', StorageClass: 'storageclasses', PriorityClass: 'priorityclasses', RuntimeClass: 'runtimeclasses' };
  if (special[kind]) return special[kind]!;
  const lower = kind.toLowerCase();
  if (lower.endsWith('s')) return `${lower}es`;
  if (lower.endsWith('y')) return `${lower.slice(0, -1)}ies`;
  return `${lower}s`;
}

/** A deep copy of JSON-shaped data (what a YAML or JSON file gives), faster than structuredClone. */
export function clone<T>(v: T): T {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = clone(v[i]);
    return out as T;
  }
  if (!isPlain(v)) return structuredClone(v);
  const out: Record<string, unknown> = {};
  for (const k in v as Record<string, unknown>) out[k] = clone((v as Record<string, unknown>)[k]);
  return out as T;
}

function isPlain(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}
