// Cluster DNS as CoreDNS's kubernetes plugin answers it (kubernetes/dns docs/specification.md;
// coredns plugin/kubernetes parse.go, kubernetes.go findServices/findPods, plugin/backend_lookup.go),
// and a pod's resolver (resolv.conf from kubelet: search NS.svc.DOMAIN svc.DOMAIN DOMAIN, ndots:5).
import type { Hop, Pod, Service } from './types.js';
import type { Cluster } from './cluster.js';
import type { EndpointAddressInfo } from './cluster-index.js';
import { isIPv4, reverseName } from './ip.js';

export type DnsType = 'A' | 'AAAA' | 'CNAME' | 'SRV' | 'PTR';
export interface DnsQuery { name: string; type?: DnsType; from?: string }
export interface DnsResult {
  answers: string[];
  rcode: 'NOERROR' | 'NXDOMAIN';
  /** The canonical name when an A/AAAA query met a CNAME (ExternalName), with a trailing dot. */
  cname?: string;
  /** The names tried in order, with `from`, until one answered. */
  tried?: string[];
  hops: Hop[];
  /** A usage problem (a `from` that names no pod): the CLI exits 2. */
  error?: string;
  /** Nothing answered (kube-dns has no ready endpoints): the client's query timed out. */
  timedOut?: boolean;
}

interface Lookup { rcode: 'NOERROR' | 'NXDOMAIN'; answers: string[]; cname?: string; detail: string; outside?: boolean }

const MAX_CNAME_DEPTH = 8;

/** Resolve a name as CoreDNS would answer it, and with `from` as that pod's resolver would ask. */
export function resolveDns(cluster: Cluster, q: DnsQuery): DnsResult {
  const type: DnsType = q.type ?? 'A';
  const zone = cluster.settings.clusterDomain.toLowerCase().replace(/\.$/, '');
  let name = q.name.trim().toLowerCase();
  // `--type PTR --name 10.96.0.10` means the reverse name
  if (type === 'PTR' && isIPv4(name)) name = reverseName(name);

  if (!q.from) {
    const r = lookup(cluster, zone, name.replace(/\.$/, ''), type);
    return { answers: r.answers, rcode: r.rcode, ...(r.cname ? { cname: r.cname } : {}), hops: [hopFor(name.replace(/\.$/, ''), r, true)] };
  }

  const pod = findClient(cluster, q.from);
  if (!pod) return { answers: [], rcode: 'NXDOMAIN', hops: [{ step: 'dns', status: 'fail', detail: `no pod ${q.from} in the cluster` }], error: `no pod ${q.from} in the cluster` };
  const conf = resolvConf(cluster, pod, zone);
  const hops: Hop[] = [];
  const tried: string[] = [];
  const candidates = searchOrder(name, conf.search, conf.ndots);
  hops.push({ step: 'dns', status: 'ok', detail: conf.describe });
  const dnsDown = conf.clusterDns ? kubeDnsProblem(cluster) : undefined;
  let nodata: Lookup | undefined;
  for (let i = 0; i < candidates.length; i++) {
    const fq = candidates[i]!;
    tried.push(fq);
    let r: Lookup;
    if (dnsDown) {
      hops.push({ step: 'dns', status: 'fail', detail: `${fq}: ${dnsDown}` });
      return { answers: [], rcode: 'NXDOMAIN', tried, hops, timedOut: true };
    }
    if (!conf.clusterDns && (fq === zone || fq.endsWith(`.${zone}`))) {
      r = { rcode: 'NXDOMAIN', answers: [], detail: `${conf.resolverName} does not know cluster names (only CoreDNS at the kube-dns Service does)`, outside: true };
    } else {
      r = lookup(cluster, zone, fq, type);
    }
    const answered = r.answers.length > 0 || !!r.cname;
    const last = i === candidates.length - 1;
    hops.push(hopFor(fq, r, answered || last, !answered && !last));
    if (answered) return { answers: r.answers, rcode: 'NOERROR', ...(r.cname ? { cname: r.cname } : {}), tried, hops };
    if (r.rcode === 'NOERROR') nodata ??= r;
  }
  // res_search: a name that exists without records of this type (NODATA) beats NXDOMAIN
  return { answers: [], rcode: nodata ? 'NOERROR' : 'NXDOMAIN', tried, hops };
}

