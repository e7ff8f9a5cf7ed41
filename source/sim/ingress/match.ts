// Ingress matching: which backend an HTTP request (host, path) reaches, as the Ingress
// specification says (kubernetes.io docs "Ingress": path types, "Multiple matches", hostname
// wildcards; kubernetes-sigs/ingress-controller-conformance features host_rules, path_rules,
// default_backend) and as ingress-nginx merges several Ingresses of one class.
//
// Build once (buildIngressIndex), then answer by map lookups (matchIngress): a host is one
// Map lookup (exact, then the wildcard for its parent domain, then the host-less rules); a path
// is one Exact lookup plus one Prefix lookup per path element.
import type { Hop } from '../types.js';
import {
  type Ingress, type IngressBackend, type IngressClass,
  classOfIngress, chooseDefaultClass, compareIngressOrder,
} from './classes.js';

export type { Ingress, IngressClass, IngressBackend } from './classes.js';

interface IngressRef { ingress: Ingress; key: string; namespace: string; order: number }

interface PathEntry {
  ref: IngressRef;
  ruleIndex: number;
  pathIndex: number;
  path: string;      // as written
  pathType: string;  // as written
  backend: IngressBackend | undefined;
  shadowed: Array<{ ref: IngressRef; ruleIndex: number; pathIndex: number; pathType: string }>;
}

interface Server {
  host: string;                        // '' for the host-less (catch-all) rules
  exact: Map<string, PathEntry>;       // request path -> Exact rule
  prefix: Map<string, PathEntry>;      // normalized prefix -> Prefix/ImplementationSpecific rule
  entries: PathEntry[];                // every path in order, for explanations
  ingresses: IngressRef[];             // Ingresses with a rule for this host, in controller order
}

interface TlsSource { ref: IngressRef; secretName: string | undefined; host: string }

interface Group {
  ingresses: IngressRef[];
  exactHosts: Map<string, Server>;
  wildcardHosts: Map<string, Server>;  // "*.foo.com" is stored under "foo.com"
  catchAll: Server | null;
  tlsExact: Map<string, TlsSource>;
  tlsWildcard: Map<string, TlsSource>;
  withDefault: IngressRef[];           // Ingresses that set spec.defaultBackend, in order
}

export interface IngressIndex {
  readonly classNames: ReadonlySet<string>;        // IngressClass objects in the cluster
  readonly defaultClass: string | null;
  readonly markedDefault: readonly string[];       // every class annotated default
  readonly groups: ReadonlyMap<string, Group>;     // by class name
  readonly all: Group;                             // every Ingress, as one controller
  readonly unclassed: readonly IngressRef[];       // Ingresses with no class at all
  readonly classOf: ReadonlyMap<string, string | null>; // Ingress key -> class name it asks for
}

export interface IngressRequest { host: string; path: string; class?: string }

export interface IngressMatch {
  /** "NS/SERVICE:PORT", PORT as the Ingress names it (number or port name); null when no Service backend applies. */
  backend: string | null;
  /** "NS/NAME" of the Ingress whose rule (or defaultBackend) answered. */
  ingress: string | null;
  /** The matched rule's path and pathType as written; null when no path rule matched. */
  path: string | null;
  pathType: string | null;
  /** The request's host is listed in a spec.tls entry (served over HTTPS). */
  tls: boolean;
  /** A resource backend ("Kind.apiGroup/NS/NAME"), when the matched backend is not a Service. */
  resource?: string;
  /** The IngressClass asked (null: every Ingress, no default class). */
  class: string | null;
  hops: Hop[];
}

const EMPTY_GROUP = (): Group => ({
  ingresses: [], exactHosts: new Map(), wildcardHosts: new Map(), catchAll: null,
  tlsExact: new Map(), tlsWildcard: new Map(), withDefault: [],
});

/**
 * Index Ingresses and IngressClasses once. Ingresses are read in controller order
 * (compareIngressOrder) so that on a conflict the first, oldest one wins.
 */
