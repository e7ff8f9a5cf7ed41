// The simulated API server as kubectl sees it: the user's objects (the state) built into a
// simulator cluster once, then asked many times. A view is cached by the identity of the state
// array it was built from (and of the stored array it returns), so a session that passes back
// the state it was given builds the cluster once per change, not once per command.
// States are treated as immutable: commands copy an object before changing it.
import type { KObject, Pod } from '../../sim/types.js';
import { buildCluster, findObject, type Cluster } from '../../sim/cluster.js';
import { objectStatus } from '../../sim/gateway/status.js';
import { isNamespaced, objectRef } from '../../sim/meta.js';
import { nameSuffix } from '../../sim/hash.js';
import { isPodReady, isTerminal } from '../../sim/pods.js';
import { maxResourceVersion, Revisions, rfc3339, stampCreated, uidFor } from './metadata.js';

export interface ViewOptions {
  /** A fresh kubeadm cluster around the state: `kubernetes` and `kube-dns` Services, CoreDNS. */
  kubeadm?: boolean;
  now: Date;
}

export interface ApiView {
  readonly cluster: Cluster;
  /**
   * The user's objects as the API server stores them (defaults, allocations, metadata,
   * status), in state order, with the kubeadm objects first: the next state. Objects the
   * API server refused stay as they were given.
   */
  readonly stored: KObject[];
  readonly kubeadm: boolean;
}

interface CacheEntry { kubeadm: boolean; items: readonly KObject[]; view: ApiView }
const cache = new WeakMap<readonly KObject[], CacheEntry>();

function cached(state: readonly KObject[], kubeadm: boolean): ApiView | undefined {
  const e = cache.get(state);
  if (!e || e.kubeadm !== kubeadm || e.items.length !== state.length) return undefined;
  for (let i = 0; i < state.length; i++) if (e.items[i] !== state[i]) return undefined;
  return e.view;
}

function remember(state: readonly KObject[], view: ApiView): void {
  cache.set(state, { kubeadm: view.kubeadm, items: [...state], view });
}

/** The view of a state: built once, then served from the cache while the state is unchanged. */
export function viewOf(state: readonly KObject[], opts: ViewOptions): ApiView {
  const kubeadm = !!opts.kubeadm;
  const hit = cached(state, kubeadm);
  if (hit) return hit;
  const view = build(state, state, kubeadm, opts.now);
  remember(state, view);
  remember(view.stored, view);
  return view;
}

/**
 * Build `buildOrder` (the objects in the order the API server should create them) and lay
 * the stored objects out in `stateOrder`.
 */
export function build(stateOrder: readonly KObject[], buildOrder: readonly KObject[], kubeadm: boolean, now: Date): ApiView {
  const cluster = buildCluster(buildOrder as KObject[], { kubeadm });
  const revisions = new Revisions(maxResourceVersion(cluster.objects));
  for (const o of cluster.objects) {
    stampCreated(o, now, revisions);
    // the Deployment controller's first write: revision 1 for the template it rolled out
    if (o.kind === 'Deployment' && o.metadata.annotations?.['deployment.kubernetes.io/revision'] === undefined)
      o.metadata.annotations = { ...(o.metadata.annotations ?? {}), 'deployment.kubernetes.io/revision': '1' };
  }
  decorateDerived(cluster, now);
  for (const o of [...cluster.objects, ...cluster.derived]) if (o.kind === 'Pod') fillContainerStatuses(o as Pod);
  writeGatewayStatus(cluster);
  const view: ApiView = { cluster, stored: storedOrder(stateOrder, cluster), kubeadm };
  return view;
}

/**
 * The simulated Gateway API controller's writes: GatewayClass, Gateway and HTTPRoute status
 * as `kubeprep sim status` computes it, so `get` shows ACCEPTED/PROGRAMMED and `describe`
 * and `-o yaml` show the conditions a learner reads to find why a route is not attached.
 * The simulator is the controller here, so a status the file carried is replaced.
 */
function writeGatewayStatus(cluster: Cluster): void {
  // A Gateway whose GatewayClass does not exist has no controller: nobody writes its status
  // (nor its routes' status for it), so kubectl shows what a real cluster would: nothing.
  const controlled = (gw: KObject | undefined) => !!gw?.spec?.gatewayClassName && !!findObject(cluster, `GatewayClass/${gw.spec.gatewayClassName}`);
  for (const o of cluster.objects) {
    if (o.apiVersion?.split('/')[0] !== 'gateway.networking.k8s.io' || !['GatewayClass', 'Gateway', 'HTTPRoute'].includes(o.kind)) continue;
    if (o.kind === 'Gateway' && !controlled(o)) continue;
    const ref = o.kind === 'GatewayClass' ? `GatewayClass/${o.metadata.name}` : `${o.kind}/${o.metadata.namespace ?? 'default'}/${o.metadata.name}`;
    const answer = objectStatus(cluster, ref);
    if (!answer.status) continue;
    if (o.kind !== 'HTTPRoute') { o.status = answer.status; continue; }
    const parents = routeParents(cluster, o, answer.status.parents as Array<{ parentRef: string; conditions: unknown[] }>).filter((p) => p.controllerName);
    if (parents.length) o.status = { parents };
  }
}

