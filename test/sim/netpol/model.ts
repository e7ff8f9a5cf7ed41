// The e2e netpol model (test/e2e/network/netpol): namespaces x, y, z labelled ns=<name>, pods a, b, c
// labelled pod=<name>, each serving 80 and 81 over TCP and UDP on ports named serve-80-tcp etc.
// Truth tables print '.' for allowed and 'X' for blocked, rows = from, columns = to.
import { buildPolicyIndex, decide, type NetworkPolicy, type NetworkPolicySpec, type PolicyIndex, type PolicyPod } from '../../../source/sim/netpol/index.js';
import type { ContainerPort, Protocol } from '../../../source/sim/types.js';

export const NAMESPACES = ['x', 'y', 'z'] as const;
export const PODS = ['a', 'b', 'c'] as const;

const ports: ContainerPort[] = [80, 81].flatMap((p) => (['TCP', 'UDP'] as const).map((proto) => ({ name: `serve-${p}-${proto.toLowerCase()}`, containerPort: p, protocol: proto })));

/** x/a = 10.244.1.1, y/b = 10.244.2.2, z/c = 10.244.3.3 */
export function podIP(ns: string, pod: string): string {
  return `10.244.${NAMESPACES.indexOf(ns as never) + 1}.${PODS.indexOf(pod as never) + 1}`;
}

export const modelPods: PolicyPod[] = NAMESPACES.flatMap((ns) => PODS.map((p) => ({ namespace: ns, name: p, labels: { pod: p }, ip: podIP(ns, p), ports })));

export function policy(namespace: string, name: string, spec: NetworkPolicySpec): NetworkPolicy {
  return { apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { namespace, name }, spec };
}

export function modelIndex(...policies: NetworkPolicy[]): PolicyIndex {
  return buildPolicyIndex({ policies, namespaces: NAMESPACES.map((n) => ({ name: n, labels: { ns: n } })), pods: modelPods });
}

export function truthTable(index: PolicyIndex, port: number, protocol: Protocol = 'TCP'): string {
  const all = modelPods.map((p) => `${p.namespace}/${p.name}`);
  const lines = ['     ' + all.join(' ')];
  for (const from of all) {
    const cells = all.map((to) => (decide(index, { src: { pod: from }, dst: { pod: to }, port, protocol }).allowed ? '.' : 'X'));
    lines.push(`${from}  ${cells.join('   ')}`);
  }
  return lines.join('\n');
}

/** A table written in a template literal: drop the first and last line breaks. */
export function tbl(s: string): string {
  return s.replace(/^\n/, '').replace(/\n\s*$/, '');
}
