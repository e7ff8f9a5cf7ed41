// `sim http`: an HTTP request from a client through an ingress controller to the pods that answer
// (DESIGN.md "Command-line contract", `sim http`): through a Gateway and its HTTPRoutes when the
// address is a Gateway's (gateway/request.ts), else through an ingress controller.
//
// client ──route()──▶ controller Service ──▶ controller pod ──matchIngress()──▶ Ingress rule
//        ──route() from the controller pod──▶ backend Service ──▶ endpoints ──▶ pods
//
// Statuses: 404 when no rule (and no defaultBackend) matches — ingress-nginx's own default backend
// answers; 503 when the rule's Service is missing, lacks the port, or has no ready endpoint
// (ingress-nginx has no upstream at all); 504 when endpoints exist but NetworkPolicy drops the
// controller's connections (ingress-nginx waits proxy_connect_timeout, 5 s, then answers
// 504 Gateway Timeout); 200 when at least one pod may answer.
import type { Cluster } from './cluster.js';
import type { Hop, KObject, Pod, Service } from './types.js';
import { route } from './route.js';
import { isIPv4 } from './ip.js';
import { buildIngressIndex, matchIngress, type Ingress, type IngressClass } from './ingress/index.js';
import { gatewayIndex, gatewayRequest } from './gateway/index.js';

export interface HttpQuery {
  url: string;
  /** `external` (default) or `NS/POD`. */
  from?: string;
  headers?: Record<string, string>;
  method?: string;
}

export interface HttpResult {
  /** `NS/SERVICE:PORT` (PORT as the Ingress names it) of the heaviest backend, null when none. */
  backend: string | null;
  backends: Array<{ ref: string; weight: number }>;
  /** `NS/NAME` of the Ingress that answered. */
  route: string | null;
  hops: Hop[];
  /** The HTTP status the client gets; absent when the connection never reaches a controller. */
  status?: number;
  /** `NS/POD:PORT` of the pods that may answer (status 200). */
  pods: string[];
  /** A RequestRedirect filter's answer (Gateway API). */
  redirect?: { status: number; location: string };
  /** A usage problem (bad URL, --from naming nothing): the CLI exits 2. */
  error?: string;
}

export const NGINX_LABEL = 'app.kubernetes.io/name';
export const NGINX_CONTROLLER = 'k8s.io/ingress-nginx';
export const GATEWAY_NOT_SIMULATED = 'Gateway API is not simulated yet';

const q = (s: string): string => JSON.stringify(s);
const ref = (o: KObject): string => `${o.metadata.namespace ?? 'default'}/${o.metadata.name ?? ''}`;

