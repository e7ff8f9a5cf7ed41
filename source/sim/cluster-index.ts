// The cluster turned into lookup maps once (STYLE.md §2, as kube-proxy's service and endpoints
// maps), so route, DNS and policy questions are lookups rather than scans.
import type { EndpointSlice, KObject, Namespace, Node, Pod, Protocol, Service, ServicePort } from './types.js';
import { nodeInternalIP } from './nodes.js';
import { objectRef } from './meta.js';
import { podIP } from './pods.js';
import { SERVICE_NAME_LABEL } from './controllers/endpoints.js';

/** One endpoint of one Service port, as kube-proxy's endpointslicecache sees it. */
export interface ProxyEndpoint {
  ip: string;
  /** The pod-side port (the resolved targetPort). */
  port: number;
  ready: boolean;
  serving: boolean;
  terminating: boolean;
  nodeName?: string;
  hostname?: string;
  /** The pod behind the address (targetRef, or the pod that has this IP). */
  pod?: Pod;
}

/** One address of a Service (any port), as CoreDNS reads it. */
export interface EndpointAddressInfo { ip: string; ready: boolean; hostname?: string; nodeName?: string; pod?: Pod }

export interface ServiceEndpoints {
  /** Keyed by `portName/PROTOCOL` (proxy.ServicePortName): the Service port's endpoints. */
  byPort: Map<string, ProxyEndpoint[]>;
  addresses: EndpointAddressInfo[];
  slices: EndpointSlice[];
}

export interface NodePortEntry { service: Service; port: ServicePort }

export interface ClusterIndex {
  byRef: Map<string, KObject>;
  byKind: Map<string, KObject[]>;
  namespaces: Map<string, Namespace>;
  nodes: Map<string, Node>;
  nodeOrder: Node[];
  nodeByIP: Map<string, Node>;
  pods: Map<string, Pod>; // ns/name
  podsByNamespace: Map<string, Pod[]>;
  podsByNode: Map<string, Pod[]>;
  podByIP: Map<string, Pod>;
  services: Map<string, Service>; // ns/name
  servicesByNamespace: Map<string, Service[]>;
  serviceByClusterIP: Map<string, Service>;
  serviceByNodePort: Map<string, NodePortEntry>; // `30080/TCP`
  servicesByLoadBalancerIP: Map<string, Service[]>;
  servicesByExternalIP: Map<string, Service[]>;
  endpoints: Map<string, ServiceEndpoints>; // by Service ns/name
}

export function portKey(name: string | undefined, protocol: Protocol | undefined): string {
  return `${name ?? ''}/${protocol ?? 'TCP'}`;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const l = m.get(k);
  if (l) l.push(v); else m.set(k, [v]);
}

