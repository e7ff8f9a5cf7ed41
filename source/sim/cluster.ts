// A cluster built from a file's objects: created in file order as `kubectl create -f` would
// (API-server defaults, the Service registry's allocation, validation), then what the
// controllers derive (nodes, ReplicaSets and pods, pod IPs, Endpoints and EndpointSlices), then
// indexed once. Pure and deterministic: the same objects always give the same cluster.
import type { ClusterSettings, Endpoints, EndpointSlice, KObject, Namespace, Node, Pod, Service } from './types.js';
import type { FieldError } from './field.js';
import { formatFieldError } from './field.js';
import { validateObject, validateServiceClusterIPsRelatedFields } from './validation/index.js';
import { applyDefaults, namespaceLabels } from './defaults.js';
import { allocateService, ClusterIPAllocator, NodePortAllocator, type Allocation } from './service/allocator.js';
import { assignPodStatus, DEFAULT_NODE, nodeInternalIP, planNodes, schedulePods } from './nodes.js';
import { fillWorkloadStatus, runWorkloadControllers } from './controllers/workloads.js';
import { runEndpointControllers } from './controllers/endpoints.js';
import { kubeadmObjects, KUBEADM_NAMESPACES } from './kubeadm.js';
import { resolveSettings } from './settings.js';
import { buildIndex, type ClusterIndex } from './cluster-index.js';
import { clone, isNamespaced, objectRef, resourceName } from './meta.js';
import { nameSuffix } from './hash.js';
import { decodeObject } from './decode.js';

export interface RejectedObject {
  object: KObject;
  /** `Kind/ns/name` */
  ref: string;
  reason: 'Invalid' | 'AlreadyExists' | 'BadRequest';
  errors: FieldError[];
  /** What kubectl prints: `The Service "web" is invalid: spec.ports[0].nodePort: ...`. */
  message: string;
}

export interface Cluster {
  readonly settings: ClusterSettings;
  /** The file's objects as the API server stored them (defaults, allocations, status): what `--write` saves. */
  readonly objects: KObject[];
  /** What controllers and the simulator derived (undeclared namespaces and nodes, ReplicaSets and pods of Deployments, Endpoints, EndpointSlices). */
  readonly derived: KObject[];
  /** Objects the API server refused, with its errors; they are not part of the cluster. */
  readonly rejected: RejectedObject[];
  /**
   * File objects that controllers overwrote: hand-made Endpoints of a Service with a selector,
   * controller-managed EndpointSlices from a dump. Not part of the cluster (the derived
   * versions are); kept so `--write` and counts can still see what the file said.
   */
  readonly superseded: KObject[];
  readonly index: ClusterIndex;
}

export interface BuildOptions {
  settings?: Partial<ClusterSettings>;
  /** Start from a fresh kubeadm cluster: `kubernetes` and `kube-dns` Services, CoreDNS, kube-proxy's ConfigMap. */
  kubeadm?: boolean;
}

