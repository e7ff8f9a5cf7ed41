// Which endpoints kube-proxy sends a connection to (pkg/proxy/topology.go CategorizeEndpoints,
// and the iptables/nftables proxiers' external-traffic chains).
import type { ProxyEndpoint } from './cluster-index.js';

/** The usable endpoints for the Cluster policy: ready ones, else serving-and-terminating ones. */
export function clusterEndpoints(all: ProxyEndpoint[]): { endpoints: ProxyEndpoint[]; terminatingFallback: boolean } {
  const ready = all.filter((e) => e.ready);
  if (ready.length) return { endpoints: ready, terminatingFallback: false };
  // "if there are 0 cluster-wide endpoints, we can try to fallback to any terminating endpoints that are ready"
  const term = all.filter((e) => e.serving && e.terminating);
  return { endpoints: term, terminatingFallback: term.length > 0 };
}

/** The usable endpoints for the Local policy on `node`: local ready ones, else local serving-terminating ones. */
export function localEndpoints(all: ProxyEndpoint[], node: string): { endpoints: ProxyEndpoint[]; terminatingFallback: boolean } {
  const ready = all.filter((e) => e.ready && e.nodeName === node);
  if (ready.length) return { endpoints: ready, terminatingFallback: false };
  const term = all.filter((e) => e.serving && e.terminating && e.nodeName === node);
  return { endpoints: term, terminatingFallback: term.length > 0 };
}

export function proxyModeName(mode: string): string {
  switch (mode) {
    case 'ipvs': return 'kube-proxy (ipvs mode, deprecated since v1.35 in favour of nftables)';
    case 'nftables': return 'kube-proxy (nftables mode)';
    case 'userspace': return 'kube-proxy (userspace mode, removed in v1.26; treated as iptables)';
    default: return 'kube-proxy (iptables mode)';
  }
}
