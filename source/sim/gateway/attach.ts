// What a Gateway controller derives from the objects (STYLE.md §2: derive once, ask many
// times): each Gateway's listeners, which HTTPRoutes attach to which listener and on which
// hostnames, the rules in match precedence order, and the status conditions it would write
// (gateway_types.go, httproute_types.go, conformance gateway-with-attached-routes,
// httproute-hostname-intersection, httproute-reference-grant).
import type { Cluster } from '../cluster.js';
import type { Namespace } from '../types.js';
import { matchesSelector } from '../selectors.js';
import { grantsByNamespace, resolveBackendRef } from './backends.js';
import { hostnameRank, intersectHostnames } from './hostnames.js';
import {
  GATEWAY_GROUP, type Condition, type Gateway, type GatewayClass, type HTTPRoute, type HTTPRouteMatch,
  type HTTPRouteRule, type Listener, type ParentRef, type ReferenceGrant,
} from './types.js';

/** One HTTPRouteMatch of one rule, on one effective hostname, as the data plane orders them. */
export interface MatchEntry {
  route: HTTPRoute;
  routeKey: string; // ns/name
  rule: HTTPRouteRule;
  ruleIndex: number;
  matchIndex: number;
  match: HTTPRouteMatch;
  hostname: string | null;
  pathType: 'Exact' | 'PathPrefix' | 'RegularExpression';
  pathValue: string;
  regex?: RegExp;
}

export interface ListenerState {
  listener: Listener;
  /** The listener can carry HTTPRoutes (HTTP or HTTPS, valid TLS, HTTPRoute among its kinds). */
  serves: boolean;
  conditions: Condition[];
  attachedRoutes: number;
  exact: Map<string, MatchEntry[]>;
  wildcard: Array<{ pattern: string; entries: MatchEntry[] }>;
  any: MatchEntry[];
}

export interface GatewayState {
  gateway: Gateway;
  key: string;
  className: string;
  classExists: boolean;
  addresses: string[];
  conditions: Condition[];
  listeners: ListenerState[];
}

export interface ParentStatus { parentRef: string; gateway: string; conditions: Condition[] }

export interface GatewayIndex {
  gateways: Map<string, GatewayState>;
  byAddress: Map<string, GatewayState>;
  routes: Map<string, { route: HTTPRoute; parents: ParentStatus[] }>;
  classes: Map<string, { gatewayClass: GatewayClass; conditions: Condition[] }>;
  grants: Map<string, ReferenceGrant[]>;
}

const cond = (type: string, ok: boolean | 'Unknown', reason: string, message: string): Condition =>
  ({ type, status: ok === 'Unknown' ? 'Unknown' : ok ? 'True' : 'False', reason, message });

const cache = new WeakMap<Cluster, GatewayIndex>();

export function gatewayIndex(cluster: Cluster): GatewayIndex {
  let ix = cache.get(cluster);
  if (!ix) { ix = buildGatewayIndex(cluster); cache.set(cluster, ix); }
  return ix;
}

export const addressesOf = (gw: Gateway): string[] => {
  // GatewayStatus.Addresses, else the requested spec.addresses (the simulator assigns none itself)
  const st = (gw.status?.addresses ?? []).map((a) => a?.value).filter((v): v is string => !!v);
  return st.length ? st : (gw.spec?.addresses ?? []).map((a) => a?.value).filter((v): v is string => !!v);
};

/** Route kinds a listener protocol supports (gateway_types.go ListenerStatus.SupportedKinds). */
function supportedKinds(protocol: string): string[] {
  switch (protocol) {
    case 'HTTP': case 'HTTPS': return ['HTTPRoute', 'GRPCRoute'];
    case 'TLS': return ['TLSRoute'];
    case 'TCP': return ['TCPRoute'];
    case 'UDP': return ['UDPRoute'];
    default: return [];
  }
}

function allowedKinds(l: Listener): { kinds: string[]; invalid: string[] } {
  const sup = supportedKinds(l.protocol);
  const asked = l.allowedRoutes?.kinds;
  if (!asked?.length) return { kinds: sup, invalid: [] };
  const kinds: string[] = [], invalid: string[] = [];
  for (const k of asked) ((k.group ?? GATEWAY_GROUP) === GATEWAY_GROUP && sup.includes(k.kind) ? kinds : invalid).push(k.kind);
  return { kinds, invalid };
}

