// "Why can't A reach B": a connection from a pod, a node or the outside to HOST:PORT, followed
// through cluster DNS, Services and kube-proxy (pkg/proxy/iptables|nftables proxier.go,
// pkg/proxy/topology.go) to the pods it may land on, with NetworkPolicy asked at the end.
import type { Hop, Node, Pod, Protocol, Service, ServicePort } from './types.js';
import type { Cluster } from './cluster.js';
import type { ProxyEndpoint } from './cluster-index.js';
import { portKey } from './cluster-index.js';
import { resolveDns } from './dns.js';
import { isIPv4 } from './ip.js';
import { nodeInternalIP } from './nodes.js';
import { declaredPorts, declaresPort, isPodReady, isTerminal, notReadyReason, podIP } from './pods.js';
import { clusterEndpoints, localEndpoints, proxyModeName } from './proxy.js';
import { explainNoEndpoints, explainNoSuchPort } from './diagnose.js';
import { policyHop, type PolicyPeer } from './netpol-seam.js';

export interface RouteQuery {
  /** `NS/POD`, `node/NAME` or `external`. */
  from: string;
  /** `HOST:PORT`: a Service DNS name, a ClusterIP, a node IP (NodePort), a LoadBalancer or external IP, or a pod IP. */
  to: string;
  protocol?: Protocol;
}

export interface RouteResult {
  reachable: boolean;
  /** `NS/POD:PORT` (pod-side port) or `IP:PORT` for an endpoint no pod owns. */
  backends: string[];
  hops: Hop[];
  reason: string;
  /** A usage problem (bad --to, a --from that names nothing): the CLI exits 2. */
  error?: string;
}

type Client =
  | { kind: 'pod'; pod: Pod; ip: string; nodeName?: string; label: string }
  | { kind: 'node'; node: Node; ip: string; nodeName: string; label: string }
  | { kind: 'external'; label: string };

type Entry = 'clusterIP' | 'nodePort' | 'loadBalancer' | 'externalIP';

interface Ctx { cluster: Cluster; client: Client; port: number; protocol: Protocol; hops: Hop[] }

interface Outcome { backends: string[]; reason: string }

const PROTOCOLS: Protocol[] = ['TCP', 'UDP', 'SCTP'];