/** RouteParentStatus as the API stores it (httproute_types.go): parentRef as an object, and the controller. */
function routeParents(cluster: Cluster, route: KObject, parents: Array<{ parentRef: string; conditions: unknown[] }>) {
  return parents.map((p) => {
    const m = /^([^/]+)\/([^/:]+)(?:\/([^:]+))?(?::(\d+))?$/.exec(p.parentRef);
    const [, namespace, name, sectionName, port] = m ?? [];
    const gateway = namespace && name ? findObject(cluster, `Gateway/${namespace}/${name}`) : undefined;
    const gatewayClass = gateway?.spec?.gatewayClassName ? findObject(cluster, `GatewayClass/${gateway.spec.gatewayClassName}`) : undefined;
    const parentRef: Record<string, unknown> = { group: 'gateway.networking.k8s.io', kind: 'Gateway', name: name ?? p.parentRef };
    if (namespace && namespace !== route.metadata.namespace) parentRef.namespace = namespace;
    if (sectionName) parentRef.sectionName = sectionName;
    if (port) parentRef.port = Number(port);
    return { parentRef, controllerName: gatewayClass?.spec?.controllerName ?? '', conditions: p.conditions };
  });
}

/** Cache a view built by a change, under its stored array. */
export function rememberView(view: ApiView): void {
  remember(view.stored, view);
}

/** The ref an object will have once the API server created it (namespace defaulted, generateName expanded). */
export function plannedRef(o: KObject): string {
  const m = (o.metadata && typeof o.metadata === 'object' ? o.metadata : {}) as KObject['metadata'];
  const namespace = isNamespaced(o.kind) ? m.namespace || 'default' : undefined;
  const name = m.name || (m.generateName ? `${m.generateName}${nameSuffix(`${o.kind}/${namespace ?? ''}/${m.generateName}`)}` : '');
  return objectRef({ ...o, metadata: { ...m, name, namespace } });
}

function storedOrder(input: readonly KObject[], cluster: Cluster): KObject[] {
  const byRef = new Map<string, KObject>();
  for (const o of cluster.objects) byRef.set(objectRef(o), o);
  for (const o of cluster.superseded) if (!byRef.has(objectRef(o))) byRef.set(objectRef(o), o);
  const used = new Set<string>();
  const out: KObject[] = [];
  for (const o of input) {
    const ref = plannedRef(o);
    const s = byRef.get(ref);
    if (s && !used.has(ref)) { out.push(s); used.add(ref); } else out.push(o);
  }
  // what the cluster holds that the state did not name: the kubeadm objects, first
  const boot = cluster.objects.filter((o) => !used.has(objectRef(o)));
  return boot.length ? [...boot, ...out] : out;
}

/**
 * Derived objects get the metadata the controllers' writes would have given them: their
 * owner's creation time (a Deployment's pods appear when it is created), a uid and the
 * owner's uid in ownerReferences.
 */
function decorateDerived(cluster: Cluster, now: Date): void {
  const byRef = cluster.index.byRef;
  let earliest: string | undefined;
  for (const o of cluster.objects) {
    const t = o.metadata.creationTimestamp;
    if (t && (!earliest || t < earliest)) earliest = t;
  }
  const clusterBirth = earliest ?? rfc3339(now);
  // owners before the objects they own: ReplicaSets before pods
  const order = [...cluster.derived].sort((a, b) => rank(a.kind) - rank(b.kind));
  for (const o of order) {
    const m = o.metadata;
    const owner = ownerOf(o, byRef);
    m.creationTimestamp ??= owner?.metadata.creationTimestamp ?? clusterBirth;
    m.uid ??= uidFor(`${objectRef(o)}@${m.creationTimestamp}`);
    if (owner?.metadata.resourceVersion) m.resourceVersion ??= owner.metadata.resourceVersion;
    for (const r of m.ownerReferences ?? []) {
      const target = byRef.get(`${r.kind}/${m.namespace}/${r.name}`);
      if (target?.metadata.uid && !r.uid) r.uid = target.metadata.uid;
    }
  }
}

function rank(kind: string): number {
  return kind === 'ReplicaSet' ? 0 : kind === 'Pod' ? 1 : 2;
}

function ownerOf(o: KObject, byRef: Map<string, KObject>): KObject | undefined {
  const ns = o.metadata.namespace;
  const ref = o.metadata.ownerReferences?.find((r) => r.controller) ?? o.metadata.ownerReferences?.[0];
  if (ref) return byRef.get(`${ref.kind}/${ns}/${ref.name}`);
  if (o.kind === 'Endpoints') return byRef.get(`Service/${ns}/${o.metadata.name}`);
  if (o.kind === 'EndpointSlice') {
    const svc = o.metadata.labels?.['kubernetes.io/service-name'];
    if (svc) return byRef.get(`Service/${ns}/${svc}`);
  }
  return undefined;
}

/**
 * The kubelet's part of a running pod's status: startTime and one containerStatus per
 * container (running since the pod was created, ready as the pod is), so tables show 1/1.
 */
function fillContainerStatuses(pod: Pod): void {
  const st = pod.status;
  if (!st || st.phase !== 'Running' || isTerminal(pod) || Array.isArray(st.containerStatuses)) return;
  const started = pod.metadata.creationTimestamp;
  st.startTime ??= started;
  const ready = isPodReady(pod);
  st.containerStatuses = (pod.spec?.containers ?? []).map((c) => ({
    containerID: `containerd://${uidFor(`${pod.metadata.uid}/${c.name}`).replace(/-/g, '')}`,
    image: c.image ?? '',
    imageID: '',
    lastState: {},
    name: c.name,
    ready,
    restartCount: 0,
    started: true,
    state: { running: { startedAt: started } },
  }));
}