function listenerState(cluster: Cluster, gw: Gateway, l: Listener): ListenerState {
  const conditions: Condition[] = [];
  const { kinds, invalid } = allowedKinds(l);
  let ok = true;
  if (!supportedKinds(l.protocol).length) {
    ok = false;
    conditions.push(cond('Accepted', false, 'UnsupportedProtocol', `protocol ${l.protocol} is not supported; use HTTP or HTTPS for HTTPRoutes`));
  } else conditions.push(cond('Accepted', true, 'Accepted', 'listener accepted'));
  let refs = cond('ResolvedRefs', true, 'ResolvedRefs', 'all references resolved');
  if (invalid.length) { refs = cond('ResolvedRefs', false, 'InvalidRouteKinds', `allowedRoutes.kinds names ${invalid.join(', ')}, which protocol ${l.protocol} does not carry`); }
  if (l.protocol === 'HTTPS') {
    const certs = l.tls?.certificateRefs ?? [];
    const missing = certs.filter((c) => !cluster.index.byRef.has(`Secret/${c.namespace ?? gw.metadata.namespace}/${c.name}`));
    if (!certs.length) { ok = false; refs = cond('ResolvedRefs', false, 'InvalidCertificateRef', 'an HTTPS listener needs tls.certificateRefs naming a Secret of type kubernetes.io/tls'); }
    else if (missing.length) { ok = false; refs = cond('ResolvedRefs', false, 'InvalidCertificateRef', `Secret ${missing.map((c) => `${c.namespace ?? gw.metadata.namespace}/${c.name}`).join(', ')} does not exist`); }
  }
  conditions.push(refs);
  const serves = ok && kinds.includes('HTTPRoute');
  conditions.push(cond('Programmed', ok, ok ? 'Programmed' : 'Invalid', ok ? 'listener programmed' : 'the listener is invalid and is not programmed'));
  return { listener: l, serves, conditions, attachedRoutes: 0, exact: new Map(), wildcard: [], any: [] };
}

export function buildGatewayIndex(cluster: Cluster): GatewayIndex {
  const ix: GatewayIndex = { gateways: new Map(), byAddress: new Map(), routes: new Map(), classes: new Map(), grants: grantsByNamespace(cluster) };
  for (const gc of (cluster.index.byKind.get('GatewayClass') ?? []) as GatewayClass[])
    ix.classes.set(gc.metadata.name!, { gatewayClass: gc, conditions: [cond('Accepted', true, 'Accepted', `controller ${gc.spec?.controllerName ?? '?'} accepts this class`)] });

  for (const gw of (cluster.index.byKind.get('Gateway') ?? []) as Gateway[]) {
    const key = `${gw.metadata.namespace}/${gw.metadata.name}`;
    const className = gw.spec?.gatewayClassName ?? '';
    const classExists = ix.classes.has(className);
    const addresses = addressesOf(gw);
    const listeners = (gw.spec?.listeners ?? []).map((l) => listenerState(cluster, gw, l));
    const conditions = classExists
      ? [cond('Accepted', true, 'Accepted', `accepted by the controller of GatewayClass ${className}`),
        addresses.length ? cond('Programmed', true, 'Programmed', `serving on ${addresses.join(', ')}`) : cond('Programmed', false, 'AddressNotAssigned', 'no address: set spec.addresses (the simulator assigns none itself)')]
      : [cond('Accepted', 'Unknown', 'Pending', `GatewayClass ${JSON.stringify(className)} does not exist, so no controller reconciles this Gateway`),
        cond('Programmed', 'Unknown', 'Pending', 'waiting for a controller')];
    const st: GatewayState = { gateway: gw, key, className, classExists, addresses, conditions, listeners };
    ix.gateways.set(key, st);
    for (const a of addresses) if (!ix.byAddress.has(a)) ix.byAddress.set(a, st);
  }

  const routes = [...((cluster.index.byKind.get('HTTPRoute') ?? []) as HTTPRoute[])];
  for (const route of routes) attachRoute(cluster, ix, route);

  for (const gw of ix.gateways.values())
    for (const l of gw.listeners) {
      for (const list of l.exact.values()) list.sort(precedence);
      for (const w of l.wildcard) w.entries.sort(precedence);
      l.wildcard.sort((a, b) => hostnameRank(b.pattern) - hostnameRank(a.pattern));
      l.any.sort(precedence);
    }
  return ix;
}