export function route(cluster: Cluster, q: RouteQuery): RouteResult {
  const protocol = (q.protocol ?? 'TCP').toUpperCase() as Protocol;
  if (!PROTOCOLS.includes(protocol)) return usage(`unsupported protocol "${q.protocol}": use TCP, UDP or SCTP`);
  const client = resolveClient(cluster, q.from);
  if (typeof client === 'string') return usage(client);
  const m = /^(.+):(\d+)$/.exec(q.to.trim());
  if (!m) return usage(`--to must be HOST:PORT (a port number), got "${q.to}"`);
  const host = m[1]!;
  const port = Number(m[2]);
  if (port < 1 || port > 65535) return usage(`port ${port} is out of range 1-65535`);

  const ctx: Ctx = { cluster, client, port, protocol, hops: [] };
  if (client.kind === 'pod') {
    const p = client.pod;
    if (isTerminal(p) || !client.ip)
      return fail(ctx, 'pod', `the client pod ${ref(p)} cannot open connections: ${notReadyReason(p)}`);
  }

  let destinations: string[];
  let viaName: string | undefined;
  if (isIPv4(host)) destinations = [host];
  else {
    if (client.kind !== 'pod') {
      const who = client.kind === 'node' ? `node ${client.nodeName} resolves names with its own /etc/resolv.conf, which does not point at cluster DNS` : 'a client outside the cluster cannot ask cluster DNS';
      return fail(ctx, 'dns', `${who}, so "${host}" does not resolve there; connect to the ClusterIP (from a node) or to a NodePort / LoadBalancer address (from outside)`);
    }
    const r = resolveDns(cluster, { name: host, type: 'A', from: `${client.pod.metadata.namespace}/${client.pod.metadata.name}` });
    ctx.hops.push(...r.hops.slice(1));
    if (r.answers.length === 0) {
      const target = r.cname?.replace(/\.$/, '');
      const zone = cluster.settings.clusterDomain;
      if (target && (target === zone || target.endsWith(`.${zone}`)))
        return done(ctx, [], `${host} is an ExternalName Service, an alias (CNAME) for ${target}, which does not resolve: ${r.hops[r.hops.length - 1]?.detail ?? ''}`);
      if (target) return done(ctx, [], `${host} is an ExternalName Service, a DNS alias (CNAME) for ${target} outside the cluster; no Service proxying happens and the simulator does not follow traffic out of the cluster`);
      return done(ctx, [], `"${host}" does not resolve from ${client.label}: ${dnsFailure(cluster, host, client.pod, r.hops)}`);
    }
    destinations = r.answers;
    viaName = host;
  }

  const ix = cluster.index;
  const podAnswers = viaName !== undefined && destinations.every((d) => ix.podByIP.has(d) && !ix.serviceByClusterIP.has(d) && !ix.nodeByIP.has(d));
  if (!podAnswers) {
    const out = toAddress(ctx, destinations[0]!);
    return done(ctx, out.backends, out.reason);
  }
  // a headless Service's records: the client connects straight to a pod address
  const backends: string[] = [];
  let lastReason = '';
  for (const ip of destinations) { const out = toAddress(ctx, ip); backends.push(...out.backends); lastReason = out.reason; }
  const addresses = destinations.length === 1 ? 'a pod address' : `${destinations.length} pod addresses`;
  const reason = backends.length
    ? `${cap(client.label)} resolves ${viaName} to ${addresses} (a headless Service's records: no ClusterIP, no kube-proxy) and connects directly to ${backends.join(', ')}`
    : `${cap(client.label)} resolves ${viaName} to ${addresses} (a headless Service's records) but reaches none on ${port}/${protocol}: ${lastReason}`;
  return done(ctx, backends, reason);
}

/**
 * The most telling failed try: for `web` the client's own namespace (web.NS.svc.DOMAIN), for
 * `web.prod` the form that names a namespace (web.prod.svc.DOMAIN); else the last one.
 */
function dnsFailure(cluster: Cluster, host: string, pod: Pod, hops: Hop[]): string {
  const zone = cluster.settings.clusterDomain;
  const h = host.toLowerCase().replace(/\.$/, '');
  const preferred = h.includes('.') ? `${h}.svc.${zone}` : `${h}.${pod.metadata.namespace}.svc.${zone}`;
  const hop = hops.find((x) => x.detail.startsWith(`${preferred} `)) ?? hops[hops.length - 1];
  return (hop?.detail ?? 'NXDOMAIN').replace(/; trying the next name$/, '');
}

// ---- the client ----------------------------------------------------------------------------

function resolveClient(cluster: Cluster, from: string): Client | string {
  const f = from.trim();
  if (f === 'external') return { kind: 'external', label: 'a client outside the cluster' };
  if (f.startsWith('node/')) {
    const name = f.slice(5);
    const node = cluster.index.nodes.get(name);
    if (!node) return `no node named "${name}" in the cluster (nodes: ${cluster.index.nodeOrder.map((n) => n.metadata.name).join(', ')})`;
    return { kind: 'node', node, ip: nodeInternalIP(node) ?? '', nodeName: name, label: `node ${name}` };
  }
  const ref = f.includes('/') ? f : `default/${f}`;
  const pod = cluster.index.pods.get(ref);
  if (!pod) {
    const [ns, name] = ref.split('/') as [string, string];
    const elsewhere = [...cluster.index.pods.values()].filter((p) => p.metadata.name === name).map((p) => p.metadata.namespace);
    return `no pod "${name}" in namespace ${ns}${elsewhere.length ? ` (there is one in ${elsewhere.slice(0, 3).join(', ')})` : ''}; --from takes NS/POD, node/NAME or external`;
  }
  return { kind: 'pod', pod, ip: podIP(pod) ?? '', ...(pod.spec?.nodeName ? { nodeName: pod.spec.nodeName } : {}), label: `pod ${ref}` };
}

