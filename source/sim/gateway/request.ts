// An HTTP request through a Gateway (conformance httproute-simple-same-namespace,
// httproute-matching, httproute-request-redirect, httproute-weight, httproute-rewrite-path):
// the port picks listeners, the Host header picks one listener (the most specific hostname),
// the first entry of its routes in precedence order that matches answers; its filters and
// backendRefs say where the request goes; then the gateway's proxy connects to the Service.
import type { Cluster } from '../cluster.js';
import type { Hop } from '../types.js';
import { route as routeConnection } from '../route.js';
import { isIPv4 } from '../ip.js';
import { isPodReady } from '../pods.js';
import { hostMatches } from './hostnames.js';
import { resolveBackendRef } from './backends.js';
import { gatewayIndex, type GatewayState, type ListenerState, type MatchEntry } from './attach.js';
import type { HTTPPathModifier, HTTPRouteFilter } from './types.js';

export interface GatewayRequest {
  scheme: 'http' | 'https';
  port: number;
  host: string;
  path: string;
  query: URLSearchParams;
  method: string;
  headers: Record<string, string>;
}

export interface GatewayAnswer {
  backend: string | null;
  backends: Array<{ ref: string; weight: number }>;
  route: string | null;
  hops: Hop[];
  status?: number;
  redirect?: { status: number; location: string };
  pods: string[];
}

/** The label gateway implementations (Istio, the conformance suite) put on a Gateway's proxy pods. */
export const GATEWAY_NAME_LABEL = 'gateway.networking.k8s.io/gateway-name';

const q = (s: string): string => JSON.stringify(s);

/** The listener a request is answered by: same port and protocol, then the most specific hostname. */
export function pickListener(gs: GatewayState, req: Pick<GatewayRequest, 'scheme' | 'port' | 'host'>): { listener: ListenerState | null; onPort: ListenerState[] } {
  const proto = req.scheme === 'https' ? 'HTTPS' : 'HTTP';
  const onPort = gs.listeners.filter((l) => l.listener.port === req.port && l.listener.protocol === proto);
  let best: ListenerState | null = null;
  let bestRank = -1;
  for (const l of onPort) {
    const h = l.listener.hostname;
    const rank = !h ? 0 : h.startsWith('*.') ? (hostMatches(h, req.host) ? 1_000 + h.length : -1) : h === req.host ? 1_000_000 : -1;
    if (rank > bestRank) { best = l; bestRank = rank; }
  }
  return { listener: best, onPort };
}

function matches(e: MatchEntry, req: GatewayRequest): boolean {
  const m = e.match;
  if (e.pathType === 'Exact') { if (req.path !== e.pathValue) return false; }
  else if (e.pathType === 'PathPrefix') { if (!prefixMatches(e.pathValue, req.path)) return false; }
  else if (!e.regex!.test(req.path)) return false;
  if (m.method && m.method !== req.method) return false;
  for (const h of m.headers ?? []) {
    // header names match case-insensitively (HTTPHeaderName)
    const v = Object.entries(req.headers).find(([k]) => k.toLowerCase() === h.name.toLowerCase())?.[1];
    if (v === undefined) return false;
    if ((h.type ?? 'Exact') === 'Exact' ? v !== h.value : !safeRegex(h.value)?.test(v)) return false;
  }
  for (const p of m.queryParams ?? []) {
    const v = req.query.get(p.name);
    if (v === null) return false;
    if ((p.type ?? 'Exact') === 'Exact' ? v !== p.value : !safeRegex(p.value)?.test(v)) return false;
  }
  return true;
}

const safeRegex = (s: string): RegExp | null => { try { return new RegExp(s); } catch { return null; } };

/** PathPrefix matches element by element: /foo matches /foo and /foo/bar, not /foobar; a trailing / is ignored. */
export function prefixMatches(prefix: string, path: string): boolean {
  const p = prefix.length > 1 ? prefix.replace(/\/+$/, '') : prefix;
  if (p === '/') return true;
  return path === p || path.startsWith(`${p}/`);
}

/** The first entry of the listener, in precedence order, that the request matches. */
export function matchListener(l: ListenerState, req: GatewayRequest): MatchEntry | null {
  for (const e of l.exact.get(req.host) ?? []) if (matches(e, req)) return e;
  for (const w of l.wildcard) if (hostMatches(w.pattern, req.host)) for (const e of w.entries) if (matches(e, req)) return e;
  for (const e of l.any) if (matches(e, req)) return e;
  return null;
}

function describeMatch(e: MatchEntry): string {
  const parts = [`${e.pathType} ${e.pathValue}`];
  if (e.match.method) parts.push(`method ${e.match.method}`);
  for (const h of e.match.headers ?? []) parts.push(`header ${h.name}${(h.type ?? 'Exact') === 'Exact' ? '=' : '~'}${h.value}`);
  for (const p of e.match.queryParams ?? []) parts.push(`query ${p.name}${(p.type ?? 'Exact') === 'Exact' ? '=' : '~'}${p.value}`);
  return parts.join(', ');
}

