// The Endpoints controller (pkg/controller/endpoint), the EndpointSlice controller
// (pkg/controller/endpointslice, staging/src/k8s.io/endpointslice) and the EndpointSlice
// mirroring controller (pkg/controller/endpointslicemirroring), run once over the cluster.
import type { EndpointAddress, EndpointPort, Endpoints, EndpointSlice, EndpointSliceEndpoint, EndpointSubset, KObject, Node, Pod, Service, ServicePort } from '../types.js';
import { matchesMap } from '../selectors.js';
import { findPort, isPodReady, isTerminal, isTerminating, podIP } from '../pods.js';
import { nameSuffix } from '../hash.js';

export const SERVICE_NAME_LABEL = 'kubernetes.io/service-name';
export const MANAGED_BY_LABEL = 'endpointslice.kubernetes.io/managed-by';
export const SLICE_CONTROLLER = 'endpointslice-controller.k8s.io';
export const MIRROR_CONTROLLER = 'endpointslicemirroring-controller.k8s.io';
const HEADLESS_LABEL = 'service.kubernetes.io/headless';
const MAX_ENDPOINTS_PER_SLICE = 100; // --max-endpoints-per-slice default

export function hasSelector(svc: Service): boolean {
  return !!svc.spec?.selector && Object.keys(svc.spec.selector).length > 0;
}

/** endpointutil.ShouldSetHostname: the pod's hostname, when its subdomain names this Service. */
function hostnameFor(pod: Pod, svc: Service): string | undefined {
  return pod.spec?.hostname && pod.spec.subdomain === svc.metadata.name && pod.metadata.namespace === svc.metadata.namespace ? pod.spec.hostname : undefined;
}

/** ShouldPodBeInEndpoints: an IP, not terminal, and (unless includeTerminating) not terminating. */
function shouldPodBeInEndpoints(pod: Pod, includeTerminating: boolean): boolean {
  if (isTerminal(pod)) return false;
  if (!podIP(pod)) return false;
  if (!includeTerminating && isTerminating(pod)) return false;
  return true;
}

function portsFor(svc: Service, pod: Pod): EndpointPort[] {
  const out: EndpointPort[] = [];
  for (const sp of (svc.spec.ports ?? []) as ServicePort[]) {
    const port = findPort(pod, sp);
    // a pod without the (named) port is left out of that port
    if (port === undefined) continue;
    out.push({ name: sp.name ?? '', port, protocol: sp.protocol ?? 'TCP', ...(sp.appProtocol ? { appProtocol: sp.appProtocol } : {}) });
  }
  return out;
}

function labelsIfAny(labels: Record<string, string>): { labels?: Record<string, string> } {
  return Object.keys(labels).length ? { labels } : {};
}

function serviceLabels(svc: Service): Record<string, string> {
  const labels: Record<string, string> = { ...(svc.metadata.labels ?? {}) };
  if (svc.spec.clusterIP === 'None') labels[HEADLESS_LABEL] = '';
  return labels;
}

/** The Endpoints object for a Service with a selector (endpoints controller syncService). */
export function endpointsFor(svc: Service, pods: Pod[]): Endpoints {
  const tolerateUnready = !!svc.spec.publishNotReadyAddresses;
  const subsets: EndpointSubset[] = [];
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, tolerateUnready)) continue;
    const epa: EndpointAddress = {
      ip: podIP(pod)!,
      ...(pod.spec?.nodeName ? { nodeName: pod.spec.nodeName } : {}),
      targetRef: { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name!, ...(pod.metadata.uid ? { uid: pod.metadata.uid } : {}) },
    };
    const hn = hostnameFor(pod, svc);
    if (hn) epa.hostname = hn;
    const ready = tolerateUnready || isPodReady(pod);
    const ports = svc.spec.ports ?? [];
    // headless services may have no ports: addresses without ports
    if (ports.length === 0 && svc.spec.clusterIP === 'None') {
      subsets.push(ready ? { addresses: [epa] } : { notReadyAddresses: [epa] });
      continue;
    }
    for (const epp of portsFor(svc, pod).map(({ name, ...rest }) => (name ? { name, ...rest } : rest))) subsets.push(ready ? { addresses: [epa], ports: [epp] } : { notReadyAddresses: [epa], ports: [epp] });
  }
  return {
    apiVersion: 'v1', kind: 'Endpoints',
    metadata: { name: svc.metadata.name, namespace: svc.metadata.namespace, ...labelsIfAny(serviceLabels(svc)) },
    subsets: repackSubsets(subsets),
  } as Endpoints;
}

