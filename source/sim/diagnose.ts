// Why a Service port has no usable endpoints, in words a learner can act on. Follows the
// endpoint controllers' rules backwards: selector → pods in the namespace → IP, phase,
// readiness → targetPort resolved per pod.
import type { Pod, Service, ServicePort } from './types.js';
import type { Cluster } from './cluster.js';
import { hasSelector } from './controllers/endpoints.js';
import { matchesMap, formatSelector } from './selectors.js';
import { declaredPorts, findPort, isPodReady, isTerminal, isTerminating, notReadyReason, podIP } from './pods.js';
import { portKey } from './cluster-index.js';

const MAX_LISTED = 3;

function list(items: string[]): string {
  return items.length <= MAX_LISTED ? items.join(', ') : `${items.slice(0, MAX_LISTED).join(', ')} and ${items.length - MAX_LISTED} more`;
}

function describePort(sp: ServicePort): string {
  return `${sp.port}/${sp.protocol ?? 'TCP'}${sp.name ? ` "${sp.name}"` : ''} (targetPort ${sp.targetPort ?? sp.port})`;
}

/** "Service web has no port 8080/TCP; its ports are 80/TCP (targetPort 8080)". */
export function explainNoSuchPort(svc: Service, port: number, protocol: string): string {
  const ports = (svc.spec.ports ?? []).map((p) => `${p.port}/${p.protocol ?? 'TCP'} (targetPort ${p.targetPort ?? p.port})`);
  const sameNumber = (svc.spec.ports ?? []).find((p) => p.port === port);
  const ref = `${svc.metadata.namespace}/${svc.metadata.name}`;
  if (sameNumber) return `Service ${ref} has port ${port}/${sameNumber.protocol ?? 'TCP'} but not ${port}/${protocol}; kube-proxy matches the protocol too`;
  const tp = (svc.spec.ports ?? []).find((p) => p.targetPort === port);
  const hint = tp ? `; ${port} is the targetPort (the pod's side): clients connect to the Service port ${tp.port}` : '';
  return `Service ${ref} has no port ${port}/${protocol}; its ports are ${ports.length ? ports.join(', ') : 'none'}${hint}`;
}

/** Why `sp` of `svc` has no endpoint kube-proxy could use (none at all, or none ready). */
export function explainNoEndpoints(cluster: Cluster, svc: Service, sp: ServicePort): string {
  const ref = `${svc.metadata.namespace}/${svc.metadata.name}`;
  const ns = svc.metadata.namespace!;
  const eps = cluster.index.endpoints.get(ref);
  const forPort = eps?.byPort.get(portKey(sp.name, sp.protocol)) ?? [];

  if (!hasSelector(svc)) {
    if (!eps || eps.slices.length === 0)
      return `Service ${ref} has no selector, so Kubernetes makes no endpoints for it; create an Endpoints object named ${svc.metadata.name} (or an EndpointSlice labelled kubernetes.io/service-name: ${svc.metadata.name}) listing the backends, or give the Service a selector`;
    if (forPort.length === 0) {
      const names = [...eps.byPort.keys()].map((k) => `"${k.split('/')[0]}"/${k.split('/')[1]}`);
      return `the hand-made endpoints of Service ${ref} have no port named "${sp.name ?? ''}" over ${sp.protocol ?? 'TCP'} (they have ${names.length ? names.join(', ') : 'no ports'}); endpoint port names must equal the Service's port names`;
    }
    return `the hand-made endpoints of Service ${ref} are all marked not ready`;
  }

  const sel = formatSelector(svc.spec.selector);
  const podsInNs = cluster.index.podsByNamespace.get(ns) ?? [];
  const matching = podsInNs.filter((p) => matchesMap(p.metadata.labels, svc.spec.selector));
  if (matching.length === 0) return explainNoMatch(cluster, svc, sel, podsInNs);

  const live = matching.filter((p) => !isTerminal(p) && podIP(p));
  if (live.length === 0)
    return `${matching.length} pod(s) in ${ns} match ${sel} but none can be an endpoint: ${list(matching.map((p) => `${p.metadata.name} (${notReadyReason(p)})`))}`;

  const withPort = live.filter((p) => findPort(p, sp) !== undefined);
  if (withPort.length === 0) {
    const decl = list(live.map((p) => `${p.metadata.name} declares ${declaredPorts(p).join(', ') || 'no ports'}`));
    return `targetPort "${sp.targetPort}" is a port name, and no pod matching ${sel} has a containerPort named ${sp.targetPort} with protocol ${sp.protocol ?? 'TCP'} (${decl}); use the port number or name the containerPort`;
  }
  const notReady = withPort.filter((p) => !(isPodReady(p) && !isTerminating(p)));
  if (notReady.length === withPort.length)
    return `${withPort.length} pod(s) match ${sel} but none is ready: ${list(notReady.map((p) => `${p.metadata.name} (${notReadyReason(p)})`))}; not-ready pods are listed as notReadyAddresses and kube-proxy skips them`;
  return `Service ${ref} port ${describePort(sp)} has no ready endpoints`;
}

