// The API resources kubectl discovers from a v1.32 API server (`kubectl api-resources`),
// in discovery order: core v1 (alphabetical, as /api/v1 lists them), then the groups in
// /apis order. Short names, singular names and the "all" category are the server's.
// Gateway API kinds are CRDs in a real cluster; they are listed as a cluster that installed
// the standard channel would serve them.

export interface ResourceType {
  kind: string;
  plural: string;         // the resource name: "services"
  singular: string;       // "service"
  shortNames: string[];
  group: string;          // "" for core
  version: string;
  apiVersion: string;     // "v1", "apps/v1"
  namespaced: boolean;
  categories: string[];
}

function r(kind: string, plural: string, groupVersion: string, namespaced: boolean, shortNames: string[] = [], categories: string[] = []): ResourceType {
  const [group, version] = groupVersion.includes('/') ? groupVersion.split('/') : ['', groupVersion];
  return { kind, plural, singular: kind.toLowerCase(), shortNames, group, version, apiVersion: groupVersion, namespaced, categories };
}

export const RESOURCES: readonly ResourceType[] = [
  r('ComponentStatus', 'componentstatuses', 'v1', false, ['cs']),
  r('ConfigMap', 'configmaps', 'v1', true, ['cm']),
  r('Endpoints', 'endpoints', 'v1', true, ['ep']),
  r('Event', 'events', 'v1', true, ['ev']),
  r('LimitRange', 'limitranges', 'v1', true, ['limits']),
  r('Namespace', 'namespaces', 'v1', false, ['ns']),
  r('Node', 'nodes', 'v1', false, ['no']),
  r('PersistentVolumeClaim', 'persistentvolumeclaims', 'v1', true, ['pvc']),
  r('PersistentVolume', 'persistentvolumes', 'v1', false, ['pv']),
  r('Pod', 'pods', 'v1', true, ['po'], ['all']),
  r('PodTemplate', 'podtemplates', 'v1', true),
  r('ReplicationController', 'replicationcontrollers', 'v1', true, ['rc'], ['all']),
  r('ResourceQuota', 'resourcequotas', 'v1', true, ['quota']),
  r('Secret', 'secrets', 'v1', true),
  r('ServiceAccount', 'serviceaccounts', 'v1', true, ['sa']),
  r('Service', 'services', 'v1', true, ['svc'], ['all']),
  r('ControllerRevision', 'controllerrevisions', 'apps/v1', true),
  r('DaemonSet', 'daemonsets', 'apps/v1', true, ['ds'], ['all']),
  r('Deployment', 'deployments', 'apps/v1', true, ['deploy'], ['all']),
  r('ReplicaSet', 'replicasets', 'apps/v1', true, ['rs'], ['all']),
  r('StatefulSet', 'statefulsets', 'apps/v1', true, ['sts'], ['all']),
  r('HorizontalPodAutoscaler', 'horizontalpodautoscalers', 'autoscaling/v2', true, ['hpa'], ['all']),
  r('CronJob', 'cronjobs', 'batch/v1', true, ['cj'], ['all']),
  r('Job', 'jobs', 'batch/v1', true, [], ['all']),
  r('IngressClass', 'ingressclasses', 'networking.k8s.io/v1', false),
  r('Ingress', 'ingresses', 'networking.k8s.io/v1', true, ['ing']),
  r('NetworkPolicy', 'networkpolicies', 'networking.k8s.io/v1', true, ['netpol']),
  r('EndpointSlice', 'endpointslices', 'discovery.k8s.io/v1', true),
  r('GatewayClass', 'gatewayclasses', 'gateway.networking.k8s.io/v1', false, ['gc'], ['gateway-api']),
  r('Gateway', 'gateways', 'gateway.networking.k8s.io/v1', true, ['gtw'], ['gateway-api']),
  r('GRPCRoute', 'grpcroutes', 'gateway.networking.k8s.io/v1', true, [], ['gateway-api']),
  r('HTTPRoute', 'httproutes', 'gateway.networking.k8s.io/v1', true, [], ['gateway-api']),
  r('ReferenceGrant', 'referencegrants', 'gateway.networking.k8s.io/v1beta1', true, ['refgrant'], ['gateway-api']),
];

/**
 * The name kubectl prints for a kind in `-o name` and in multi-kind tables:
 * lower-cased `Kind.group` (schema.GroupKind.String()), "service", "deployment.apps".
 */
export function kindPrefix(rt: Pick<ResourceType, 'kind' | 'group'>): string {
  return (rt.group ? `${rt.kind}.${rt.group}` : rt.kind).toLowerCase();
}

/** The resource type of an object, from its apiVersion and kind (undefined if unknown). */
export function resourceForObject(obj: { apiVersion?: string; kind: string }): ResourceType | undefined {
  const group = obj.apiVersion?.includes('/') ? obj.apiVersion.split('/')[0] : '';
  return RESOURCES.find((x) => x.kind === obj.kind && (obj.apiVersion === undefined || x.group === group))
    ?? RESOURCES.find((x) => x.kind === obj.kind);
}

/**
 * Resolve what a user typed as a resource type, as kubectl's shortcut expander and
 * RESTMapper do: a short name, the plural, the singular or the Kind (any case), optionally
 * qualified as `resource.group` or `resource.version.group`.
 * Returns undefined for an unknown type: kubectl then says
 * `error: the server doesn't have a resource type "foo"`.
 */
export function resolveResourceType(typed: string): ResourceType | undefined {
  const lower = typed.toLowerCase();
  const direct = matchName(lower, undefined, undefined);
  if (direct) return direct;
  // schema.ParseResourceArg: "resource.version.group" first, then "resource.group".
  const parts = lower.split('.');
  if (parts.length >= 3) {
    const found = matchName(parts[0], parts[1], parts.slice(2).join('.'));
    if (found) return found;
  }
  if (parts.length >= 2) return matchName(parts[0], undefined, parts.slice(1).join('.'));
  return undefined;
}

function matchName(name: string, version: string | undefined, group: string | undefined): ResourceType | undefined {
  const candidates = RESOURCES.filter((x) => (group === undefined || x.group === group || (group === 'core' && x.group === '')) && (version === undefined || x.version === version));
  return candidates.find((x) => x.shortNames.includes(name))
    ?? candidates.find((x) => x.plural === name)
    ?? candidates.find((x) => x.singular === name);
}

/** The types `kubectl get all` expands to (category "all"), in discovery order. */
export function resourcesInCategory(category: string): ResourceType[] {
  return RESOURCES.filter((x) => x.categories.includes(category));
}