/**
 * endpoints.RepackSubsets: group addresses by the set of ports they serve, so each subset is
 * "these addresses × these ports". Kubernetes orders by hashes; we order by IP and port.
 */
export function repackSubsets(subsets: EndpointSubset[]): EndpointSubset[] {
  const portKey = (p: EndpointPort) => `${p.name ?? ''}|${p.port}|${p.protocol ?? 'TCP'}|${p.appProtocol ?? ''}`;
  const addrs = new Map<string, { addr: EndpointAddress; ready: boolean }>(); // by ip+ready
  const portToAddrs = new Map<string, { port: EndpointPort | null; keys: Set<string> }>();
  for (const s of subsets) {
    const ports: Array<EndpointPort | null> = s.ports?.length ? s.ports : [null];
    for (const port of ports) {
      const pk = port ? portKey(port) : '-';
      let entry = portToAddrs.get(pk);
      if (!entry) { entry = { port, keys: new Set() }; portToAddrs.set(pk, entry); }
      for (const [list, ready] of [[s.addresses ?? [], true], [s.notReadyAddresses ?? [], false]] as const) {
        for (const a of list) {
          const k = `${a.ip}|${ready}`;
          if (!addrs.has(k)) addrs.set(k, { addr: a, ready });
          entry.keys.add(k);
        }
      }
    }
  }
  // addresses set -> ports
  const byAddrSet = new Map<string, { keys: string[]; ports: EndpointPort[] }>();
  for (const { port, keys } of portToAddrs.values()) {
    const sorted = [...keys].sort();
    const k = sorted.join(',');
    let e = byAddrSet.get(k);
    if (!e) { e = { keys: sorted, ports: [] }; byAddrSet.set(k, e); }
    if (port) e.ports.push(port);
  }
  const ipNum = (ip: string) => ip.split('.').reduce((n, x) => n * 256 + Number(x), 0);
  const out: EndpointSubset[] = [];
  for (const { keys, ports } of byAddrSet.values()) {
    const ready = keys.map((k) => addrs.get(k)!).filter((a) => a.ready).map((a) => a.addr).sort((a, b) => ipNum(a.ip) - ipNum(b.ip));
    const notReady = keys.map((k) => addrs.get(k)!).filter((a) => !a.ready).map((a) => a.addr).sort((a, b) => ipNum(a.ip) - ipNum(b.ip));
    const s: EndpointSubset = {};
    if (ready.length) s.addresses = ready;
    if (notReady.length) s.notReadyAddresses = notReady;
    if (ports.length) s.ports = ports.sort((a, b) => a.port - b.port || (a.name ?? '').localeCompare(b.name ?? ''));
    out.push(s);
  }
  const first = (s: EndpointSubset) => ipNum((s.addresses ?? s.notReadyAddresses ?? [{ ip: '0.0.0.0' }])[0]!.ip);
  return out.sort((a, b) => first(a) - first(b) || (a.ports?.[0]?.port ?? 0) - (b.ports?.[0]?.port ?? 0));
}

/**
 * EndpointSlices for a Service with a selector (reconciler.reconcile): every pod with an IP that
 * is not terminal, terminating ones included with conditions ready/serving/terminating
 * (podToEndpoint), one slice per distinct port list, at most 100 endpoints each. Pods whose node
 * does not exist are skipped.
 */