function clientPeer(client: Client, snatNode?: Node): PolicyPeer {
  if (client.kind === 'pod') return { kind: 'pod', pod: client.pod, ip: client.ip };
  if (client.kind === 'node') return { kind: 'node', node: client.node, ip: client.ip };
  return snatNode ? { kind: 'external', snatNode: { node: snatNode, ip: nodeInternalIP(snatNode) ?? '' } } : { kind: 'external' };
}

// ---- an address --------------------------------------------------------------------------

function toAddress(ctx: Ctx, ip: string): Outcome {
  const { cluster, client, port, protocol } = ctx;
  const ix = cluster.index;
  const svc = ix.serviceByClusterIP.get(ip);
  if (svc) {
    if (client.kind === 'external')
      return failed(ctx, 'service', `${ip} is the ClusterIP of Service ${ref(svc)}: a virtual address that kube-proxy answers only inside the cluster (from pods and nodes); from outside use a NodePort, a LoadBalancer or an Ingress`);
    const sp = findServicePort(svc, port, protocol);
    if (!sp) return failed(ctx, 'port', explainNoSuchPort(svc, port, protocol));
    ctx.hops.push({ step: 'service', status: 'ok', detail: `${ip}:${port}/${protocol} is the ClusterIP of Service ${ref(svc)}, port ${portName(sp)} → targetPort ${sp.targetPort ?? sp.port}` });
    return viaService(ctx, svc, sp, 'clusterIP', ip);
  }
  let portless: string | undefined;
  for (const [entry, list] of [['loadBalancer', ix.servicesByLoadBalancerIP.get(ip)], ['externalIP', ix.servicesByExternalIP.get(ip)]] as const) {
    for (const s of list ?? []) {
      const sp = findServicePort(s, port, protocol);
      if (!sp) { portless ??= explainNoSuchPort(s, port, protocol); continue; }
      const what = entry === 'loadBalancer' ? 'a load-balancer ingress IP' : 'an externalIP';
      ctx.hops.push({ step: 'service', status: 'ok', detail: `${ip}:${port}/${protocol} is ${what} of Service ${ref(s)} (type ${s.spec.type}), port ${portName(sp)} → targetPort ${sp.targetPort ?? sp.port}` });
      return viaService(ctx, s, sp, entry, ip);
    }
  }
  const node = ix.nodeByIP.get(ip);
  if (node) {
    const np = ix.serviceByNodePort.get(`${port}/${protocol}`);
    if (np) {
      ctx.hops.push({ step: 'service', status: 'ok', detail: `${ip} is node ${node.metadata.name}; NodePort ${port}/${protocol} belongs to Service ${ref(np.service)} (type ${np.service.spec.type}), port ${portName(np.port)} → targetPort ${np.port.targetPort ?? np.port.port}` });
      return viaService(ctx, np.service, np.port, 'nodePort', ip, node);
    }
    // the CNI portmap plugin: a container's hostPort answers on its node's address
    for (const p of ix.podsByNode.get(node.metadata.name!) ?? []) {
      for (const c of p.spec?.containers ?? []) for (const cp of c.ports ?? []) {
        if (cp.hostPort === port && (cp.protocol ?? 'TCP') === protocol) {
          ctx.hops.push({ step: 'node', status: 'ok', detail: `${ip}:${port} is hostPort ${port} of pod ${ref(p)} on node ${node.metadata.name}, forwarded to its containerPort ${cp.containerPort}` });
          return toPod(ctx, p, cp.containerPort, true);
        }
      }
    }
    if (portless) return failed(ctx, 'port', portless);
    const nodePorts = [...ix.serviceByNodePort.entries()].slice(0, 4).map(([k, e]) => `${ref(e.service)} ${k}`);
    return failed(ctx, 'node', `${ip} is node ${node.metadata.name}, but nothing in the cluster serves its port ${port}/${protocol}: no Service has NodePort ${port}${port < cluster.settings.nodePortRange[0] || port > cluster.settings.nodePortRange[1] ? ` (NodePorts are ${cluster.settings.nodePortRange[0]}-${cluster.settings.nodePortRange[1]})` : ''} and no pod there has hostPort ${port}${nodePorts.length ? `; NodePorts in use: ${nodePorts.join(', ')}` : ''}`);
  }
  const pod = ix.podByIP.get(ip);
  if (pod) return toPod(ctx, pod, port, false);
  if (portless) return failed(ctx, 'port', portless);
  return failed(ctx, 'route', `${ip} is not the address of a Service, node or pod in this cluster; the simulator does not follow traffic outside it`);
}