export function buildIngressIndex(ingresses: readonly Ingress[], ingressClasses: readonly IngressClass[] = []): IngressIndex {
  const { chosen, marked } = chooseDefaultClass(ingressClasses);
  const defaultClass = chosen?.metadata.name ?? null;
  const classNames = new Set(ingressClasses.map((c) => c.metadata.name ?? ''));

  const refs: IngressRef[] = ingresses.map((ing, i) => ({
    ingress: ing,
    key: `${ing.metadata.namespace ?? 'default'}/${ing.metadata.name ?? ''}`,
    namespace: ing.metadata.namespace ?? 'default',
    order: i,
  }));
  // Stable sort: equal keys keep file order.
  refs.sort((a, b) => compareIngressOrder(a.ingress, b.ingress) || a.order - b.order);
  refs.forEach((r, i) => { r.order = i; });

  const byClass = new Map<string, IngressRef[]>();
  const unclassed: IngressRef[] = [];
  const classOf = new Map<string, string | null>();
  for (const r of refs) {
    const { name } = classOfIngress(r.ingress);
    classOf.set(r.key, name);
    if (name === null) { unclassed.push(r); continue; }
    let list = byClass.get(name);
    if (!list) byClass.set(name, (list = []));
    list.push(r);
  }
  for (const n of classNames) if (!byClass.has(n)) byClass.set(n, []);
  if (defaultClass !== null && !byClass.has(defaultClass)) byClass.set(defaultClass, []);

  const groups = new Map<string, Group>();
  for (const [name, list] of byClass) {
    // The DefaultIngressClass admission plugin gives a new Ingress without class (field or
    // annotation) the default class, so class-less Ingresses belong to the default class.
    const members = name === defaultClass && unclassed.length > 0
      ? [...list, ...unclassed].sort((a, b) => a.order - b.order)
      : list;
    groups.set(name, buildGroup(members));
  }
  return {
    classNames, defaultClass, markedDefault: marked.map((c) => c.metadata.name ?? ''),
    groups, all: buildGroup(refs), unclassed, classOf,
  };
}

function buildGroup(members: IngressRef[]): Group {
  const g = EMPTY_GROUP();
  g.ingresses = members;
  for (const ref of members) {
    const spec = ref.ingress.spec ?? {};
    if (spec.defaultBackend) g.withDefault.push(ref);
    (spec.rules ?? []).forEach((rule, ruleIndex) => {
      const host = (rule.host ?? '').toLowerCase();
      const server = serverFor(g, host);
      if (!server.ingresses.includes(ref)) server.ingresses.push(ref);
      (rule.http?.paths ?? []).forEach((p, pathIndex) => addPath(server, ref, ruleIndex, pathIndex, p.path ?? '', p.pathType, p.backend));
    });
    for (const t of spec.tls ?? []) {
      // An entry without hosts covers every host of the same Ingress
      // (IngressTLS.hosts: "defaults to the wildcard host setting for the loadbalancer").
      const hosts = t.hosts && t.hosts.length > 0 ? t.hosts : (spec.rules ?? []).map((r) => r.host ?? '').filter((h) => h !== '');
      for (const h0 of hosts) {
        const h = h0.toLowerCase();
        const src: TlsSource = { ref, secretName: t.secretName, host: h0 };
        if (h.startsWith('*.')) { if (!g.tlsWildcard.has(h.slice(2))) g.tlsWildcard.set(h.slice(2), src); }
        else if (!g.tlsExact.has(h)) g.tlsExact.set(h, src);
      }
    }
  }
  return g;
}

function serverFor(g: Group, host: string): Server {
  const mk = (): Server => ({ host, exact: new Map(), prefix: new Map(), entries: [], ingresses: [] });
  if (host === '') return g.catchAll ?? (g.catchAll = mk());
  const table = host.startsWith('*.') ? g.wildcardHosts : g.exactHosts;
  const key = host.startsWith('*.') ? host.slice(2) : host;
  let s = table.get(key);
  if (!s) table.set(key, (s = mk()));
  return s;
}