export function buildCluster(input: KObject[], opts: BuildOptions = {}): Cluster {
  const settings = resolveSettings(input, opts.settings);
  let objects = input.map((o) => clone(o));
  if (opts.kubeadm) {
    const present = new Set(objects.map(plannedRef));
    const boot = kubeadmObjects(apiServerAddress(objects, settings), settings.proxyMode, settings.podCIDR).filter((o) => !present.has(objectRef(o)));
    objects = [...boot, ...objects];
  }

  // 1. create, in order
  const allocators = { ips: new ClusterIPAllocator(settings.serviceCIDR), nodePorts: new NodePortAllocator(settings.nodePortRange) };
  const stored: KObject[] = [];
  const rejected: RejectedObject[] = [];
  const refs = new Set<string>();
  for (const obj of objects) {
    // a value of the wrong JSON type fails decoding, before defaults and validation
    const bad = decodeObject(obj);
    if (bad) {
      rejected.push({ object: obj, ref: objectRef(obj), reason: 'BadRequest', errors: [{ field: bad.field, type: 'Invalid value', value: bad.value, detail: bad.message }], message: bad.message });
      continue;
    }
    normalizedMeta(obj);
    applyDefaults(obj);
    const ref = objectRef(obj);
    if (obj.metadata.name && refs.has(ref)) {
      const detail = `${resourceName(obj.kind)} "${obj.metadata.name}" already exists`;
      rejected.push({ object: obj, ref, reason: 'AlreadyExists', errors: [{ field: 'metadata.name', type: 'Duplicate value', value: obj.metadata.name, detail }], message: detail });
      continue;
    }
    let alloc: Allocation | undefined;
    if (obj.kind === 'Service' && obj.metadata.name) {
      alloc = allocateService(obj as Service, allocators, () => validateServiceClusterIPsRelatedFields(obj as Service));
      if (alloc.errors.length) { rejected.push(invalid(obj, ref, alloc.errors)); continue; }
    }
    const errors = validateObject(obj);
    // rest.BeforeCreate: a name is required (validateObject reports it too, when implemented)
    if (!obj.metadata.name && !errors.some((e) => e.field === 'metadata.name'))
      errors.unshift({ field: 'metadata.name', type: 'Required value', detail: 'name or generateName is required' });
    if (errors.length) { alloc?.release(); rejected.push(invalid(obj, ref, errors)); continue; }
    stored.push(obj);
    refs.add(ref);
  }

  // 2. namespaces that objects use exist, with their automatic label
  const declaredNs = new Set(stored.filter((o) => o.kind === 'Namespace').map((o) => o.metadata.name!));
  const usedNs: string[] = ['default', ...(opts.kubeadm ? KUBEADM_NAMESPACES : [])];
  for (const o of stored) if (isNamespaced(o.kind) && o.metadata.namespace) usedNs.push(o.metadata.namespace);
  const implicitNamespaces: Namespace[] = [];
  for (const name of new Set(usedNs)) {
    if (declaredNs.has(name)) continue;
    declaredNs.add(name);
    implicitNamespaces.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name, labels: namespaceLabels(name) }, spec: { finalizers: ['kubernetes'] }, status: { phase: 'Active' } });
  }

  // 3. nodes, as declared and as named by pods
  const storedPods = stored.filter((o): o is Pod => o.kind === 'Pod');
  const plan = planNodes(stored.filter((o): o is Node => o.kind === 'Node'), storedPods.map(podNode), settings.podCIDR);
  const nodesByName = new Map(plan.nodes.map((n) => [n.metadata.name!, n]));

  // 4. Deployment and ReplicaSet controllers; then scheduling and pod IPs in creation order
  const storedPodsByNs = groupByNamespace(storedPods);
  const workloads = runWorkloadControllers(stored, storedPodsByNs);
  schedulePods(workloads.creationOrder, plan.nodes);
  assignPodStatus(workloads.creationOrder, plan.nodes, settings.podCIDR);
  const allPods = [...storedPods, ...workloads.pods];
  const podsByNs = groupByNamespace(allPods);
  fillWorkloadStatus([...stored, ...workloads.replicaSets], podsByNs);

  // 5. Endpoints, EndpointSlice and mirroring controllers
  const ep = runEndpointControllers(
    stored.filter((o): o is Service => o.kind === 'Service'), podsByNs, nodesByName,
    stored.filter((o): o is Endpoints => o.kind === 'Endpoints'), stored.filter((o): o is EndpointSlice => o.kind === 'EndpointSlice'),
  );
  const kept = ep.replaced.size ? stored.filter((o) => !ep.replaced.has(o)) : stored;
  const superseded = ep.replaced.size ? stored.filter((o) => ep.replaced.has(o)) : [];

  const derived: KObject[] = [...implicitNamespaces, ...plan.implicit, ...workloads.replicaSets, ...workloads.pods, ...ep.endpoints, ...ep.slices];
  return { settings, objects: kept, derived, rejected, superseded, index: buildIndex([...kept, ...derived]) };
}