function findServicePort(svc: Service, port: number, protocol: Protocol): ServicePort | undefined {
  // kube-proxy programs only (IP, port, protocol) tuples the Service declares
  return (svc.spec.ports ?? []).find((p) => p.port === port && (p.protocol ?? 'TCP') === protocol);
}

// ---- through a Service -------------------------------------------------------------------

type Scope = { kind: 'cluster'; snatNode?: Node; note?: string } | { kind: 'local'; nodes: string[]; why: string; clusterWide: boolean };

function viaService(ctx: Ctx, svc: Service, sp: ServicePort, entry: Entry, ip: string, receivingNode?: Node): Outcome {
  const { cluster, client, port, protocol } = ctx;
  const all: ProxyEndpoint[] = cluster.index.endpoints.get(ref(svc))?.byPort.get(portKey(sp.name, sp.protocol)) ?? [];
  const mode = proxyModeName(cluster.settings.proxyMode);
  const scope = trafficScope(ctx, svc, entry, ip, all, receivingNode);

  let chosen: ProxyEndpoint[] = [];
  let fallback = false;
  if (scope.kind === 'cluster') ({ endpoints: chosen, terminatingFallback: fallback } = clusterEndpoints(all));
  else for (const n of scope.nodes) { const l = localEndpoints(all, n); chosen.push(...l.endpoints); fallback ||= l.terminatingFallback; }

  const where = client.kind === 'external' ? (receivingNode ? `node ${receivingNode.metadata.name}` : 'the receiving node') : `node ${client.nodeName ?? '?'}`;
  if (chosen.length === 0) {
    const usable = clusterEndpoints(all).endpoints;
    if (scope.kind === 'local' && usable.length) {
      const on = [...new Set(usable.map((e) => e.nodeName ?? '?'))];
      return failed(ctx, 'endpoints', `${scope.why}: ${scope.nodes.length ? `node ${scope.nodes.join(', ')} has` : 'no node has'} no ready endpoint of Service ${ref(svc)}, so the traffic is dropped (its endpoints run on ${on.join(', ')})`);
    }
    if (scope.kind === 'local' && !scope.clusterWide && scope.nodes.length === 0)
      return failed(ctx, 'endpoints', `${scope.why}: ${explainNoEndpoints(cluster, svc, sp)}`);
    return failed(ctx, 'endpoints', explainNoEndpoints(cluster, svc, sp));
  }

  const scopeText = scope.kind === 'local' ? `; ${scope.why}: only endpoints on ${scope.nodes.join(', ')}` : scope.note ? `; ${scope.note}` : '';
  const affinity = svc.spec.sessionAffinity === 'ClientIP' ? `; sessionAffinity ClientIP keeps a client on one endpoint for ${svc.spec.sessionAffinityConfig?.clientIP?.timeoutSeconds ?? 10800}s` : '';
  ctx.hops.push({ step: 'kube-proxy', status: 'ok', detail: `${mode} on ${where} translates ${ip}:${port}/${protocol} to one of ${chosen.length} endpoint(s)${scopeText}${affinity}` });
  const notReady = all.filter((e) => !chosen.includes(e) && !e.ready);
  const listed = chosen.slice(0, 5).map((e) => `${e.pod ? `${ref(e.pod)} ` : ''}${e.ip}:${e.port}${e.nodeName ? ` on ${e.nodeName}` : ''}`).join(', ');
  ctx.hops.push({
    step: 'endpoints',
    status: fallback ? 'warn' : 'ok',
    detail: fallback
      ? `no endpoint of Service ${ref(svc)} is ready; kube-proxy falls back to terminating pods that still pass readiness: ${listed}`
      : `Service ${ref(svc)} port ${portName(sp)} has ${chosen.length} usable endpoint(s): ${listed}${chosen.length > 5 ? ', …' : ''}${notReady.length ? `; not used: ${notReady.slice(0, 3).map((e) => (e.pod ? `${ref(e.pod)} (${notReadyReason(e.pod)})` : `${e.ip} (not ready)`)).join(', ')}` : ''}`,
  });

  const src = clientPeer(client, scope.kind === 'cluster' ? scope.snatNode : undefined);
  const d = deliver(ctx, chosen, src);
  const backends = d.backends;
  const podPort = [...new Set(chosen.map((e) => e.port))].join(', ');
  if (backends.length === 0)
    return { backends, reason: blockedReason(ctx, d, `${chosen.length === 1 ? 'the only endpoint' : `every one of the ${chosen.length} endpoints`} of Service ${ref(svc)} (port ${podPort}/${protocol})`) };
  const what = entry === 'clusterIP' ? `Service ${ref(svc)} (${ip}:${port}/${protocol})` : `Service ${ref(svc)} through ${entryName(entry)} ${ip}:${port}/${protocol}`;
  const partly = d.denied ? ` (${refusers(ctx, d)} ${d.egress.size + d.ingress.size === 1 ? 'blocks' : 'block'} the other ${d.denied})` : '';
  return { backends, reason: `${cap(client.label)} reaches ${what}; the connection may land on ${backends.join(', ')}${partly}` };
}