export function buildIndex(all: KObject[]): ClusterIndex {
  const ix: ClusterIndex = {
    byRef: new Map(), byKind: new Map(), namespaces: new Map(), nodes: new Map(), nodeOrder: [], nodeByIP: new Map(),
    pods: new Map(), podsByNamespace: new Map(), podsByNode: new Map(), podByIP: new Map(),
    services: new Map(), servicesByNamespace: new Map(), serviceByClusterIP: new Map(), serviceByNodePort: new Map(),
    servicesByLoadBalancerIP: new Map(), servicesByExternalIP: new Map(), endpoints: new Map(),
  };
  const slices: EndpointSlice[] = [];
  for (const o of all) {
    ix.byRef.set(objectRef(o), o);
    push(ix.byKind, o.kind, o);
    const ns = o.metadata.namespace ?? '';
    const key = `${ns}/${o.metadata.name}`;
    switch (o.kind) {
      case 'Namespace': ix.namespaces.set(o.metadata.name!, o as Namespace); break;
      case 'Node': {
        const n = o as Node;
        ix.nodes.set(n.metadata.name!, n); ix.nodeOrder.push(n);
        for (const a of n.status?.addresses ?? []) if (a.type === 'InternalIP' || a.type === 'ExternalIP') ix.nodeByIP.set(a.address, n);
        break;
      }
      case 'Pod': {
        const p = o as Pod;
        ix.pods.set(key, p);
        push(ix.podsByNamespace, ns, p);
        if (p.spec?.nodeName) push(ix.podsByNode, p.spec.nodeName, p);
        const ip = podIP(p);
        // host-network pods share their node's IP; the node keeps it in the index
        if (ip && !(p.spec as { hostNetwork?: boolean } | undefined)?.hostNetwork) {
          // several pods with one IP: a terminal pod's IP may be reused, so a live pod wins
          const prev = ix.podByIP.get(ip);
          if (!prev || prev.status?.phase === 'Succeeded' || prev.status?.phase === 'Failed') ix.podByIP.set(ip, p);
        }
        break;
      }
      case 'Service': {
        const s = o as Service;
        ix.services.set(key, s);
        push(ix.servicesByNamespace, ns, s);
        for (const ip of s.spec?.clusterIPs ?? (s.spec?.clusterIP ? [s.spec.clusterIP] : [])) if (ip && ip !== 'None') ix.serviceByClusterIP.set(ip, s);
        if (s.spec?.type === 'NodePort' || s.spec?.type === 'LoadBalancer')
          for (const p of s.spec.ports ?? []) if (p.nodePort) ix.serviceByNodePort.set(`${p.nodePort}/${p.protocol ?? 'TCP'}`, { service: s, port: p });
        if (s.spec?.type === 'LoadBalancer')
          for (const ing of s.status?.loadBalancer?.ingress ?? []) if (ing.ip) push(ix.servicesByLoadBalancerIP, ing.ip, s);
        if (s.spec?.type !== 'ExternalName') for (const ip of s.spec?.externalIPs ?? []) push(ix.servicesByExternalIP, ip, s);
        break;
      }
      case 'EndpointSlice': slices.push(o as EndpointSlice); break;
    }
  }
  for (const n of ix.nodeOrder) { const ip = nodeInternalIP(n); if (ip) ix.nodeByIP.set(ip, n); }

  // endpointslicecache: a slice belongs to the Service its kubernetes.io/service-name label names
  const dedup = new Map<string, Map<string, Map<string, ProxyEndpoint>>>(); // svc -> port -> ip:port -> endpoint
  const seenAddr = new Map<string, Set<string>>();
  for (const es of slices) {
    const svcName = es.metadata.labels?.[SERVICE_NAME_LABEL];
    if (!svcName || es.addressType === 'FQDN') continue;
    const key = `${es.metadata.namespace}/${svcName}`;
    if (!ix.services.has(key)) continue;
    let se = ix.endpoints.get(key);
    if (!se) { se = { byPort: new Map(), addresses: [], slices: [] }; ix.endpoints.set(key, se); dedup.set(key, new Map()); seenAddr.set(key, new Set()); }
    se.slices.push(es);
    const ports = dedup.get(key)!;
    const seen = seenAddr.get(key)!;
    for (const ep of es.endpoints ?? []) {
      const ip = ep.addresses?.[0];
      if (!ip) continue;
      // EndpointConditions: nil ready means ready; nil serving follows ready; nil terminating is false
      const ready = ep.conditions?.ready ?? true;
      const serving = ep.conditions?.serving ?? ready;
      const terminating = ep.conditions?.terminating ?? false;
      const ref = ep.targetRef;
      const pod = ref?.kind === 'Pod' ? ix.pods.get(`${ref.namespace ?? es.metadata.namespace}/${ref.name}`) : ix.podByIP.get(ip);
      const nodeName = ep.nodeName ?? pod?.spec?.nodeName;
      if (!seen.has(ip)) {
        seen.add(ip);
        se.addresses.push({ ip, ready, ...(ep.hostname ? { hostname: ep.hostname } : {}), ...(nodeName ? { nodeName } : {}), ...(pod ? { pod } : {}) });
      }
      for (const p of es.ports ?? []) {
        if (p.port === undefined || p.port === null) continue;
        const k = portKey(p.name, p.protocol);
        let m = ports.get(k);
        if (!m) { m = new Map(); ports.set(k, m); }
        const entry: ProxyEndpoint = { ip, port: p.port, ready, serving, terminating, ...(nodeName ? { nodeName } : {}), ...(ep.hostname ? { hostname: ep.hostname } : {}), ...(pod ? { pod } : {}) };
        const prev = m.get(`${ip}:${p.port}`);
        if (!prev || (!prev.ready && ready)) m.set(`${ip}:${p.port}`, entry); // the same address in two slices: a ready copy wins
      }
    }
  }
  for (const [key, ports] of dedup) {
    const se = ix.endpoints.get(key)!;
    for (const [k, m] of ports) se.byPort.set(k, [...m.values()]);
  }
  return ix;
}