function addPath(server: Server, ref: IngressRef, ruleIndex: number, pathIndex: number, path: string, pathType: string | undefined, backend: IngressBackend | undefined): void {
  // A v1 path always has a pathType (validation requires it); an object without one is read as
  // v1beta1 defaulted it, ImplementationSpecific.
  const type = pathType ?? 'ImplementationSpecific';
  const entry: PathEntry = { ref, ruleIndex, pathIndex, path, pathType: type, backend, shadowed: [] };
  server.entries.push(entry);
  const { table, key } = pathKey(server, type, path);
  if (!table) return; // unsupported pathType: never matches (the API server rejects it anyway)
  const first = table.get(key);
  // ingress-nginx createServers: a location with the same path and type already configured for
  // the server is kept ("Location ... already configured"); the first Ingress in order wins.
  if (first) first.shadowed.push({ ref, ruleIndex, pathIndex, pathType: type });
  else table.set(key, entry);
}

function pathKey(server: Server, type: string, path: string): { table: Map<string, PathEntry> | null; key: string } {
  switch (type) {
    case 'Exact': return { table: server.exact, key: path === '' ? '/' : path };
    // ImplementationSpecific: ingress-nginx's store turns it into Prefix when it reads an Ingress
    // (internal/k8s SetDefaultNGINXPathType: "if *p.PathType == ImplementationSpecific { p.PathType = Prefix }"),
    // then updateServerLocations gives every Prefix path a "location /foo/" plus "location = /foo",
    // i.e. element-wise matching. (Only use-regex/rewrite-target annotations change that; not modelled.)
    case 'Prefix':
    case 'ImplementationSpecific': return { table: server.prefix, key: normalizePrefix(path) };
    default: return { table: null, key: '' };
  }
}

/** A Prefix path without its trailing slash ("/aaa/bbb/" matches like "/aaa/bbb"); "" and "/" are the root. */
export function normalizePrefix(p: string): string {
  let end = p.length;
  while (end > 0 && p.charCodeAt(end - 1) === 47 /* / */) end--;
  return end === 0 ? '/' : p.slice(0, end);
}

/** Prefix matching, element by element on '/' (docs "Path types"): /aaa/bbb matches /aaa/bbb/ccc, not /aaa/bbbxyz. */
export function prefixMatches(rulePath: string, requestPath: string): boolean {
  const p = normalizePrefix(rulePath);
  return p === '/' || requestPath === p || requestPath.startsWith(p + '/');
}

/** Exact matching: the whole path, case-sensitive; "/foo/" does not match "/foo" (conformance path_rules). */
export function exactMatches(rulePath: string, requestPath: string): boolean {
  return (rulePath === '' ? '/' : rulePath) === requestPath;
}

