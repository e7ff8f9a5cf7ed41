// Nodes, scheduling and pod IPs: what kubeadm, the scheduler, the node IPAM controller and the
// CNI (host-local IPAM, as flannel uses it) would have done for a cluster described by a file.
import type { Node, Pod } from './types.js';
import { formatIPv4, parseCidr, parseIPv4, cidrContains } from './ip.js';

export const DEFAULT_NODE = 'controlplane';
const FIRST_NODE_IP = parseIPv4('172.18.0.2')!; // kind/kubeadm-in-docker style node addresses

export function nodeInternalIP(node: Node): string | undefined {
  return node.status?.addresses?.find((a) => a.type === 'InternalIP')?.address;
}

export interface NodePlan {
  /** Every node, declared ones first in file order, then those only named by pods. */
  nodes: Node[];
  /** The nodes the file did not declare (controller-made, omitted on --write). */
  implicit: Node[];
}

/**
 * Nodes exist as declared and as named by pods' spec.nodeName, plus `controlplane` when none is
 * named. Addresses and pod CIDRs the file leaves out are filled in order: 172.18.0.2, .3, ...
 * and, like kubeadm's node IPAM with flannel, node i gets the i-th /24 of the pod CIDR.
 */
export function planNodes(declared: Node[], podNodes: Array<{ nodeName?: string; hostIP?: string }>, podCIDR: string): NodePlan {
  const byName = new Map<string, Node>();
  const nodes: Node[] = [];
  for (const n of declared) { byName.set(n.metadata.name!, n); nodes.push(n); }
  const implicit: Node[] = [];
  const addImplicit = (name: string, hostIP?: string) => {
    const n: Node = {
      apiVersion: 'v1', kind: 'Node',
      metadata: { name, labels: { 'kubernetes.io/arch': 'amd64', 'kubernetes.io/hostname': name, 'kubernetes.io/os': 'linux', ...(name === DEFAULT_NODE ? { 'node-role.kubernetes.io/control-plane': '' } : {}) } },
      spec: {},
      // a dump of `get all -A` has no nodes, but its pods' status.hostIP tells their addresses
      status: hostIP ? { addresses: [{ type: 'InternalIP', address: hostIP }, { type: 'Hostname', address: name }] } : {},
    };
    byName.set(name, n); nodes.push(n); implicit.push(n);
  };
  for (const p of podNodes) if (p.nodeName && !byName.has(p.nodeName)) addImplicit(p.nodeName, p.hostIP);
  if (nodes.length === 0) addImplicit(DEFAULT_NODE);

  const usedIPs = new Set<number>();
  for (const n of nodes) { const ip = nodeInternalIP(n); const v = ip ? parseIPv4(ip) : undefined; if (v !== undefined) usedIPs.add(v); }
  let nextIP = FIRST_NODE_IP;
  const pod = parseCidr(podCIDR) ?? parseCidr('10.244.0.0/16')!;
  nodes.forEach((n, i) => {
    const status = ((n as { status?: Node['status'] }).status ??= {});
    if (!nodeInternalIP(n)) {
      while (usedIPs.has(nextIP)) nextIP++;
      usedIPs.add(nextIP);
      status.addresses = [{ type: 'InternalIP', address: formatIPv4(nextIP) }, { type: 'Hostname', address: n.metadata.name! }, ...(status.addresses ?? [])];
    }
    status.conditions ??= [{ type: 'Ready', status: 'True' }];
    const spec = ((n as { spec?: Record<string, unknown> }).spec ??= {});
    if (!spec.podCIDR && pod.bits <= 24) {
      const cidr = `${formatIPv4(pod.base + i * 256)}/24`;
      if (i * 256 < pod.size) { spec.podCIDR = cidr; spec.podCIDRs = [cidr]; }
    }
  });
  return { nodes, implicit };
}

function schedulable(n: Node): boolean {
  const spec = (n as { spec?: { unschedulable?: boolean; taints?: Array<{ effect?: string }> } }).spec;
  if (spec?.unschedulable) return false;
  return !(spec?.taints ?? []).some((t) => t.effect === 'NoSchedule' || t.effect === 'NoExecute');
}

/**
 * Pods without spec.nodeName go to nodes round-robin in file order (a stand-in for the
 * scheduler's spreading). Tainted or cordoned nodes are skipped while an untainted one exists;
 * pod tolerations are not considered.
 */
