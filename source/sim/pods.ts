// Facts about a pod that controllers, kube-proxy and DNS all ask (pkg/api/v1/pod util,
// pkg/controller/util/endpoint).
import type { Pod, Protocol, ServicePort } from './types.js';

export function podIP(pod: Pod): string | undefined {
  return pod.status?.podIP || pod.status?.podIPs?.[0]?.ip || undefined;
}

/** Succeeded and Failed pods are terminal: never endpoints, never reachable. */
export function isTerminal(pod: Pod): boolean {
  return pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed';
}

export function isTerminating(pod: Pod): boolean {
  return !!pod.metadata.deletionTimestamp;
}

/**
 * podutil.IsPodReady: the Ready condition is True. A hand-written status without a Ready
 * condition counts as ready when the pod is Running (the simulator's leniency for short files).
 */
export function isPodReady(pod: Pod): boolean {
  const ready = pod.status?.conditions?.find((c) => c.type === 'Ready');
  if (ready) return ready.status === 'True';
  const phase = pod.status?.phase;
  return phase === undefined || phase === 'Running';
}

/** Why a pod is not ready, in words (for traces). */
export function notReadyReason(pod: Pod): string {
  if (isTerminal(pod)) return `phase ${pod.status?.phase}`;
  if (isTerminating(pod)) return 'terminating (deletionTimestamp set)';
  if (!podIP(pod)) return `no IP yet (phase ${pod.status?.phase ?? 'Pending'})`;
  const ready = pod.status?.conditions?.find((c) => c.type === 'Ready');
  if (ready && ready.status !== 'True') return `Ready ${ready.status}${(ready as { reason?: string }).reason ? ` (${(ready as { reason?: string }).reason})` : ''}`;
  if (pod.status?.phase && pod.status.phase !== 'Running') return `phase ${pod.status.phase}`;
  return 'not ready';
}

/**
 * podutil.FindPort: a numeric targetPort is used as is; a named one is looked up in the pod's
 * containers by name AND protocol. Undefined when the pod has no such port.
 */
export function findPort(pod: Pod, sp: ServicePort): number | undefined {
  const tp = sp.targetPort ?? sp.port;
  if (typeof tp === 'number') return tp;
  const proto = sp.protocol ?? 'TCP';
  for (const c of allContainers(pod)) {
    for (const p of c.ports ?? []) {
      if (p.name === tp && (p.protocol ?? 'TCP') === proto) return p.containerPort;
    }
  }
  return undefined;
}

/** Containers that serve traffic: regular ones and restartable init containers (sidecars), as FindPort searches. */
export function allContainers(pod: Pod): Array<{ name: string; ports?: Array<{ name?: string; containerPort: number; protocol?: Protocol; hostPort?: number }> }> {
  const init = ((pod.spec as { initContainers?: Array<{ name: string; restartPolicy?: string; ports?: [] }> }).initContainers ?? []).filter((c) => c.restartPolicy === 'Always');
  return [...(pod.spec?.containers ?? []), ...init];
}

export function declaresPort(pod: Pod, port: number, protocol: Protocol): boolean {
  return allContainers(pod).some((c) => (c.ports ?? []).some((p) => p.containerPort === port && (p.protocol ?? 'TCP') === protocol));
}

export function declaredPorts(pod: Pod): string[] {
  return allContainers(pod).flatMap((c) => (c.ports ?? []).map((p) => `${p.containerPort}/${p.protocol ?? 'TCP'}${p.name ? ` (${p.name})` : ''}`));
}