/** What a client sends: the path without query or fragment, always starting with '/'. */
export function normalizeRequestPath(path: string): string {
  let p = path;
  const q = p.search(/[?#]/);
  if (q >= 0) p = p.slice(0, q);
  if (!p.startsWith('/')) p = '/' + p;
  return p;
}

/** The Host header as a virtual host: lower case, without port or trailing dot. */
export function normalizeRequestHost(host: string): string {
  let h = host.trim().toLowerCase();
  if (h.startsWith('[')) { const e = h.indexOf(']'); return e > 0 ? h.slice(0, e + 1) : h; }
  const colon = h.indexOf(':');
  if (colon >= 0) h = h.slice(0, colon);
  if (h.endsWith('.')) h = h.slice(0, -1);
  return h;
}

type HostHow = 'exact' | 'wildcard' | 'catch-all';

function lookupServer(g: Group, host: string): { server: Server; how: HostHow } | null {
  if (host !== '') {
    const s = g.exactHosts.get(host);
    if (s) return { server: s, how: 'exact' };
    // A wildcard covers exactly one DNS label (docs "Hostname wildcards"; conformance host_rules;
    // ingress-nginx buildServerName turns *.foo.com into ~^(?<subdomain>[\w-]+)\.foo\.com$).
    const dot = host.indexOf('.');
    if (dot > 0) {
      const w = g.wildcardHosts.get(host.slice(dot + 1));
      if (w) return { server: w, how: 'wildcard' };
    }
  }
  // A rule without host matches every host not named by another rule (nginx's "_" server).
  if (g.catchAll) return { server: g.catchAll, how: 'catch-all' };
  return null;
}

/**
 * The rule a path takes in one server. "Multiple matches": the longest matching path wins; at
 * equal length Exact beats Prefix. An Exact match is the whole request path, at least as long as
 * any Prefix that matches it, so it is looked up first; Prefix candidates are tried from the
 * longest element prefix of the request down to "/".
 */
function lookupPath(s: Server, path: string): PathEntry | null {
  const exact = s.exact.get(path);
  if (exact) return exact;
  if (s.prefix.size === 0) return null;
  let cur = normalizePrefix(path);
  for (;;) {
    const e = s.prefix.get(cur);
    if (e) return e;
    if (cur === '/') return null;
    const cut = cur.lastIndexOf('/');
    cur = cut <= 0 ? '/' : normalizePrefix(cur.slice(0, cut));
  }
}

function tlsFor(g: Group, host: string): TlsSource | null {
  if (host === '') return null;
  const e = g.tlsExact.get(host);
  if (e) return e;
  const dot = host.indexOf('.');
  return dot > 0 ? g.tlsWildcard.get(host.slice(dot + 1)) ?? null : null;
}

/** "NS/SERVICE:PORT" with the port as the Ingress names it. */
export function serviceBackendRef(namespace: string, b: IngressBackend | undefined): string | null {
  const svc = b?.service;
  if (!svc?.name) return null;
  const port = svc.port?.number ? String(svc.port.number) : svc.port?.name ?? '';
  return port === '' ? `${namespace}/${svc.name}` : `${namespace}/${svc.name}:${port}`;
}

function resourceRef(namespace: string, b: IngressBackend | undefined): string | null {
  const r = b?.resource;
  if (!r) return null;
  const kind = r.apiGroup ? `${r.kind ?? ''}.${r.apiGroup}` : r.kind ?? '';
  return `${kind}/${namespace}/${r.name ?? ''}`;
}

const q = (s: string): string => JSON.stringify(s);
const pathField = (e: { ruleIndex: number; pathIndex: number }): string => `spec.rules[${e.ruleIndex}].http.paths[${e.pathIndex}]`;

/** Answer one request. Without req.class: the default IngressClass; with none, every Ingress. */
export function matchIngress(index: IngressIndex, req: IngressRequest): IngressMatch {
  const hops: Hop[] = [];
  const host = normalizeRequestHost(req.host);
  const path = normalizeRequestPath(req.path);

  // 1. Which controller (IngressClass) is asked.
  let group: Group;
  let cls: string | null;
  if (req.class !== undefined && req.class !== '') {
    cls = req.class;
    group = index.groups.get(cls) ?? EMPTY_GROUP();
    const exists = index.classNames.has(cls);
    const extra = cls === index.defaultClass && index.unclassed.length > 0
      ? `, ${index.unclassed.length} of them without a class of their own (the DefaultIngressClass admission plugin gives new class-less Ingresses the default class)`
      : '';
    hops.push({
      step: 'ingress-class',
      status: exists ? 'ok' : 'warn',
      detail: exists
        ? `asked of IngressClass ${q(cls)}: ${countIngresses(group.ingresses.length)} ${group.ingresses.length === 1 ? 'belongs' : 'belong'} to it${extra}`
        : `no IngressClass named ${q(cls)} exists; asked of the ${countIngresses(group.ingresses.length)} that name class ${q(cls)} (spec.ingressClassName or the legacy annotation kubernetes.io/ingress.class)`,
    });
  } else if (index.defaultClass !== null) {
    cls = index.defaultClass;
    group = index.groups.get(cls) ?? EMPTY_GROUP();
    const extra = index.unclassed.length > 0
      ? `, ${index.unclassed.length} of them without a class of their own (the DefaultIngressClass admission plugin gives new class-less Ingresses the default class)`
      : '';
    hops.push({
      step: 'ingress-class',
      status: 'ok',
      detail: `asked of IngressClass ${q(cls)}, the default class (annotation ingressclass.kubernetes.io/is-default-class: "true"): ${countIngresses(group.ingresses.length)} ${group.ingresses.length === 1 ? 'belongs' : 'belong'} to it${extra}`,
    });
    if (index.markedDefault.length > 1) {
      hops.push({
        step: 'ingress-class',
        status: 'warn',
        detail: `IngressClasses ${index.markedDefault.map(q).join(', ')} are all marked default; the admission plugin picks the newest, ${q(cls)}. Mark only one as default.`,
      });
    }
  } else {
    cls = null;
    group = index.all;
    hops.push({
      step: 'ingress-class',
      status: 'ok',
      detail: `no IngressClass is marked default (annotation ingressclass.kubernetes.io/is-default-class: "true"): every Ingress (${group.ingresses.length}) is asked, as if one controller served them all`,
    });
  }

  const result: IngressMatch = { backend: null, ingress: null, path: null, pathType: null, tls: false, class: cls, hops };

  // 2. Host.
  const found = lookupServer(group, host);
  if (found) {
    hops.push({ step: 'host', status: 'ok', detail: describeHost(found.server, found.how, host) });
  } else {
    hops.push({ step: 'host', status: 'warn', detail: `no rule names host ${host === '' ? '(none: the request has no Host header)' : q(host)} and no rule is host-less${wildcardHint(group, host)}` });
  }

  // 3. Path within that host.
  const entry = found ? lookupPath(found.server, path) : null;
  if (found && entry) {
    hops.push({ step: 'path', status: 'ok', detail: describePathMatch(entry, path, found.server) });
    for (const s of entry.shadowed) {
      hops.push({
        step: 'path',
        status: 'warn',
        detail: `Ingress ${s.ref.key} also defines ${s.pathType} ${q(entry.ref.ingress.spec?.rules?.[s.ruleIndex]?.http?.paths?.[s.pathIndex]?.path ?? '')} for this host (${pathField(s)}); ${entry.ref.key} is read first and wins (ingress-nginx orders Ingresses by creationTimestamp, oldest first, and keeps the first location)`,
      });
    }
    result.ingress = entry.ref.key;
    result.path = entry.path;
    result.pathType = entry.pathType;
    applyBackend(result, entry.ref, entry.backend, `${pathField(entry)}.backend`);
  } else {
    if (found) hops.push({ step: 'path', status: 'warn', detail: describePathMiss(found.server, path) });
    applyDefaultBackend(result, group, found?.server ?? null, found?.how ?? null, host, path);
    hintOtherClasses(index, group, host, path, hops);
  }

  // 4. TLS.
  const tls = tlsFor(group, host);
  result.tls = tls !== null;
  if (tls) {
    const secret = tls.secretName
      ? `secret ${q(tls.secretName)}`
      : 'no secretName, so ingress-nginx serves its default self-signed certificate';
    hops.push({
      step: 'tls',
      status: 'ok',
      detail: `host ${q(host)} is listed in spec.tls of Ingress ${tls.ref.key} as ${q(tls.host)} (${secret}): served over HTTPS; ingress-nginx also redirects plain HTTP to HTTPS for it (308, ssl-redirect is on by default)`,
    });
  } else {
    hops.push({ step: 'tls', status: 'ok', detail: host === '' ? 'no Host header: plain HTTP (TLS is chosen per host name)' : `no spec.tls entry lists host ${q(host)}: plain HTTP only` });
  }
  return result;
}

function countIngresses(n: number): string { return n === 1 ? '1 Ingress' : `${n} Ingresses`; }

function describeHost(s: Server, how: HostHow, host: string): string {
  const from = s.ingresses.length === 1
    ? `Ingress ${s.ingresses[0]!.key}`
    : `Ingresses ${s.ingresses.map((r) => r.key).join(', ')} (their rules for this host are merged, as ingress-nginx merges them)`;
  switch (how) {
    case 'exact': return `host ${q(host)} matches the rule host ${q(s.host)} of ${from}`;
    case 'wildcard': return `host ${q(host)} matches the wildcard rule host ${q(s.host)} of ${from} (a wildcard covers exactly one DNS label)`;
    case 'catch-all': return host === ''
      ? `the request has no Host header: the host-less rules of ${from} apply`
      : `no rule names host ${q(host)}: the host-less rules of ${from} apply (a rule without host matches any host)`;
  }
}

function wildcardHint(g: Group, host: string): string {
  if (host === '') return '';
  if (g.wildcardHosts.has(host)) return `; note *.${host} does not match ${host} itself (a wildcard needs exactly one more label)`;
  const labels = host.split('.');
  for (let i = 2; i < labels.length; i++) {
    const suffix = labels.slice(i).join('.');
    if (g.wildcardHosts.has(suffix)) return `; note *.${suffix} covers one label only, and ${q(host)} has ${i} labels before ${suffix}`;
  }
  return '';
}

function describePathMatch(e: PathEntry, path: string, s: Server): string {
  const where = `(${s.host === '' ? 'host-less rule' : `host ${q(s.host)}`}, Ingress ${e.ref.key}, ${pathField(e)})`;
  switch (e.pathType) {
    case 'Exact': return `path ${q(path)} matches Exact ${q(e.path)} ${where}`;
    case 'Prefix': return `path ${q(path)} matches Prefix ${q(e.path)} element by element ${where}; the longest matching path wins`;
    default: return `path ${q(path)} matches ImplementationSpecific ${q(e.path)} ${where}, read as Prefix as ingress-nginx does (its store turns ImplementationSpecific into Prefix)`;
  }
}

function describePathMiss(s: Server, path: string): string {
  const all = [...new Set(s.entries.map((e) => `${e.pathType} ${q(e.path)}`))];
  const listed = all.slice(0, 6).join(', ') + (all.length > 6 ? `, … (${all.length} in all)` : '');
  const hints: string[] = [];
  for (const e of s.entries) {
    if (hints.length >= 2) break;
    let hint: string | null = null;
    if (e.pathType === 'Exact' && (e.path === path + '/' || e.path + '/' === path)) hint = `Exact ${q(e.path)} needs the path exactly, trailing slash included`;
    else if (e.pathType !== 'Exact' && normalizePrefix(e.path) !== '/' && path.startsWith(normalizePrefix(e.path)) && !prefixMatches(e.path, path)) hint = `${e.pathType} ${q(e.path)} matches whole path elements: ${q(normalizePrefix(e.path) + '/…')}, not ${q(path)}`;
    if (hint && !hints.includes(hint)) hints.push(hint);
  }
  const hostText = s.host === '' ? 'the host-less rules' : `host ${q(s.host)}`;
  return `no path of ${hostText} matches ${q(path)}; its paths: ${listed || 'none'}${hints.length ? `. ${hints.join('; ')}` : ''}`;
}

function applyBackend(result: IngressMatch, ref: IngressRef, b: IngressBackend | undefined, field: string): void {
  const svc = serviceBackendRef(ref.namespace, b);
  if (svc) {
    result.backend = svc;
    const port = b?.service?.port?.number ? `port number ${b.service.port.number}` : `port name ${q(b?.service?.port?.name ?? '')} (resolved on the Service's ports)`;
    result.hops.push({ step: 'backend', status: 'ok', detail: `Service ${ref.namespace}/${b!.service!.name}, ${port} (${field})` });
    return;
  }
  const res = resourceRef(ref.namespace, b);
  if (res) {
    result.resource = res;
    result.hops.push({
      step: 'backend',
      status: 'warn',
      detail: `backend is a resource, not a Service: ${res} (${field}); ingress-nginx only routes to Services and would answer this request from its own default backend (404)`,
    });
    return;
  }
  result.hops.push({ step: 'backend', status: 'fail', detail: `${field} names neither a Service nor a resource` });
}

/**
 * A request no rule matches goes to a defaultBackend (Ingress spec: "the backend that should
 * handle requests that don't match any rule"). Preference: an Ingress that has rules for the
 * matched host, then an Ingress with no rules (a catch-all), then any Ingress with one. Where
 * ingress-nginx answers otherwise, a hop says so: it uses an Ingress's defaultBackend only for the
 * hosts that Ingress defines first, or as the catch-all when the Ingress has no rules
 * (controller.go createServers), and answers 404 from its own default backend otherwise.
 */
function applyDefaultBackend(result: IngressMatch, g: Group, server: Server | null, how: HostHow | null, host: string, path: string): void {
  const hasRules = (r: IngressRef): boolean => (r.ingress.spec?.rules ?? []).length > 0;
  const pick = (server?.ingresses.find((r) => r.ingress.spec?.defaultBackend))
    ?? g.withDefault.find((r) => !hasRules(r))
    ?? g.withDefault[0];

  // What ingress-nginx would do.
  let nginx: IngressRef | null = null;
  if (server && how !== 'catch-all') {
    const first = server.ingresses[0];
    nginx = first && first.ingress.spec?.defaultBackend?.service ? first : null;
  } else {
    nginx = g.withDefault.find((r) => !hasRules(r) && r.ingress.spec?.defaultBackend?.service) ?? null;
  }

  const what = `host ${host === '' ? '(none)' : q(host)} path ${q(path)}`;
  if (!pick) {
    result.hops.push({
      step: 'backend',
      status: 'fail',
      detail: `404: no rule matches ${what} and no Ingress here has a defaultBackend; the controller answers from its own default backend (ingress-nginx: 404 Not Found)`,
    });
    return;
  }
  result.ingress = pick.key;
  result.hops.push({
    step: 'backend',
    status: 'ok',
    detail: `no rule matches ${what}: spec.defaultBackend of Ingress ${pick.key} takes it (the defaultBackend handles requests that match no rule)`,
  });
  applyBackend(result, pick, pick.ingress.spec!.defaultBackend, 'spec.defaultBackend');
  if (nginx !== pick) {
    const why = server && how !== 'catch-all'
      ? `it serves host ${q(server.host)} with the defaultBackend of the first Ingress defining that host (${server.ingresses[0]?.key ?? 'none'})${nginx ? '' : ', which has none'}`
      : 'it uses a defaultBackend for unknown hosts only from an Ingress without rules (the catch-all)';
    result.hops.push({
      step: 'backend',
      status: 'warn',
      detail: `ingress-nginx differs here: ${why}, so it would answer ${nginx ? `with ${serviceBackendRef(nginx.namespace, nginx.ingress.spec?.defaultBackend)} (Ingress ${nginx.key})` : '404 from its own default backend'}`,
    });
  }
}

/** On a miss, say which Ingresses of other classes would have matched: the usual cause is the class. */
function hintOtherClasses(index: IngressIndex, asked: Group, host: string, path: string, hops: Hop[]): void {
  const seen = new Set(asked.ingresses.map((r) => r.key));
  let n = 0;
  const consider = (g: Group, why: (key: string) => string): void => {
    if (n >= 3 || g === asked) return;
    const f = lookupServer(g, host);
    const e = f ? lookupPath(f.server, path) : null;
    if (!e || seen.has(e.ref.key)) return;
    seen.add(e.ref.key);
    n++;
    hops.push({ step: 'ingress-class', status: 'warn', detail: `Ingress ${e.ref.key} has a rule for this request, but ${why(e.ref.key)}` });
  };
  for (const [name, g] of index.groups) {
    const exists = index.classNames.has(name);
    consider(g, (key) => index.classOf.get(key) === null
      ? `it names no class, so it belongs to the default IngressClass ${q(name)}, which is not the one asked`
      : `it asks for IngressClass ${q(name)}${exists ? '' : ', and no IngressClass has that name'}, so it is not served here`);
  }
  if (index.unclassed.length > 0 && index.defaultClass === null) {
    consider(unclassedGroup(index), () => 'it names no class and no IngressClass is marked default, so no controller picks it up (ingress-nginx only with --watch-ingress-without-class)');
  }
}

const unclassedGroups = new WeakMap<IngressIndex, Group>();
function unclassedGroup(index: IngressIndex): Group {
  let g = unclassedGroups.get(index);
  if (!g) unclassedGroups.set(index, (g = buildGroup([...index.unclassed])));
  return g;
}