function hopFor(name: string, r: Lookup, final: boolean, searching = false): Hop {
  const what = r.answers.length ? `${r.answers.join(', ')}` : r.cname ? `CNAME ${r.cname}` : r.rcode === 'NOERROR' ? 'no records (NOERROR)' : 'NXDOMAIN';
  const detail = `${name} → ${what}: ${r.detail}${searching ? '; trying the next name' : ''}`;
  const status: Hop['status'] = r.answers.length || r.cname ? (r.outside ? 'warn' : 'ok') : searching ? 'ok' : final && r.rcode === 'NOERROR' ? 'warn' : 'fail';
  return { step: 'dns', status, detail };
}

function findClient(cluster: Cluster, ref: string): Pod | undefined {
  return cluster.index.pods.get(ref.includes('/') ? ref : `default/${ref}`);
}

/**
 * The names a resolver tries (glibc res_search): an absolute name (trailing dot) only as is;
 * fewer dots than ndots → the search list first, then as is; otherwise as is first.
 */
export function searchOrder(name: string, search: string[], ndots: number): string[] {
  if (name.endsWith('.')) return [name.slice(0, -1)];
  const dots = (name.match(/\./g) ?? []).length;
  const viaSearch = search.map((s) => `${name}.${s}`);
  return dots >= ndots ? [name, ...viaSearch] : [...viaSearch, name];
}

interface ResolvConf { search: string[]; ndots: number; clusterDns: boolean; resolverName: string; describe: string }

/** kubelet's resolv.conf for the pod (pkg/kubelet/network/dns): dnsPolicy, dnsConfig, hostNetwork. */
function resolvConf(cluster: Cluster, pod: Pod, zone: string): ResolvConf {
  const spec = pod.spec as Pod['spec'] & { dnsPolicy?: string; hostNetwork?: boolean; dnsConfig?: { nameservers?: string[]; searches?: string[]; options?: Array<{ name: string; value?: string }> } };
  const ns = pod.metadata.namespace!;
  let policy = spec.dnsPolicy ?? 'ClusterFirst';
  // ClusterFirst on the host network falls back to Default; ClusterFirstWithHostNet does not
  if (policy === 'ClusterFirst' && spec.hostNetwork) policy = 'Default';
  if (policy === 'ClusterFirstWithHostNet') policy = 'ClusterFirst';
  const dnsIP = cluster.index.services.get('kube-system/kube-dns')?.spec.clusterIP ?? '10.96.0.10';
  let search: string[] = [];
  let ndots = 1;
  let clusterDns = false;
  if (policy === 'ClusterFirst') { search = [`${ns}.svc.${zone}`, `svc.${zone}`, zone]; ndots = 5; clusterDns = true; }
  if (policy === 'None') clusterDns = (spec.dnsConfig?.nameservers ?? []).includes(dnsIP);
  search = [...search, ...(spec.dnsConfig?.searches ?? []).map((s) => s.toLowerCase())];
  const nd = spec.dnsConfig?.options?.find((o) => o.name === 'ndots')?.value;
  if (nd !== undefined && /^\d+$/.test(nd)) ndots = Math.min(Number(nd), 15);
  const resolverName = policy === 'Default' ? `the node's resolver (dnsPolicy ${spec.dnsPolicy ?? 'ClusterFirst'}${spec.hostNetwork ? ', hostNetwork' : ''})` : 'the pod\'s nameservers (dnsPolicy None)';
  const describe = clusterDns
    ? `${pod.metadata.namespace}/${pod.metadata.name} asks CoreDNS (nameserver ${dnsIP}), search ${search.join(' ') || '(none)'}, ndots:${ndots}`
    : `${pod.metadata.namespace}/${pod.metadata.name} asks ${resolverName}, not cluster DNS`;
  return { search, ndots, clusterDns, resolverName, describe };
}

/** When the kube-dns Service exists but nothing serves it, lookups time out. */
function kubeDnsProblem(cluster: Cluster): string | undefined {
  const svc = cluster.index.services.get('kube-system/kube-dns');
  if (!svc) return undefined;
  const eps = cluster.index.endpoints.get('kube-system/kube-dns');
  if (eps?.addresses.some((a) => a.ready)) return undefined;
  return 'Service kube-system/kube-dns has no ready endpoints, so nothing answers DNS queries (the client times out: "no servers could be reached"); check the coredns pods';
}