export function parentRefText(p: ParentRef, routeNs: string): string {
  return `${p.namespace ?? routeNs}/${p.name}${p.sectionName ? `/${p.sectionName}` : ''}${p.port !== undefined ? `:${p.port}` : ''}`;
}

function namespaceAllowed(cluster: Cluster, gw: Gateway, l: Listener, routeNs: string): boolean {
  const from = l.allowedRoutes?.namespaces?.from ?? 'Same'; // AllowedRoutes defaults to from: Same
  if (from === 'All') return true;
  if (from === 'Same') return routeNs === gw.metadata.namespace;
  const ns = cluster.index.namespaces.get(routeNs) as Namespace | undefined;
  const sel = l.allowedRoutes?.namespaces?.selector;
  return !!sel && matchesSelector(ns?.metadata.labels, sel);
}

function attachRoute(cluster: Cluster, ix: GatewayIndex, route: HTTPRoute): void {
  const routeNs = route.metadata.namespace ?? 'default';
  const routeKey = `${routeNs}/${route.metadata.name}`;
  const rules = route.spec?.rules?.length ? route.spec.rules : [{ matches: [{ path: { type: 'PathPrefix' as const, value: '/' } }] }];
  // ResolvedRefs does not depend on the parent: the first backendRef that does not resolve
  let resolved = cond('ResolvedRefs', true, 'ResolvedRefs', 'all backendRefs resolved');
  outer: for (const r of rules) for (const b of r.backendRefs ?? []) {
    const rb = resolveBackendRef(cluster, ix.grants, routeNs, b);
    if (!rb.ok) { resolved = cond('ResolvedRefs', false, rb.reason, rb.message); break outer; }
  }
  const parents: ParentStatus[] = [];
  const attachedTo = new Set<ListenerState>();
  for (const p of route.spec?.parentRefs ?? []) {
    if ((p.group ?? GATEWAY_GROUP) !== GATEWAY_GROUP || (p.kind ?? 'Gateway') !== 'Gateway') continue;
    const gwKey = `${p.namespace ?? routeNs}/${p.name}`;
    const gs = ix.gateways.get(gwKey);
    if (!gs) continue; // DESIGN.md sim status: one entry per parentRef naming a Gateway in the file
    const parentRef = parentRefText(p, routeNs);
    const gw = gs.gateway;
    const out = (accepted: Condition): void => { parents.push({ parentRef, gateway: gwKey, conditions: [accepted, resolved] }); };
    if (!gs.classExists) { out(cond('Accepted', 'Unknown', 'Pending', `Gateway ${gwKey} names GatewayClass ${JSON.stringify(gs.className)}, which does not exist; no controller accepts routes for it`)); continue; }
    const named = gs.listeners.filter((l) => (p.sectionName === undefined || l.listener.name === p.sectionName) && (p.port === undefined || l.listener.port === p.port));
    if (!named.length) {
      const what = [p.sectionName !== undefined ? `sectionName ${JSON.stringify(p.sectionName)}` : '', p.port !== undefined ? `port ${p.port}` : ''].filter(Boolean).join(' and ');
      out(cond('Accepted', false, 'NoMatchingParent', `Gateway ${gwKey} has no listener with ${what} (its listeners: ${gs.listeners.map((l) => `${l.listener.name} ${l.listener.protocol}/${l.listener.port}`).join(', ') || 'none'})`));
      continue;
    }
    const allowed = named.filter((l) => l.serves && namespaceAllowed(cluster, gw, l.listener, routeNs));
    if (!allowed.length) {
      const why = named.map((l) => {
        if (!l.serves) return `${l.listener.name} (${l.listener.protocol}) does not carry HTTPRoutes`;
        const from = l.listener.allowedRoutes?.namespaces?.from ?? 'Same';
        return `${l.listener.name} allows routes from ${from === 'Same' ? `namespace ${gw.metadata.namespace} only (from: Same, the default)` : from === 'Selector' ? 'namespaces whose labels match its selector' : from}`;
      }).join('; ');
      out(cond('Accepted', false, 'NotAllowedByListeners', `HTTPRoute ${routeKey} is not allowed by any listener of Gateway ${gwKey}: ${why}`));
      continue;
    }
    const withHosts = allowed.map((l) => ({ l, hosts: intersectHostnames(l.listener.hostname, route.spec?.hostnames) })).filter((x) => x.hosts === null || x.hosts.length > 0);
    if (!withHosts.length) {
      out(cond('Accepted', false, 'NoMatchingListenerHostname', `none of the route's hostnames (${(route.spec?.hostnames ?? []).join(', ')}) matches a listener hostname of Gateway ${gwKey} (${allowed.map((l) => `${l.listener.name}: ${l.listener.hostname ?? 'any'}`).join(', ')})`));
      continue;
    }
    out(cond('Accepted', true, 'Accepted', `attached to listener${withHosts.length > 1 ? 's' : ''} ${withHosts.map((x) => x.l.listener.name).join(', ')} of Gateway ${gwKey}`));
    for (const { l, hosts } of withHosts) {
      if (attachedTo.has(l)) continue;
      attachedTo.add(l);
      l.attachedRoutes++;
      addEntries(l, route, routeKey, rules, hosts);
    }
  }
  ix.routes.set(routeKey, { route, parents });
}