export function schedulePods(pods: Pod[], nodes: Node[]): void {
  let candidates = nodes.filter(schedulable);
  if (candidates.length === 0) candidates = nodes;
  let next = 0;
  for (const p of pods) {
    if (p.spec?.nodeName) continue;
    if (p.status?.phase && p.status.phase === 'Pending' && !p.status.podIP) continue; // unscheduled as the file says
    (p.spec ??= { containers: [] }).nodeName = candidates[next % candidates.length]!.metadata.name!;
    next++;
  }
}

/**
 * Status for pods the file gives none: Running and Ready with an IP from their node's pod CIDR
 * (host-local IPAM hands out .2 upward; .1 is the bridge). A status the file gives is kept;
 * a Running pod without an IP gets one. IPs already used by explicit statuses are skipped.
 */
export function assignPodStatus(pods: Pod[], nodes: Node[], podCIDR: string): void {
  const used = new Set<number>();
  for (const p of pods) {
    const ip = p.status?.podIP ? parseIPv4(p.status.podIP) : undefined;
    if (ip !== undefined) used.add(ip);
  }
  const cluster = parseCidr(podCIDR) ?? parseCidr('10.244.0.0/16')!;
  const nodeByName = new Map(nodes.map((n) => [n.metadata.name!, n]));
  const cursor = new Map<string, number>();
  let spill = cluster.base + cluster.size - 2; // when a node's range is full: the top of the pod CIDR, downward
  const nextIP = (node: Node | undefined): number | undefined => {
    const cidr = parseCidr(String((node as { spec?: { podCIDR?: string } } | undefined)?.spec?.podCIDR ?? ''));
    if (cidr) {
      const name = node!.metadata.name!;
      let c = cursor.get(name) ?? cidr.base + 2;
      while (c < cidr.base + cidr.size - 1 && used.has(c)) c++;
      if (c < cidr.base + cidr.size - 1) { cursor.set(name, c + 1); used.add(c); return c; }
    }
    while (spill > cluster.base && (used.has(spill) || (spill & 255) === 0 || (spill & 255) === 255 || (spill & 255) === 1)) spill--;
    if (spill <= cluster.base || !cidrContains(cluster, spill)) return undefined;
    used.add(spill);
    return spill--;
  };
  for (const p of pods) {
    const node = p.spec?.nodeName ? nodeByName.get(p.spec.nodeName) : undefined;
    const hostIP = node ? nodeInternalIP(node) : undefined;
    if (!p.status) {
      if (!node) { p.status = { phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False' }] }; continue; }
      // a host-network pod has its node's address
      const hostNetwork = !!(p.spec as { hostNetwork?: boolean }).hostNetwork;
      const ipn = hostNetwork ? undefined : nextIP(node);
      const ip = hostNetwork ? hostIP : ipn === undefined ? undefined : formatIPv4(ipn);
      p.status = {
        phase: 'Running',
        conditions: [
          { type: 'PodReadyToStartContainers', status: 'True' },
          { type: 'Initialized', status: 'True' },
          { type: 'Ready', status: 'True' },
          { type: 'ContainersReady', status: 'True' },
          { type: 'PodScheduled', status: 'True' },
        ],
        ...(hostIP ? { hostIP, hostIPs: [{ ip: hostIP }] } : {}),
        ...(ip ? { podIP: ip, podIPs: [{ ip }] } : {}),
        qosClass: 'BestEffort',
      };
      continue;
    }
    const st = p.status;
    if (!st.podIP && st.podIPs?.[0]?.ip) st.podIP = st.podIPs[0].ip;
    if (st.podIP && !st.podIPs) st.podIPs = [{ ip: st.podIP }];
    const phase = st.phase ?? 'Running';
    if (!st.podIP && phase === 'Running' && node && (p.spec as { hostNetwork?: boolean }).hostNetwork && hostIP) {
      st.podIP = hostIP; st.podIPs = [{ ip: hostIP }];
    }
    if (!st.podIP && phase === 'Running' && node) {
      const ipn = nextIP(node);
      if (ipn !== undefined) { st.podIP = formatIPv4(ipn); st.podIPs = [{ ip: st.podIP }]; }
      st.phase = 'Running';
    }
    if (!st.hostIP && hostIP && st.podIP) st.hostIP = hostIP;
  }
}