// ---- one question to CoreDNS -------------------------------------------------------------

function lookup(cluster: Cluster, zone: string, name: string, type: DnsType, depth = 0): Lookup {
  if (name.endsWith('.in-addr.arpa')) return type === 'PTR' ? reverse(cluster, zone, name) : { rcode: 'NXDOMAIN', answers: [], detail: 'reverse names answer only PTR queries' };
  if (name !== zone && !name.endsWith(`.${zone}`))
    return { rcode: 'NXDOMAIN', answers: [], outside: true, detail: `outside ${zone}: CoreDNS forwards it to the upstream resolver, which the simulator does not model` };
  const rel = name === zone ? [] : name.slice(0, -(zone.length + 1)).split('.');
  const nodata = (detail: string): Lookup => ({ rcode: 'NOERROR', answers: [], detail });
  const nx = (detail: string): Lookup => ({ rcode: 'NXDOMAIN', answers: [], detail });
  if (rel.length === 0) return nodata(`the zone apex ${zone} has only SOA and NS records`);
  const kindLabel = rel[rel.length - 1]!;
  if (kindLabel !== 'svc' && kindLabel !== 'pod') {
    const hint = rel.length === 2 && cluster.index.services.has(`${rel[1]}/${rel[0]}`) ? ` (did you mean ${rel[0]}.${rel[1]}.svc.${zone}?)` : '';
    return nx(`names in ${zone} are SVC.NS.svc.${zone} or IP.NS.pod.${zone}${hint}`);
  }
  if (rel.length === 1) return nodata(`${kindLabel}.${zone} has no records of its own`);
  const ns = rel[rel.length - 2]!;
  if (!cluster.index.namespaces.has(ns)) return nx(`namespace ${ns} does not exist`);
  if (rel.length === 2) return nodata(`namespace ${ns} exists; ${ns}.${kindLabel}.${zone} has no records of its own`);

  if (kindLabel === 'pod') {
    // `pods insecure` (kubeadm's Corefile): any dashed IPv4 in an existing namespace answers itself
    if (rel.length !== 3) return nx('pod names are A-B-C-D.NS.pod.DOMAIN');
    const ip = rel[0]!.replace(/-/g, '.');
    if (!isIPv4(ip)) return nx(`${rel[0]} is not a dashed IPv4 address`);
    if (type !== 'A') return nodata(`pod records are A records only`);
    const pod = cluster.index.podByIP.get(ip);
    return { rcode: 'NOERROR', answers: [ip], detail: pod ? `the address of pod ${pod.metadata.namespace}/${pod.metadata.name} (CoreDNS "pods insecure" echoes the name)` : `CoreDNS "pods insecure" answers any dashed IP without checking that a pod has it (none here does)` };
  }

  const svcName = rel[rel.length - 3]!;
  const svc = cluster.index.services.get(`${ns}/${svcName}`);
  if (!svc) {
    const elsewhere = [...cluster.index.services.values()].filter((s) => s.metadata.name === svcName).map((s) => s.metadata.namespace);
    return nx(`no Service ${svcName} in namespace ${ns}${elsewhere.length ? ` (there is one in ${elsewhere.slice(0, 3).join(', ')})` : ''}`);
  }
  const fqdn = `${svcName}.${ns}.svc.${zone}`;
  if (rel.length === 3) return serviceRecords(cluster, zone, svc, fqdn, type, '*', '*', depth);
  if (rel.length === 4) return endpointRecords(cluster, svc, fqdn, rel[0]!, type);
  if (rel.length === 5) {
    const strip = (s: string) => (s.startsWith('_') ? s.slice(1) : s);
    return serviceRecords(cluster, zone, svc, fqdn, type, strip(rel[0]!), strip(rel[1]!), depth);
  }
  return nx(`too many labels for a Service name`);
}

function dashed(ip: string): string { return ip.replace(/\./g, '-'); }

/** CoreDNS endpointHostname: the endpoint's hostname, else its IP with dashes. */
function endpointName(a: EndpointAddressInfo): string { return a.hostname ?? dashed(a.ip); }