function addEntries(l: ListenerState, route: HTTPRoute, routeKey: string, rules: HTTPRouteRule[], hosts: string[] | null): void {
  for (const hostname of hosts ?? [null]) {
    const bucket = hostname === null ? l.any
      : hostname.startsWith('*.') ? (l.wildcard.find((w) => w.pattern === hostname) ?? (l.wildcard.push({ pattern: hostname, entries: [] }), l.wildcard[l.wildcard.length - 1]!)).entries
      : (l.exact.get(hostname) ?? (l.exact.set(hostname, []), l.exact.get(hostname)!));
    rules.forEach((rule, ruleIndex) => {
      const matches = rule.matches?.length ? rule.matches : [{}];
      matches.forEach((match, matchIndex) => {
        // HTTPRouteMatch.Path defaults to PathPrefix "/"
        const pathType = match.path?.type ?? 'PathPrefix';
        const pathValue = match.path?.value ?? '/';
        const e: MatchEntry = { route, routeKey, rule, ruleIndex, matchIndex, match, hostname, pathType, pathValue };
        if (pathType === 'RegularExpression') { try { e.regex = new RegExp(`^(?:${pathValue})$`); } catch { return; } }
        bucket.push(e);
      });
    });
  }
}

const PATH_RANK = { Exact: 3, RegularExpression: 2, PathPrefix: 1 } as const;

/**
 * HTTPRouteRule precedence (httproute_types.go; KUBERNETES-NOTES "Gateway API"): the more
 * specific hostname, then Exact path, then the longest path (RegularExpression ranked between
 * Exact and PathPrefix, as Envoy Gateway does: implementation-specific), then a method, most
 * headers, most query params, the oldest route, namespace/name, and rule/match order inside a route.
 */
export function precedence(a: MatchEntry, b: MatchEntry): number {
  return hostnameRank(b.hostname) - hostnameRank(a.hostname)
    || PATH_RANK[b.pathType] - PATH_RANK[a.pathType]
    || b.pathValue.length - a.pathValue.length
    || (b.match.method ? 1 : 0) - (a.match.method ? 1 : 0)
    || (b.match.headers?.length ?? 0) - (a.match.headers?.length ?? 0)
    || (b.match.queryParams?.length ?? 0) - (a.match.queryParams?.length ?? 0)
    || cmp(a.route.metadata.creationTimestamp ?? '', b.route.metadata.creationTimestamp ?? '')
    || cmp(a.routeKey, b.routeKey)
    || a.ruleIndex - b.ruleIndex
    || a.matchIndex - b.matchIndex;
}

const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