function entryName(e: Entry): string {
  return e === 'nodePort' ? 'NodePort' : e === 'loadBalancer' ? 'load balancer' : e === 'externalIP' ? 'externalIP' : 'ClusterIP';
}

/**
 * Which endpoints the proxier's chains allow (CategorizeEndpoints, and the external-traffic
 * chain): ClusterIP traffic follows internalTrafficPolicy on the client's node. Traffic to a
 * NodePort, load-balancer IP or externalIP follows externalTrafficPolicy on the node it arrives
 * on — except that traffic from a pod, or from the node itself, is sent to all endpoints
 * ("pod traffic for external destinations" / "route LOCAL traffic" rules).
 *
 * A load balancer's traffic arrives on the nodes that pass its health check: every node with
 * externalTrafficPolicy Cluster, only nodes with a local endpoint with Local (the LB probes
 * healthCheckNodePort). An externalIP arrives on the node that owns it when one does.
 */
function trafficScope(ctx: Ctx, svc: Service, entry: Entry, ip: string, all: ProxyEndpoint[], receivingNode?: Node): Scope {
  const { client } = ctx;
  if (entry === 'clusterIP') {
    if (svc.spec.internalTrafficPolicy === 'Local' && client.kind !== 'external' && client.nodeName)
      return { kind: 'local', nodes: [client.nodeName], why: 'internalTrafficPolicy Local', clusterWide: false };
    return { kind: 'cluster' };
  }
  const etpLocal = svc.spec.externalTrafficPolicy === 'Local';
  if (client.kind === 'pod')
    return { kind: 'cluster', ...(etpLocal ? { note: 'traffic from a pod to an external address goes to every endpoint (externalTrafficPolicy Local applies to traffic from outside)' } : {}) };
  if (client.kind === 'node' && (entry !== 'nodePort' || receivingNode?.metadata.name === client.nodeName))
    return { kind: 'cluster', ...(etpLocal ? { note: 'traffic from the node itself goes to every endpoint' } : {}) };
  // from outside (or from a node to another node's NodePort)
  const owner = entry === 'externalIP' ? ctx.cluster.index.nodeByIP.get(ip) : undefined;
  const arrival = receivingNode ?? owner;
  if (!etpLocal) return { kind: 'cluster', ...(arrival ? { snatNode: arrival } : {}), note: 'externalTrafficPolicy Cluster: any endpoint, the client address masqueraded to the node\'s' };
  if (arrival) return { kind: 'local', nodes: [arrival.metadata.name!], why: 'externalTrafficPolicy Local', clusterWide: false };
  const healthy = [...new Set(clusterEndpoints(all).endpoints.map((e) => e.nodeName).filter((n): n is string => !!n))];
  return { kind: 'local', nodes: healthy, why: `externalTrafficPolicy Local: the load balancer sends only to nodes passing its health check (healthCheckNodePort ${svc.spec.healthCheckNodePort ?? '?'})`, clusterWide: true };
}