export function httpRequest(cluster: Cluster, query: HttpQuery): HttpResult {
  const hops: Hop[] = [];
  const res: HttpResult = { backend: null, backends: [], route: null, hops, pods: [] };
  const usage = (message: string): HttpResult => ({ ...res, hops: [{ step: 'input', status: 'fail', detail: message }], error: message });

  // ---- the URL ----
  let url: URL;
  try { url = new URL(query.url); } catch { return usage(`--url must be an absolute http:// or https:// URL, got ${q(query.url)}`); }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return usage(`--url must use http:// or https://, got ${q(url.protocol.replace(/:$/, ''))}`);
  const address = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (address === '') return usage(`--url has no address: ${q(query.url)}`);
  const port = url.port !== '' ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  const path = url.pathname || '/';
  const method = (query.method ?? 'GET').toUpperCase();
  if (!/^[A-Z]+$/.test(method)) return usage(`--method must be an HTTP method such as GET or POST, got ${q(query.method ?? '')}`);
  const hostHeader = Object.entries(query.headers ?? {}).find(([k]) => k.toLowerCase() === 'host')?.[1];
  const host = stripPort(hostHeader ?? address);
  const from = query.from ?? 'external';

  // ---- a Gateway's address? (status.addresses, else spec.addresses) ----
  const gs = gatewayIndex(cluster).byAddress.get(address);
  if (gs) {
    hops.push({ step: 'request', status: 'ok', detail: `${from === 'external' ? 'a client outside the cluster' : `pod ${from}`} sends ${method} ${path}${url.search} to ${address}:${port} (${url.protocol.replace(/:$/, '')}) with Host: ${host}` });
    if (from !== 'external' && !cluster.index.pods.has(from.includes('/') ? from : `default/${from}`)) return usage(`--from names no pod: ${q(from)}; use NS/POD or external`);
    const headers: Record<string, string> = { ...(query.headers ?? {}) };
    const ans = gatewayRequest(cluster, gs, { scheme: url.protocol === 'https:' ? 'https' : 'http', port, host: host.toLowerCase(), path, query: url.searchParams, method, headers });
    hops.push(...ans.hops);
    return { ...res, backend: ans.backend, backends: ans.backends, route: ans.route, pods: ans.pods, ...(ans.status !== undefined ? { status: ans.status } : {}), ...(ans.redirect ? { redirect: ans.redirect } : {}) };
  }

  hops.push({
    step: 'request',
    status: 'ok',
    detail: `${from === 'external' ? 'a client outside the cluster' : `pod ${from}`} sends ${method} ${path} to ${address}:${port} (${url.protocol.replace(/:$/, '')}) with Host: ${host}${hostHeader === undefined ? ' (no Host header given: the URL\'s address is sent; pass --header Host:NAME to name a virtual host)' : ''}`,
  });

  // ---- client → controller Service → controller pods ----
  const toCtl = route(cluster, { from, to: `${address}:${port}` });
  if (toCtl.error) return usage(toCtl.error);
  hops.push(...toCtl.hops);
  if (!toCtl.reachable) {
    hops.push({ step: 'controller', status: 'fail', detail: `the request never reaches an ingress controller: ${toCtl.reason}` });
    return res;
  }
  const reached = toCtl.backends.map((b) => ({ b, pod: cluster.index.pods.get(b.replace(/:\d+$/, '')) }));
  const pods = reached.map((r) => r.pod).filter((p): p is Pod => p !== undefined);
  const classes = (cluster.index.byKind.get('IngressClass') ?? []) as IngressClass[];
  const ctl = identifyController(pods, classes);
  if (!ctl) {
    hops.push({
      step: 'controller',
      status: 'fail',
      detail: `${address}:${port} reaches ${toCtl.backends.slice(0, 3).join(', ')}, which ${toCtl.backends.length === 1 ? 'is' : 'are'} not an ingress controller: no pod carries ${NGINX_LABEL}: ingress-nginx and no IngressClass's spec.controller names them; send the request to the ingress controller's Service (its NodePort, LoadBalancer IP or ClusterIP)`,
    });
    return res;
  }
  const ctlPod = ctl.pod;

  const index = buildIngressIndex((cluster.index.byKind.get('Ingress') ?? []) as Ingress[], classes);
  let cls: string | undefined;
  let clsWhy: string;
  if (ctl.classes.length > 0) {
    const def = ctl.classes.find((c) => c.metadata.name === index.defaultClass);
    cls = (def ?? ctl.classes[0]!).metadata.name;
    clsWhy = `IngressClass ${q(cls ?? '')} (spec.controller ${ctl.controller ?? '?'})${ctl.classes.length > 1 ? ` — ${ctl.classes.length} classes name this controller; ${def ? 'the default one' : 'the first'} is used` : ''}`;
  } else if (index.defaultClass !== null) {
    cls = index.defaultClass;
    clsWhy = `no IngressClass names controller ${ctl.controller ?? '?'} in spec.controller, so the default IngressClass ${q(cls)} is used; create an IngressClass with spec.controller: ${ctl.controller ?? NGINX_CONTROLLER} for this controller`;
  } else {
    clsWhy = `no IngressClass names controller ${ctl.controller ?? '?'} and none is marked default, so every Ingress is considered; create an IngressClass with spec.controller: ${ctl.controller ?? NGINX_CONTROLLER}`;
  }
  hops.push({ step: 'controller', status: ctl.classes.length > 0 ? 'ok' : 'warn', detail: `pod ${ref(ctlPod)} is ${ctl.what}; it serves ${clsWhy}` });

  // ---- the Ingress rule ----
  const m = matchIngress(index, { host, path, ...(cls !== undefined ? { class: cls } : {}) });
  hops.push(...m.hops);
  res.route = m.ingress;
  if (m.backend === null) {
    res.status = 404;
    hops.push({ step: 'response', status: 'fail', detail: `404 Not Found: no Ingress of ${cls !== undefined ? `class ${q(cls)}` : 'this controller'} routes host ${q(host)} path ${q(path)}${m.resource ? ` to a Service (${m.resource} is a resource backend)` : ''}; the controller's default backend answers. Check the rule's host (the Host header the client sends) and path` });
    return res;
  }
  res.backend = m.backend;
  res.backends = [{ ref: m.backend, weight: 1 }];

  // ---- controller pod → backend Service → endpoints → pods ----
  const bm = /^([^/]+)\/([^:]+)(?::(.+))?$/.exec(m.backend)!;
  const [, ns, name, portRef] = bm as unknown as [string, string, string, string | undefined];
  const svc = cluster.index.services.get(`${ns}/${name}`);
  const unavailable = (detail: string): HttpResult => {
    res.status = 503;
    hops.push({ step: 'response', status: 'fail', detail: `503 Service Unavailable: ${detail}` });
    return res;
  };
  if (!svc) {
    const elsewhere = [...cluster.index.services.values()].filter((s) => s.metadata.name === name).map((s) => s.metadata.namespace);
    return unavailable(`the Ingress sends it to Service ${ns}/${name}, which does not exist${elsewhere.length ? ` (there is one in ${elsewhere.slice(0, 3).join(', ')}; an Ingress can only name Services in its own namespace)` : ''}; create it or fix spec.rules[].http.paths[].backend.service.name`);
  }
  const sp = resolvePort(svc, portRef);
  if (!sp) {
    const ports = (svc.spec.ports ?? []).map((p) => `${p.port}${p.name ? ` (${p.name})` : ''}`).join(', ') || 'none';
    return unavailable(`Service ${ns}/${name} has no port ${portRef === undefined ? '' : /^\d+$/.test(portRef) ? `number ${portRef}` : `named ${q(portRef)}`}; its ports: ${ports}. The Ingress backend's service.port must name a Service port (not the targetPort)`);
  }
  const clusterIP = svc.spec.clusterIP;
  const target = clusterIP && clusterIP !== 'None' && isIPv4(clusterIP) ? clusterIP : `${name}.${ns}.svc.${cluster.settings.clusterDomain}`;
  hops.push({ step: 'proxy', status: 'ok', detail: `controller pod ${ref(ctlPod)} proxies to Service ${ns}/${name} port ${sp}${portRef !== undefined && !/^\d+$/.test(portRef) ? ` (named ${q(portRef)})` : ''}, i.e. to its endpoints` });
  const up = route(cluster, { from: ref(ctlPod), to: `${target}:${sp}` });
  hops.push(...up.hops);
  if (up.error) return unavailable(up.error);
  if (!up.reachable) {
    if (up.hops.some((h) => h.step === 'policy' && h.status === 'fail')) {
      res.status = 504;
      hops.push({ step: 'response', status: 'fail', detail: `504 Gateway Timeout: Service ${ns}/${name} has endpoints, but NetworkPolicy drops the controller's connections to them, so ingress-nginx waits (proxy_connect_timeout, 5 s) and gives up: ${up.reason}` });
      return res;
    }
    return unavailable(`no endpoint of Service ${ns}/${name} is reachable from the controller: ${up.reason}`);
  }
  res.status = 200;
  res.pods = up.backends;
  hops.push({ step: 'response', status: 'ok', detail: `200: ${m.backend} answers from ${up.backends.slice(0, 5).join(', ')}${up.backends.length > 5 ? ', …' : ''}` });
  return res;
}

