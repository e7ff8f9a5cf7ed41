// The seam between routing and NetworkPolicy: route() asks policyHop() about every connection
// it delivers to a pod (or to an address no pod owns), and the netpol evaluator (sim/netpol)
// decides it. The PolicyIndex is built once per Cluster and kept beside it.
import type { ContainerPort, Hop, Node, Pod, Protocol } from './types.js';
import type { Cluster } from './cluster.js';
import { buildPolicyIndex, decide, type Endpoint, type NetworkPolicy, type PolicyIndex } from './netpol/index.js';
import { podIP } from './pods.js';

/**
 * One end of a connection as a NetworkPolicy evaluator needs it.
 * - pod: a pod (its IP is the pod's).
 * - node: a node itself (host network), with its IP.
 * - external: outside the cluster. `snatNode` is set when kube-proxy masqueraded the
 *   connection (externalTrafficPolicy Cluster), so the pod sees that node's address instead.
 * - ip: an address that no pod or node owns (a selectorless Service's hand-made endpoint).
 */
export type PolicyPeer =
  | { kind: 'pod'; pod: Pod; ip: string }
  | { kind: 'node'; node: Node; ip: string }
  | { kind: 'external'; snatNode?: { node: Node; ip: string } }
  | { kind: 'ip'; ip: string };

export interface PolicyVerdict {
  allowed: boolean;
  /** The evaluator's trace: which policy decided (or that none selects the pods), and on a deny the rules that miss. */
  hops: Hop[];
  /** "NS/NAME": on allow the policies whose rules let it through; on deny the policies that isolate the pod. */
  decidedBy: string[];
  /** On a deny: the policies ("NS/NAME") that refused it, by side (egress of the source, ingress of the destination). */
  denied?: { egress: string[]; ingress: string[] };
}

const indexes = new WeakMap<Cluster['index'], PolicyIndex>();

/** The cluster's NetworkPolicies, namespaces and pods, indexed once (keyed by the cluster's index). */
export function policyIndexOf(cluster: Cluster): PolicyIndex {
  let pix = indexes.get(cluster.index);
  if (pix) return pix;
  const ix = cluster.index;
  const policies = (ix.byKind.get('NetworkPolicy') ?? []) as NetworkPolicy[];
  const namespaces = [...ix.namespaces.values()].map((n) => ({ name: n.metadata.name!, ...(n.metadata.labels ? { labels: n.metadata.labels } : {}) }));
  // hostNetwork pods use their node's network namespace: NetworkPolicy does not apply to them
  // (docs "Network Policies": "the behavior for hostNetwork pods is undefined"); they count as their node.
  const pods = [...ix.pods.values()].filter((p) => !isHostNetwork(p)).map((p) => {
    const ports: ContainerPort[] = (p.spec?.containers ?? []).flatMap((c) => c.ports ?? []);
    const ip = podIP(p);
    return {
      namespace: p.metadata.namespace ?? 'default',
      name: p.metadata.name ?? '',
      ...(p.metadata.labels ? { labels: p.metadata.labels } : {}),
      ...(ip ? { ip } : {}),
      ports,
      ...(p.spec?.nodeName ? { nodeName: p.spec.nodeName } : {}),
    };
  });
  pix = buildPolicyIndex({ policies, namespaces, pods });
  indexes.set(cluster.index, pix);
  return pix;
}

function isHostNetwork(p: Pod): boolean {
  return !!(p.spec as { hostNetwork?: boolean } | undefined)?.hostNetwork;
}

function toEndpoint(peer: PolicyPeer): Endpoint {
  switch (peer.kind) {
    case 'pod':
      if (isHostNetwork(peer.pod)) return { ip: peer.ip, ...(peer.pod.spec?.nodeName ? { node: peer.pod.spec.nodeName } : {}) };
      return { pod: { namespace: peer.pod.metadata.namespace ?? 'default', name: peer.pod.metadata.name ?? '' }, ip: peer.ip };
    case 'node': return { ip: peer.ip, node: peer.node.metadata.name! };
    // masqueraded: the pod sees the node's address
    case 'external': return peer.snatNode ? { ip: peer.snatNode.ip, node: peer.snatNode.node.metadata.name! } : {};
    case 'ip': return { ip: peer.ip };
  }
}

/**
 * Is the connection src → dst on `port`/`protocol` (the destination pod's port, after the
 * Service's targetPort translation) allowed by the NetworkPolicies of both ends?
 */
export function policyHop(cluster: Cluster, src: PolicyPeer, dst: PolicyPeer, port: number, protocol: Protocol): PolicyVerdict {
  const pix = policyIndexOf(cluster);
  if (pix.policies.length === 0) {
    // one hop that reads the same for every endpoint, so a Service's endpoints share it
    return { allowed: true, decidedBy: [], hops: [{ step: 'policy', status: 'ok', detail: 'no NetworkPolicy selects either end (the cluster has none): allowed' }] };
  }
  const d = decide(pix, { src: toEndpoint(src), dst: toEndpoint(dst), port, protocol });
  const verdict: PolicyVerdict = { allowed: d.allowed, hops: d.hops, decidedBy: d.decidedBy };
  if (!d.allowed) verdict.denied = { egress: d.egress.allowed ? [] : d.egress.policies, ingress: d.ingress.allowed ? [] : d.ingress.policies };
  return verdict;
}