export function endpointSlicesFor(svc: Service, pods: Pod[], nodes: Map<string, Node>, usedNames: Set<string>): EndpointSlice[] {
  const groups = new Map<string, { ports: EndpointPort[]; endpoints: EndpointSliceEndpoint[] }>();
  for (const pod of pods) {
    if (!shouldPodBeInEndpoints(pod, true)) continue;
    if (pod.spec?.nodeName && !nodes.has(pod.spec.nodeName)) continue;
    const serving = isPodReady(pod);
    const terminating = isTerminating(pod);
    // "ready" is never true for a terminating pod unless publishNotReadyAddresses
    const ready = !!svc.spec.publishNotReadyAddresses || (serving && !terminating);
    const ep: EndpointSliceEndpoint = {
      addresses: [podIP(pod)!],
      conditions: { ready, serving, terminating },
      ...(pod.spec?.nodeName ? { nodeName: pod.spec.nodeName } : {}),
      targetRef: { kind: 'Pod', namespace: pod.metadata.namespace, name: pod.metadata.name!, ...(pod.metadata.uid ? { uid: pod.metadata.uid } : {}) },
    };
    const hn = hostnameFor(pod, svc);
    if (hn) ep.hostname = hn;
    const zone = pod.spec?.nodeName ? (nodes.get(pod.spec.nodeName)?.metadata.labels ?? {})['topology.kubernetes.io/zone'] : undefined;
    if (zone) (ep as { zone?: string }).zone = zone;
    const ports = portsFor(svc, pod);
    const key = ports.map((p) => `${p.name}|${p.port}|${p.protocol}`).join(',');
    let g = groups.get(key);
    if (!g) { g = { ports, endpoints: [] }; groups.set(key, g); }
    g.endpoints.push(ep);
  }
  const slices: EndpointSlice[] = [];
  const labels = { ...serviceLabels(svc), [SERVICE_NAME_LABEL]: svc.metadata.name!, [MANAGED_BY_LABEL]: SLICE_CONTROLLER };
  const groupList = [...groups.values()];
  // a Service with no endpoints still gets one empty placeholder slice (reconciler: placeholderSliceCompare)
  if (groupList.length === 0) groupList.push({ ports: [], endpoints: [] });
  for (const g of groupList) {
    for (let i = 0; i === 0 || i < g.endpoints.length; i += MAX_ENDPOINTS_PER_SLICE) {
      slices.push({
        apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice',
        metadata: {
          name: uniqueName(svc, usedNames),
          generateName: `${svc.metadata.name}-`,
          namespace: svc.metadata.namespace,
          labels: { ...labels },
          ownerReferences: [{ apiVersion: 'v1', kind: 'Service', name: svc.metadata.name!, controller: true, blockOwnerDeletion: true } as never],
        },
        addressType: 'IPv4',
        endpoints: g.endpoints.slice(i, i + MAX_ENDPOINTS_PER_SLICE),
        ports: g.ports,
      });
    }
  }
  return slices;
}

function uniqueName(svc: Service, used: Set<string>): string {
  for (let attempt = 0; ; attempt++) {
    const name = `${svc.metadata.name}-${nameSuffix(`${svc.metadata.namespace}/${svc.metadata.name}/slice/${attempt}`)}`;
    const key = `${svc.metadata.namespace}/${name}`;
    if (!used.has(key)) { used.add(key); return name; }
  }
}

/**
 * endpointslicemirroring: a selectorless Service's hand-made Endpoints become EndpointSlices
 * (unless labelled endpointslice.kubernetes.io/skip-mirror=true), ready addresses ready,
 * notReadyAddresses not.
 */
export function mirrorEndpoints(svc: Service, ep: Endpoints, usedNames: Set<string>): EndpointSlice[] {
  const slices: EndpointSlice[] = [];
  for (const s of ep.subsets ?? []) {
    const toEndpoint = (a: EndpointAddress, ready: boolean): EndpointSliceEndpoint => ({
      addresses: [a.ip],
      conditions: { ready },
      ...(a.hostname ? { hostname: a.hostname } : {}),
      ...(a.nodeName ? { nodeName: a.nodeName } : {}),
      ...(a.targetRef ? { targetRef: a.targetRef } : {}),
    });
    slices.push({
      apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice',
      metadata: {
        name: uniqueName(svc, usedNames), generateName: `${svc.metadata.name}-`, namespace: svc.metadata.namespace,
        labels: { ...(ep.metadata.labels ?? {}), [SERVICE_NAME_LABEL]: svc.metadata.name!, [MANAGED_BY_LABEL]: MIRROR_CONTROLLER },
        ownerReferences: [{ apiVersion: 'v1', kind: 'Endpoints', name: ep.metadata.name!, controller: true, blockOwnerDeletion: true } as never],
      },
      addressType: 'IPv4',
      endpoints: [...(s.addresses ?? []).map((a) => toEndpoint(a, true)), ...(s.notReadyAddresses ?? []).map((a) => toEndpoint(a, false))],
      ports: (s.ports ?? []).map((p) => ({ name: p.name ?? '', port: p.port, protocol: p.protocol ?? 'TCP', ...(p.appProtocol ? { appProtocol: p.appProtocol } : {}) })),
    });
  }
  return slices;
}