function stripPort(h: string): string {
  const t = h.trim();
  if (t.startsWith('[')) { const e = t.indexOf(']'); return e > 0 ? t.slice(1, e) : t; }
  const c = t.indexOf(':');
  return c >= 0 ? t.slice(0, c) : t;
}

/** The Service port an Ingress backend names: a number must be a Service port; a name, a Service port's name. */
function resolvePort(svc: Service, portRef: string | undefined): number | null {
  const ports = svc.spec.ports ?? [];
  if (portRef === undefined) return ports.length === 1 ? ports[0]!.port : null;
  if (/^\d+$/.test(portRef)) return ports.find((p) => p.port === Number(portRef))?.port ?? null;
  return ports.find((p) => p.name === portRef)?.port ?? null;
}

interface Controller { pod: Pod; what: string; controller: string | null; classes: IngressClass[] }

/**
 * Which reached pod is an ingress controller: one labelled app.kubernetes.io/name: ingress-nginx
 * (its IngressClasses are those with spec.controller k8s.io/ingress-nginx), or one whose
 * app.kubernetes.io/name or app label an IngressClass's spec.controller names (traefik.io/…).
 */
function identifyController(pods: Pod[], classes: IngressClass[]): Controller | null {
  for (const pod of pods) {
    if (pod.metadata.labels?.[NGINX_LABEL] === 'ingress-nginx')
      return { pod, what: `ingress-nginx (label ${NGINX_LABEL}: ingress-nginx)`, controller: NGINX_CONTROLLER, classes: classes.filter((c) => c.spec?.controller === NGINX_CONTROLLER) };
  }
  for (const pod of pods) {
    const labels = pod.metadata.labels ?? {};
    for (const key of [NGINX_LABEL, 'app', 'app.kubernetes.io/instance']) {
      const v = labels[key];
      if (!v || v.length < 3) continue;
      const named = classes.filter((c) => (c.spec?.controller ?? '').toLowerCase().includes(v.toLowerCase()));
      if (named.length) return { pod, what: `an ingress controller (label ${key}: ${v}, named by IngressClass ${named.map((c) => c.metadata.name).join(', ')})`, controller: named[0]!.spec?.controller ?? null, classes: named };
    }
  }
  return null;
}