function invalid(obj: KObject, ref: string, errors: FieldError[]): RejectedObject {
  // kubectl (cmdutil.StandardErrorMessage): one cause printed plainly, several as [a, b]
  const causes = errors.map(formatFieldError);
  const body = causes.length === 1 ? causes[0] : `[${causes.join(', ')}]`;
  return { object: obj, ref, reason: 'Invalid', errors, message: `The ${obj.kind} "${obj.metadata.name ?? ''}" is invalid: ${body}` };
}

/** Metadata as the API server sees it on create: namespace defaulted or cleared, generateName expanded. */
function normalizedMeta(obj: KObject): KObject {
  if (!obj.metadata || typeof obj.metadata !== 'object') obj.metadata = {};
  const m = obj.metadata;
  if (isNamespaced(obj.kind)) { if (!m.namespace) m.namespace = 'default'; }
  else delete m.namespace; // rest.BeforeCreate clears the namespace of cluster-scoped objects
  if (!m.name && m.generateName) m.name = `${m.generateName}${nameSuffix(`${obj.kind}/${m.namespace ?? ''}/${m.generateName}`)}`;
  return obj;
}

/** The ref an object will have once created (namespace defaulted), without touching it. */
function plannedRef(o: KObject): string {
  const m = (o.metadata && typeof o.metadata === 'object' ? o.metadata : {}) as KObject['metadata'];
  return objectRef({ ...o, metadata: { ...m, namespace: isNamespaced(o.kind) ? m.namespace || 'default' : undefined } });
}

/** The control-plane node's address, for the `kubernetes` Service's endpoint. */
function apiServerAddress(objects: KObject[], settings: ClusterSettings): string {
  const decodable = objects.filter((o) => !decodeObject(o)); // our copies: normalizing them is fine
  const nodes = decodable.filter((o): o is Node => o.kind === 'Node' && !!o.metadata?.name).map((n) => clone(n));
  const plan = planNodes(nodes, decodable.filter((o) => o.kind === 'Pod').map((p) => podNode(p as Pod)), settings.podCIDR);
  const cp = plan.nodes.find((n) => n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined)
    ?? plan.nodes.find((n) => n.metadata.name === DEFAULT_NODE) ?? plan.nodes[0]!;
  return nodeInternalIP(cp)!;
}

function podNode(p: Pod): { nodeName?: string; hostIP?: string } {
  const nodeName = typeof p.spec?.nodeName === 'string' ? p.spec.nodeName : undefined;
  const hostIP = typeof p.status?.hostIP === 'string' ? p.status.hostIP : undefined;
  return { ...(nodeName ? { nodeName } : {}), ...(hostIP ? { hostIP } : {}) };
}

function groupByNamespace(pods: Pod[]): Map<string, Pod[]> {
  const m = new Map<string, Pod[]>();
  for (const p of pods) {
    const ns = p.metadata.namespace!;
    const l = m.get(ns);
    if (l) l.push(p); else m.set(ns, [p]);
  }
  return m;
}

// ---- lookups ---------------------------------------------------------------------------

/** Every object of the cluster: the file's (as stored) and the derived ones. */
export function allObjects(cluster: Cluster): KObject[] {
  return [...cluster.objects, ...cluster.derived];
}

export function isDerived(cluster: Cluster, obj: KObject): boolean {
  return cluster.derived.includes(obj);
}

function nsKey(ref: string): string {
  return ref.includes('/') ? ref : `default/${ref}`;
}

/** `findPod(cluster, 'shop/web-1')`; a bare name means namespace default. */
export function findPod(cluster: Cluster, ref: string): Pod | undefined {
  return cluster.index.pods.get(nsKey(ref));
}

export function findService(cluster: Cluster, ref: string): Service | undefined {
  return cluster.index.services.get(nsKey(ref));
}

export function findNode(cluster: Cluster, name: string): Node | undefined {
  return cluster.index.nodes.get(name);
}

/** `findObject(cluster, 'Service/shop/web')` or `findObject(cluster, 'Node/node01')`. */
export function findObject(cluster: Cluster, ref: string): KObject | undefined {
  return cluster.index.byRef.get(ref);
}

export function objectsOfKind(cluster: Cluster, kind: string): KObject[] {
  return cluster.index.byKind.get(kind) ?? [];
}