/** What NetworkPolicy let through, and what it refused and why. */
interface Delivery {
  backends: string[];
  /** Endpoints NetworkPolicy refused. */
  denied: number;
  /** The refusing policies, by side. */
  egress: Set<string>;
  ingress: Set<string>;
  /** The evaluator's first failing hop: the rule that is missing, in words. */
  why?: string;
}

// Past this many refused endpoints the trace says "likewise" instead of repeating the rules.
const DENIALS_TRACED = 2;

/** NetworkPolicy and "does anything listen" for each endpoint; the allowed ones are the backends. */
function deliver(ctx: Ctx, endpoints: ProxyEndpoint[], src: PolicyPeer): Delivery {
  const out: Delivery = { backends: [], denied: 0, egress: new Set(), ingress: new Set() };
  const silent: string[] = [];
  const seen = new Set<string>();
  const push = (h: Hop): void => {
    const k = `${h.step}\u0000${h.status}\u0000${h.detail}`;
    if (!seen.has(k)) { seen.add(k); ctx.hops.push(h); }
  };
  const deniedHere: string[] = [];
  for (const e of endpoints) {
    const dst: PolicyPeer = e.pod ? { kind: 'pod', pod: e.pod, ip: e.ip } : { kind: 'ip', ip: e.ip };
    const verdict = policyHop(ctx.cluster, src, dst, e.port, ctx.protocol);
    const name = e.pod ? `${ref(e.pod)}:${e.port}` : `${e.ip}:${e.port}`;
    if (!verdict.allowed) {
      out.denied++;
      for (const k of verdict.denied?.egress ?? []) out.egress.add(k);
      for (const k of verdict.denied?.ingress ?? []) out.ingress.add(k);
      out.why ??= verdict.hops.find((h) => h.status === 'fail')?.detail;
      if (out.denied <= DENIALS_TRACED) verdict.hops.forEach(push);
      else deniedHere.push(name);
      continue;
    }
    verdict.hops.forEach(push);
    out.backends.push(name);
    if (e.pod && !declaresPort(e.pod, e.port, ctx.protocol)) silent.push(`${ref(e.pod)} (declares ${declaredPorts(e.pod).join(', ') || 'no ports'})`);
  }
  if (deniedHere.length)
    ctx.hops.push({ step: 'policy', status: 'fail', detail: `NetworkPolicy refuses ${deniedHere.length} more endpoint(s) likewise: ${deniedHere.slice(0, 5).join(', ')}${deniedHere.length > 5 ? ', …' : ''}` });
  if (silent.length) {
    const port = endpoints.find((e) => e.pod && !declaresPort(e.pod, e.port, ctx.protocol))!.port;
    ctx.hops.push({ step: 'port', status: 'warn', detail: `nothing may listen on ${port}/${ctx.protocol}: no container of ${silent.slice(0, 3).join(', ')}${silent.length > 3 ? ' …' : ''} declares containerPort ${port}; containerPort is informational, so the connection is made, but check the targetPort` });
  }
  return out;
}