export interface EndpointControllersResult {
  endpoints: Endpoints[];
  slices: EndpointSlice[];
  /** User objects the controllers replace (Endpoints of selector Services, controller-managed slices). */
  replaced: Set<KObject>;
}

/**
 * Runs the three controllers over every Service. `podsByNamespace` limits the selector scan to
 * the Service's namespace, so the cost is services × pods-per-namespace, not services × pods.
 */
export function runEndpointControllers(
  services: Service[], podsByNamespace: Map<string, Pod[]>, nodes: Map<string, Node>,
  userEndpoints: Endpoints[], userSlices: EndpointSlice[],
): EndpointControllersResult {
  const replaced = new Set<KObject>();
  const endpoints: Endpoints[] = [];
  const slices: EndpointSlice[] = [];
  const usedNames = new Set<string>();
  for (const s of userSlices) usedNames.add(`${s.metadata.namespace}/${s.metadata.name}`);
  const userEpByKey = new Map(userEndpoints.map((e) => [`${e.metadata.namespace}/${e.metadata.name}`, e]));
  // slices written by the two controllers are theirs to rewrite; others (hand-made) stay
  const slicedServices = new Set<string>();
  for (const s of userSlices) {
    const by = s.metadata.labels?.[MANAGED_BY_LABEL];
    if (by === SLICE_CONTROLLER || by === MIRROR_CONTROLLER) replaced.add(s);
    else if (s.metadata.labels?.[SERVICE_NAME_LABEL]) slicedServices.add(`${s.metadata.namespace}/${s.metadata.labels[SERVICE_NAME_LABEL]}`);
  }
  const byLabel = new PodLabelIndex(podsByNamespace);
  for (const svc of services) {
    if (svc.spec.type === 'ExternalName') continue; // the controllers skip ExternalName Services
    const key = `${svc.metadata.namespace}/${svc.metadata.name}`;
    if (hasSelector(svc)) {
      const pods = byLabel.select(svc.metadata.namespace!, svc.spec.selector!);
      const userEp = userEpByKey.get(key);
      if (userEp) replaced.add(userEp); // hand-made Endpoints are overwritten
      endpoints.push(endpointsFor(svc, pods));
      slices.push(...endpointSlicesFor(svc, pods, nodes, usedNames));
    } else {
      const userEp = userEpByKey.get(key);
      // skip-mirror is honoured when the file has the slice it points to; a dump of `get ep`
      // alone lacks it, so the Endpoints are mirrored anyway
      const skip = userEp?.metadata.labels?.['endpointslice.kubernetes.io/skip-mirror'] === 'true' && slicedServices.has(key);
      if (userEp && !skip) slices.push(...mirrorEndpoints(svc, userEp, usedNames));
    }
  }
  return { endpoints, slices, replaced };
}

/** Pods of a namespace by `key=value`, so a map selector starts from its rarest pair's pods. */
class PodLabelIndex {
  private readonly index = new Map<string, Map<string, Pod[]>>();
  constructor(private readonly podsByNamespace: Map<string, Pod[]>) {}
  private forNamespace(ns: string): Map<string, Pod[]> {
    let m = this.index.get(ns);
    if (!m) {
      m = new Map();
      for (const p of this.podsByNamespace.get(ns) ?? []) {
        const labels = p.metadata.labels ?? {};
        for (const k in labels) {
          const kv = `${k}=${labels[k]}`;
          const l = m.get(kv);
          if (l) l.push(p); else m.set(kv, [p]);
        }
      }
      this.index.set(ns, m);
    }
    return m;
  }
  select(ns: string, selector: Record<string, string>): Pod[] {
    const m = this.forNamespace(ns);
    let best: Pod[] | undefined;
    for (const k in selector) {
      const l = m.get(`${k}=${selector[k]}`);
      if (!l) return [];
      if (!best || l.length < best.length) best = l;
    }
    return (best ?? this.podsByNamespace.get(ns) ?? []).filter((p) => matchesMap(p.metadata.labels, selector));
  }
}
