// The seam between routing and NetworkPolicy: route() asks policyHop() about every connection
// it delivers to a pod (or to an address no pod owns). Until the NetworkPolicy evaluator is
// plugged in here, everything is allowed and no hop is added.
import type { Hop, Node, Pod, Protocol } from './types.js';
import type { Cluster } from './cluster.js';

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

export interface PolicyVerdict { allowed: boolean; hop?: Hop }

/**
 * Is the connection src → dst on `port`/`protocol` (the destination pod's port, after the
 * Service's targetPort translation) allowed by the NetworkPolicies of both ends?
 */
export function policyHop(cluster: Cluster, src: PolicyPeer, dst: PolicyPeer, port: number, protocol: Protocol): PolicyVerdict {
  void cluster; void src; void dst; void port; void protocol;
  return { allowed: true };
}