function rewritePath(mod: HTTPPathModifier, e: MatchEntry, path: string): string {
  if (mod.type === 'ReplaceFullPath') return mod.replaceFullPath ?? '/';
  // ReplacePrefixMatch replaces the matched prefix only (PathPrefix matches)
  const prefix = e.pathValue.length > 1 ? e.pathValue.replace(/\/+$/, '') : '';
  const rest = path.slice(prefix.length);
  const repl = mod.replacePrefixMatch ?? '/';
  if (repl === '/' || repl === '') return rest.startsWith('/') ? rest : `/${rest}`;
  return `${repl.replace(/\/+$/, '')}${rest}`;
}

export function gatewayRequest(cluster: Cluster, gs: GatewayState, req: GatewayRequest): GatewayAnswer {
  const hops: Hop[] = [];
  const res: GatewayAnswer = { backend: null, backends: [], route: null, hops, pods: [] };
  const gw = gs.gateway;
  const ix = gatewayIndex(cluster);
  if (!gs.classExists) {
    hops.push({ step: 'gateway', status: 'fail', detail: `Gateway ${gs.key} names GatewayClass ${q(gs.className)}, which does not exist: no controller programs it, so nothing answers on ${gs.addresses.join(', ')}. Create the GatewayClass or set spec.gatewayClassName to an existing one (kubectl get gatewayclass)` });
    return res;
  }
  hops.push({ step: 'gateway', status: 'ok', detail: `${gs.addresses.join(', ')} is an address of Gateway ${gs.key} (class ${gs.className})` });
  const { listener: l, onPort } = pickListener(gs, req);
  if (!l) {
    const all = gs.listeners.map((x) => `${x.listener.name} ${x.listener.protocol}/${x.listener.port}${x.listener.hostname ? ` ${x.listener.hostname}` : ''}`).join(', ') || 'none';
    if (!onPort.length) {
      hops.push({ step: 'listener', status: 'fail', detail: `Gateway ${gs.key} has no ${req.scheme.toUpperCase()} listener on port ${req.port} (its listeners: ${all}); the connection is refused` });
      return res;
    }
    res.status = 404;
    hops.push({ step: 'listener', status: 'fail', detail: `no listener on port ${req.port} of Gateway ${gs.key} takes Host ${q(req.host)} (listeners: ${all}); the gateway answers 404` });
    return res;
  }
  const L = l.listener;
  if (!l.serves) {
    hops.push({ step: 'listener', status: 'fail', detail: `listener ${L.name} of Gateway ${gs.key} is not programmed: ${l.conditions.filter((c) => c.status !== 'True').map((c) => `${c.reason}: ${c.message}`).join('; ')}` });
    return res;
  }
  hops.push({ step: 'listener', status: 'ok', detail: `listener ${L.name} (${L.protocol}/${L.port}, hostname ${L.hostname ?? 'any'}) takes Host ${q(req.host)}; ${l.attachedRoutes} route${l.attachedRoutes === 1 ? ' is' : 's are'} attached to it` });

  const e = matchListener(l, req);
  if (!e) {
    res.status = 404;
    const notAttached = [...ix.routes.values()].flatMap((r) => r.parents.filter((p) => p.gateway === gs.key && p.conditions[0]!.status !== 'True').map((p) => `${r.route.metadata.namespace}/${r.route.metadata.name} (${p.conditions[0]!.reason}: ${p.conditions[0]!.message})`));
    hops.push({ step: 'route', status: 'fail', detail: `404 Not Found: no rule of the HTTPRoutes attached to listener ${L.name} matches ${req.method} ${q(req.host)} ${req.path}${notAttached.length ? `; routes naming Gateway ${gs.key} that are not attached: ${notAttached.slice(0, 3).join('; ')}` : ''}. Check hostnames, paths and matches (kubectl get httproute -A; kubeprep sim status)` });
    return res;
  }
  res.route = e.routeKey;
  hops.push({ step: 'route', status: 'ok', detail: `HTTPRoute ${e.routeKey} rule ${e.ruleIndex} matches (${describeMatch(e)}${e.hostname ? `, hostname ${e.hostname}` : ''})` });

  let path = req.path;
  let host = req.host;
  for (const f of (e.rule.filters ?? []) as HTTPRouteFilter[]) {
    if (f.type === 'RequestRedirect' && f.requestRedirect) {
      const r = f.requestRedirect;
      const scheme = r.scheme ?? req.scheme;
      // HTTPRequestRedirectFilter.Port: the scheme's well-known port when a scheme is given, else the listener's
      const port = r.port ?? (r.scheme ? (r.scheme === 'https' ? 443 : 80) : L.port);
      const p = r.path ? rewritePath(r.path, e, req.path) : req.path;
      const qs = req.query.toString();
      const location = `${scheme}://${r.hostname ?? req.host}${port === 80 || port === 443 ? '' : `:${port}`}${p}${qs ? `?${qs}` : ''}`;
      const status = r.statusCode ?? 302;
      res.status = status;
      res.redirect = { status, location };
      hops.push({ step: 'filter', status: 'ok', detail: `RequestRedirect: the gateway answers ${status} with Location: ${location}; no backend is asked` });
      return res;
    }
    if (f.type === 'URLRewrite' && f.urlRewrite) {
      const before = `${host}${path}`;
      if (f.urlRewrite.path) path = rewritePath(f.urlRewrite.path, e, path);
      if (f.urlRewrite.hostname) host = f.urlRewrite.hostname;
      hops.push({ step: 'filter', status: 'ok', detail: `URLRewrite: ${before} is sent upstream as ${host}${path}` });
    }
    if (f.type === 'RequestHeaderModifier' && f.requestHeaderModifier) {
      const m = f.requestHeaderModifier;
      const parts = [...(m.set ?? []).map((h) => `set ${h.name}: ${h.value}`), ...(m.add ?? []).map((h) => `add ${h.name}: ${h.value}`), ...(m.remove ?? []).map((h) => `remove ${h}`)];
      hops.push({ step: 'filter', status: 'ok', detail: `RequestHeaderModifier: ${parts.join(', ') || 'no change'}` });
    }
  }

  const refs = e.rule.backendRefs ?? [];
  const routeNs = e.route.metadata.namespace ?? 'default';
  const resolved = refs.map((b) => resolveBackendRef(cluster, ix.grants, routeNs, b));
  const error = (detail: string): GatewayAnswer => { res.status = 500; hops.push({ step: 'backend', status: 'fail', detail: `500 Internal Server Error: ${detail}` }); return res; };
  if (!refs.length) return error(`rule ${e.ruleIndex} of HTTPRoute ${e.routeKey} has no backendRefs; add one naming a Service and its port`);
  for (const r of resolved) if (!r.ok && r.weight > 0) hops.push({ step: 'backend', status: 'fail', detail: `${r.reason}: ${r.message}; the share of requests sent there (weight ${r.weight}) gets 500` });
  const good = resolved.filter((r): r is Extract<typeof r, { ok: true }> => r.ok && r.weight > 0);
  res.backends = good.map((r) => ({ ref: r.ref, weight: r.weight }));
  if (!good.length) {
    if (resolved.every((r) => r.ok)) return error(`every backendRef of rule ${e.ruleIndex} of HTTPRoute ${e.routeKey} has weight 0`);
    return error(`no backendRef of rule ${e.ruleIndex} of HTTPRoute ${e.routeKey} resolves`);
  }
  const total = good.reduce((s, r) => s + r.weight, 0) + resolved.filter((r) => !r.ok).reduce((s, r) => s + r.weight, 0);
  const heaviest = good.reduce((a, b) => (b.weight > a.weight ? b : a));
  res.backend = heaviest.ref;
  if (good.length > 1) hops.push({ step: 'backend', status: 'ok', detail: `weighted split: ${good.map((r) => `${r.ref} ${r.weight}/${total}`).join(', ')}; the heaviest is ${heaviest.ref}` });

  // the gateway's proxy: a pod labelled with the Gateway's name, else a node (a proxy on the host network)
  const proxyPod = [...cluster.index.pods.values()].find((p) => p.metadata.labels?.[GATEWAY_NAME_LABEL] === gw.metadata.name && isPodReady(p));
  const node = cluster.index.nodeOrder[0]?.metadata.name;
  const from = proxyPod ? `${proxyPod.metadata.namespace}/${proxyPod.metadata.name}` : `node/${node}`;
  const svc = heaviest.service;
  const [ns, name] = [svc.metadata.namespace!, svc.metadata.name!];
  const ip = svc.spec.clusterIP;
  const target = ip && ip !== 'None' && isIPv4(ip) ? ip : `${name}.${ns}.svc.${cluster.settings.clusterDomain}`;
  hops.push({ step: 'proxy', status: 'ok', detail: `the gateway's proxy (${proxyPod ? `pod ${from}` : `no pod labelled ${GATEWAY_NAME_LABEL}=${gw.metadata.name}, so from node ${node}`}) connects to Service ${ns}/${name} port ${heaviest.port}` });
  const up = routeConnection(cluster, { from, to: `${target}:${heaviest.port}` });
  hops.push(...up.hops);
  if (up.error || !up.reachable) {
    res.status = 503;
    hops.push({ step: 'response', status: 'fail', detail: `503 Service Unavailable: no endpoint of Service ${ns}/${name} is reachable from the gateway: ${up.error ?? up.reason}` });
    return res;
  }
  res.status = 200;
  res.pods = up.backends;
  hops.push({ step: 'response', status: 'ok', detail: `200: ${heaviest.ref} answers from ${up.backends.slice(0, 5).join(', ')}${up.backends.length > 5 ? ', …' : ''}` });
  return res;
}