/** "NetworkPolicy shop/deny-all (ingress)", "NetworkPolicies a, b (egress of pod x) and c (ingress)". */
function refusers(ctx: Ctx, d: Delivery): string {
  const parts: string[] = [];
  if (d.egress.size) parts.push(`${[...d.egress].join(', ')} (egress of ${ctx.client.label})`);
  if (d.ingress.size) parts.push(`${[...d.ingress].join(', ')} (ingress)`);
  return `${d.egress.size + d.ingress.size === 1 ? 'NetworkPolicy' : 'NetworkPolicies'} ${parts.join(' and ')}`;
}

/** The reason when NetworkPolicy refused every endpoint: the policies, and the rule that is missing. */
function blockedReason(ctx: Ctx, d: Delivery, what: string): string {
  return `${refusers(ctx, d)} ${d.egress.size + d.ingress.size === 1 ? 'blocks' : 'block'} ${ctx.client.label} from ${what}${d.why ? `: ${d.why}` : ''}`;
}

// ---- straight to a pod ---------------------------------------------------------------------

function toPod(ctx: Ctx, pod: Pod, port: number, viaHostPort: boolean): Outcome {
  const { client } = ctx;
  const ip = podIP(pod)!;
  if (client.kind === 'external' && !viaHostPort)
    return failed(ctx, 'pod', `${ip} is pod ${ref(pod)}; pod IPs are routable only inside the cluster network, so a client outside cannot reach it (use a NodePort, LoadBalancer or Ingress)`);
  if (isTerminal(pod)) return failed(ctx, 'pod', `${ip} was pod ${ref(pod)}, which has finished (phase ${pod.status?.phase}); nothing runs there`);
  if (!viaHostPort) ctx.hops.push({ step: 'pod', status: 'ok', detail: `${ip} is pod ${ref(pod)}${pod.spec?.nodeName ? ` on ${pod.spec.nodeName}` : ''}: a direct connection, no Service or kube-proxy involved` });
  if (!isPodReady(pod) || pod.metadata.deletionTimestamp)
    ctx.hops.push({ step: 'pod', status: 'warn', detail: `pod ${ref(pod)} is not ready (${notReadyReason(pod)}); readiness only matters to Services, so a direct connection still arrives if the process listens` });
  const d = deliver(ctx, [{ ip, port, ready: true, serving: true, terminating: false, pod }], clientPeer(client));
  const backends = d.backends;
  if (backends.length === 0) return { backends, reason: blockedReason(ctx, d, `pod ${ref(pod)} on ${port}/${ctx.protocol}`) };
  return { backends, reason: `${cap(client.label)} reaches pod ${ref(pod)} directly at ${ip}:${port}/${ctx.protocol}` };
}

// ---- results -------------------------------------------------------------------------------

function ref(o: { metadata: { namespace?: string; name?: string } }): string {
  return `${o.metadata.namespace}/${o.metadata.name}`;
}

function portName(sp: ServicePort): string {
  return `${sp.port}/${sp.protocol ?? 'TCP'}${sp.name ? ` (${sp.name})` : ''}`;
}

function cap(s: string): string { return s.charAt(0).toUpperCase() + s.slice(1); }

function failed(ctx: Ctx, step: string, detail: string): Outcome {
  ctx.hops.push({ step, status: 'fail', detail });
  return { backends: [], reason: detail };
}

function fail(ctx: Ctx, step: string, detail: string): RouteResult {
  ctx.hops.push({ step, status: 'fail', detail });
  return { reachable: false, backends: [], hops: ctx.hops, reason: detail };
}

function done(ctx: Ctx, backends: string[], reason: string): RouteResult {
  const uniq = [...new Set(backends)].sort();
  // every "no" carries the hop that says why
  if (uniq.length === 0 && !ctx.hops.some((h) => h.status === 'fail')) ctx.hops.push({ step: 'route', status: 'fail', detail: reason });
  return { reachable: uniq.length > 0, backends: uniq, hops: ctx.hops, reason };
}

function usage(message: string): RouteResult {
  return { reachable: false, backends: [], hops: [{ step: 'input', status: 'fail', detail: message }], reason: message, error: message };
}