function explainNoMatch(cluster: Cluster, svc: Service, sel: string, podsInNs: Pod[]): string {
  const ns = svc.metadata.namespace!;
  const selector = svc.spec.selector ?? {};
  // pods with these labels elsewhere: a Service only selects pods in its own namespace
  const elsewhere = new Set<string>();
  for (const [otherNs, pods] of cluster.index.podsByNamespace) {
    if (otherNs === ns) continue;
    if (pods.some((p) => matchesMap(p.metadata.labels, selector))) elsewhere.add(otherNs);
  }
  const elsewhereNote = elsewhere.size ? `; pods with those labels run in namespace ${list([...elsewhere])}, but a Service selects only pods in its own namespace` : '';
  if (podsInNs.length === 0) return `the Service selects ${sel}; namespace ${ns} has no pods${elsewhereNote}`;
  const keys = Object.keys(selector);
  // the closest pods: those matching all but one key
  if (keys.length > 1) {
    for (const k of keys) {
      const rest = Object.fromEntries(Object.entries(selector).filter(([kk]) => kk !== k));
      const near = podsInNs.filter((p) => matchesMap(p.metadata.labels, rest));
      if (near.length) {
        const have = [...new Set(near.map((p) => (p.metadata.labels?.[k] !== undefined ? `${k}=${p.metadata.labels[k]}` : `no ${k} label`)))];
        return `the Service selects ${sel}; no pod in namespace ${ns} has all of those labels: ${list(near.map((p) => p.metadata.name!))} match all but ${k}=${selector[k]} (they have ${list(have)})${elsewhereNote}`;
      }
    }
  }
  // the values closest to the wanted one first (web for web-frontend), then the most common
  const values: string[] = [];
  for (const k of keys) {
    const counts = new Map<string, number>();
    for (const p of podsInNs) { const v = p.metadata.labels?.[k]; if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1); }
    const want = selector[k]!;
    const ranked = [...counts.keys()].sort((a, b) => commonPrefix(b, want) - commonPrefix(a, want) || counts.get(b)! - counts.get(a)! || a.localeCompare(b));
    for (const v of ranked) values.push(`${k}=${v}`);
  }
  if (values.length) return `the Service selects ${sel}; no pod in namespace ${ns} has that label; pods there have ${list(values)}${elsewhereNote}`;
  const common = [...new Set(podsInNs.flatMap((p) => Object.entries(p.metadata.labels ?? {}).map(([k, v]) => `${k}=${v}`)))];
  return `the Service selects ${sel}; no pod in namespace ${ns} has a label ${keys.join(' or ')}${common.length ? `; their labels are ${list(common)}` : '; they have no labels'}${elsewhereNote}`;
}

function commonPrefix(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}