function readyAddresses(cluster: Cluster, svc: Service): EndpointAddressInfo[] {
  return (cluster.index.endpoints.get(`${svc.metadata.namespace}/${svc.metadata.name}`)?.addresses ?? []).filter((a) => a.ready);
}

function matchPort(want: string, have: string): boolean {
  // CoreDNS matchPortAndProtocol: "*" (or "any") matches anything; otherwise case-insensitive equality
  return want === '*' || want === 'any' || want.toLowerCase() === have.toLowerCase();
}

function srvWeight(n: number): number {
  // backend_lookup.go SRV: 100 / (sum of weights at this priority) * 100, floored
  return Math.floor((100 / (100 * n)) * 100);
}

function serviceRecords(cluster: Cluster, zone: string, svc: Service, fqdn: string, type: DnsType, port: string, proto: string, depth: number): Lookup {
  const ref = `${svc.metadata.namespace}/${svc.metadata.name}`;
  if (svc.spec.type === 'ExternalName') {
    const target = (svc.spec.externalName ?? '').toLowerCase().replace(/\.$/, '');
    const cname = `${target}.`;
    if (type === 'CNAME') return { rcode: 'NOERROR', answers: [cname], detail: `Service ${ref} is ExternalName ${target}` };
    if (type === 'A' || type === 'AAAA' || type === 'SRV') {
      // CoreDNS follows a CNAME that points back into its own zone
      if ((target === zone || target.endsWith(`.${zone}`)) && depth < MAX_CNAME_DEPTH) {
        const inner = lookup(cluster, zone, target, type, depth + 1);
        return { rcode: inner.rcode === 'NXDOMAIN' && !inner.answers.length ? 'NOERROR' : inner.rcode, answers: inner.answers, cname, detail: `Service ${ref} is ExternalName ${target} (a CNAME), which CoreDNS resolves in the cluster: ${inner.detail}` };
      }
      return { rcode: 'NOERROR', answers: [], cname, outside: true, detail: `Service ${ref} is ExternalName: a CNAME to ${target}, outside the cluster; the client resolves that through the upstream resolver, which the simulator does not model` };
    }
    return { rcode: 'NOERROR', answers: [], detail: `Service ${ref} is ExternalName; it has no ${type} records` };
  }
  const headless = svc.spec.clusterIP === 'None';
  if (type === 'A' || type === 'AAAA') {
    if (port !== '*' || proto !== '*') {
      const has = (svc.spec.ports ?? []).some((p) => matchPort(port, p.name ?? '') && matchPort(proto, p.protocol ?? 'TCP'));
      if (!has) return { rcode: 'NXDOMAIN', answers: [], detail: `Service ${ref} has no port named ${port} over ${proto}` };
    }
    if (!headless) {
      if (type === 'AAAA') return { rcode: 'NOERROR', answers: [], detail: `Service ${ref} has an IPv4 ClusterIP only` };
      return { rcode: 'NOERROR', answers: [svc.spec.clusterIP!], detail: `the ClusterIP of Service ${ref}` };
    }
    const ready = readyAddresses(cluster, svc);
    // specification 2.4.1: no ready endpoints → NXDOMAIN
    if (ready.length === 0) return { rcode: 'NXDOMAIN', answers: [], detail: `Service ${ref} is headless and has no ready endpoints${notReadyNote(cluster, svc)}` };
    if (type === 'AAAA') return { rcode: 'NOERROR', answers: [], detail: `the endpoints of headless Service ${ref} are IPv4` };
    return { rcode: 'NOERROR', answers: sortIPs(ready.map((a) => a.ip)), detail: `headless Service ${ref}: the addresses of its ready endpoints (no ClusterIP, no kube-proxy)` };
  }
  if (type === 'SRV') {
    const records: string[] = [];
    if (!headless) {
      // one record per Service port; the target is the Service's own name
      for (const p of svc.spec.ports ?? []) if (matchPort(port, p.name ?? '') && matchPort(proto, p.protocol ?? 'TCP')) records.push(`${p.port} ${fqdn}.`);
    } else {
      // headless: one record per ready endpoint and port, with the endpoint's port (targetPort)
      const se = cluster.index.endpoints.get(`${svc.metadata.namespace}/${svc.metadata.name}`);
      for (const [key, list] of se?.byPort ?? []) {
        const [pname, pproto] = key.split('/') as [string, string];
        if (!matchPort(port, pname) || !matchPort(proto, pproto)) continue;
        for (const e of list) if (e.ready) records.push(`${e.port} ${endpointName({ ip: e.ip, ready: true, ...(e.hostname ? { hostname: e.hostname } : {}) })}.${fqdn}.`);
      }
    }
    if (records.length === 0) {
      const what = port === '*' ? (headless ? 'no ready endpoints with ports' : 'no ports') : `no port named ${port} over ${proto}${headless ? ' with ready endpoints' : ''}`;
      return { rcode: 'NXDOMAIN', answers: [], detail: `Service ${ref} has ${what}` };
    }
    const w = srvWeight(records.length);
    return { rcode: 'NOERROR', answers: records.map((r) => `0 ${w} ${r}`), detail: `SRV records of Service ${ref} (PRIORITY WEIGHT PORT TARGET)` };
  }
  return { rcode: 'NOERROR', answers: [], detail: `Service ${ref} has no ${type} records` };
}

