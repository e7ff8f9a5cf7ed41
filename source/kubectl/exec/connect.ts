// A TCP or UDP connection from a pod as the tools inside it see it, answered by the simulator:
// the name resolved by the pod's resolver (sim/dns.ts), the connection followed through
// Services, kube-proxy and NetworkPolicy (sim/route.ts), then what the client observes —
// an answer, "connection refused" (kube-proxy rejects a Service without endpoints; nothing
// listens on the pod's port) or a timeout (NetworkPolicy drops the packets).
import type { Pod, Protocol } from '../../sim/types.js';
import type { Cluster } from '../../sim/cluster.js';
import { resolveDns } from '../../sim/dns.js';
import { route } from '../../sim/route.js';
import { isIPv4 } from '../../sim/ip.js';

export type Connection =
  | { kind: 'ok'; ip: string; port: number; pod?: Pod; backend: string }
  | { kind: 'dns'; name: string }
  | { kind: 'refused'; ip: string; port: number; reason: string }
  | { kind: 'timeout'; ip: string; port: number; reason: string };

/** The images whose server answers on a known port, whatever containerPort says. */
const IMAGE_PORTS: Array<[RegExp, number]> = [[/(^|\/)(nginx|httpd|apache|caddy|traefik\/whoami)/, 80]];

/** Whether something listens on the pod's port: its declared ports, else its image's. */
export function listensOn(pod: Pod, port: number, protocol: Protocol): boolean {
  const declared = (pod.spec?.containers ?? []).flatMap((c) => c.ports ?? []);
  if (declared.some((p) => p.containerPort === port && (p.protocol ?? 'TCP') === protocol)) return true;
  for (const c of pod.spec?.containers ?? []) for (const [re, p] of IMAGE_PORTS) if (re.test(c.image ?? '') && p === port && protocol === 'TCP') return true;
  const knownImage = (pod.spec?.containers ?? []).some((c) => IMAGE_PORTS.some(([re]) => re.test(c.image ?? '')));
  return declared.length === 0 && !knownImage;
}

export function connect(cluster: Cluster, from: Pod, host: string, port: number, protocol: Protocol, pick: number): Connection {
  const fromRef = `${from.metadata.namespace}/${from.metadata.name}`;
  let ip = host;
  if (!isIPv4(host)) {
    const dns = resolveDns(cluster, { name: host, type: 'A', from: fromRef });
    if (dns.answers.length === 0) return { kind: 'dns', name: host };
    ip = dns.answers[pick % dns.answers.length];
  }
  const r = route(cluster, { from: fromRef, to: `${ip}:${port}`, protocol });
  if (r.reachable) {
    const backend = r.backends[pick % r.backends.length];
    const m = /^([^/]+)\/(.+):(\d+)$/.exec(backend);
    const pod = m ? cluster.index.pods.get(`${m[1]}/${m[2]}`) : undefined;
    const podPort = m ? Number(m[3]) : port;
    if (pod && !listensOn(pod, podPort, protocol)) return { kind: 'refused', ip, port, reason: `nothing listens on port ${podPort} of pod ${m![1]}/${m![2]}` };
    return { kind: 'ok', ip, port, backend, ...(pod ? { pod } : {}) };
  }
  const fail = r.hops.find((h) => h.status === 'fail');
  const step = fail?.step ?? 'route';
  // kube-proxy REJECTs traffic to a Service without endpoints; a finished pod or an unused
  // node port answers with a reset; NetworkPolicy and unknown addresses drop packets.
  if (step === 'endpoints' || step === 'pod' || step === 'node') return { kind: 'refused', ip, port, reason: r.reason };
  if (step === 'dns') return { kind: 'dns', name: host };
  return { kind: 'timeout', ip, port, reason: r.reason };
}