function notReadyNote(cluster: Cluster, svc: Service): string {
  const all = cluster.index.endpoints.get(`${svc.metadata.namespace}/${svc.metadata.name}`)?.addresses ?? [];
  const nr = all.filter((a) => !a.ready).length;
  return nr ? ` (${nr} not ready)` : '';
}

function endpointRecords(cluster: Cluster, svc: Service, fqdn: string, label: string, type: DnsType): Lookup {
  const ref = `${svc.metadata.namespace}/${svc.metadata.name}`;
  const matches = readyAddresses(cluster, svc).filter((a) => endpointName(a) === label);
  if (matches.length === 0) {
    const hasHostnames = readyAddresses(cluster, svc).filter((a) => a.hostname).map((a) => a.hostname);
    return { rcode: 'NXDOMAIN', answers: [], detail: `no ready endpoint of Service ${ref} is named ${label}${hasHostnames.length ? ` (hostnames: ${hasHostnames.slice(0, 5).join(', ')})` : ' (an endpoint gets a name from a pod whose spec.hostname is set and spec.subdomain is the Service\'s name)'}` };
  }
  if (type !== 'A') return { rcode: 'NOERROR', answers: [], detail: `${label}.${fqdn} has A records only` };
  const pod = matches[0]!.pod;
  return { rcode: 'NOERROR', answers: sortIPs(matches.map((a) => a.ip)), detail: `an endpoint of Service ${ref}${pod ? ` (pod ${pod.metadata.namespace}/${pod.metadata.name})` : ''}` };
}

function reverse(cluster: Cluster, zone: string, name: string): Lookup {
  const ip = name.slice(0, -'.in-addr.arpa'.length).split('.').reverse().join('.');
  if (!isIPv4(ip)) return { rcode: 'NXDOMAIN', answers: [], detail: 'not a full IPv4 reverse name' };
  const svc = cluster.index.serviceByClusterIP.get(ip);
  if (svc) return { rcode: 'NOERROR', answers: [`${svc.metadata.name}.${svc.metadata.namespace}.svc.${zone}.`], detail: `the ClusterIP of Service ${svc.metadata.namespace}/${svc.metadata.name}` };
  // CoreDNS serviceRecordForIP: then endpoint addresses of any Service
  for (const [key, se] of cluster.index.endpoints) {
    const a = se.addresses.find((x) => x.ip === ip && x.ready);
    if (!a) continue;
    const [ns, svcName] = key.split('/') as [string, string];
    return { rcode: 'NOERROR', answers: [`${endpointName(a)}.${svcName}.${ns}.svc.${zone}.`], detail: `an endpoint of Service ${key}` };
  }
  return { rcode: 'NXDOMAIN', answers: [], detail: `${ip} is no ClusterIP or endpoint address; CoreDNS passes the query upstream (pods have no PTR records)` };
}

function sortIPs(ips: string[]): string[] {
  const n = (ip: string) => ip.split('.').reduce((a, x) => a * 256 + Number(x), 0);
  return [...new Set(ips)].sort((a, b) => n(a) - n(b));
}

