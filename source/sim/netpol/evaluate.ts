// NetworkPolicy decisions, as the NetworkPolicy API (networking.k8s.io/v1 types and docs
// "Network Policies"), Kubernetes' e2e netpol tests (test/e2e/network/netpol) and cyclonus
// define them:
// - a policy selects pods of its own namespace by spec.podSelector ({} = all of them);
// - policyTypes defaults to [Ingress], plus Egress when spec.egress has rules
//   (pkg/apis/networking/v1 SetDefaults_NetworkPolicy);
// - a pod is isolated for a direction when a policy selecting it has that policyType; then only
//   what some rule of those policies allows passes (rules are additive, order does not matter);
// - a connection passes when egress from the source (if isolated) AND ingress to the destination
//   (if isolated) both allow it.
//
// Build once (buildPolicyIndex: selectors compiled, the policies selecting each pod found), then
// every decide() is a few map lookups and the rules of the policies selecting two pods.
import { formatSelector, matchesSelector } from '../selectors.js';
import type { ContainerPort, Hop, KObject, LabelSelector, Labels, Protocol } from '../types.js';

// ---------------------------------------------------------------------------------------------
// API shapes (networking.k8s.io/v1)

export interface IPBlock { cidr?: string; except?: string[] }
export interface NetworkPolicyPeer { podSelector?: LabelSelector; namespaceSelector?: LabelSelector; ipBlock?: IPBlock }
export interface NetworkPolicyPort { protocol?: string; port?: number | string; endPort?: number }
export interface NetworkPolicyIngressRule { from?: NetworkPolicyPeer[]; ports?: NetworkPolicyPort[] }
export interface NetworkPolicyEgressRule { to?: NetworkPolicyPeer[]; ports?: NetworkPolicyPort[] }
export interface NetworkPolicySpec {
  podSelector?: LabelSelector;
  policyTypes?: string[];
  ingress?: NetworkPolicyIngressRule[];
  egress?: NetworkPolicyEgressRule[];
  [k: string]: unknown;
}
export interface NetworkPolicy extends KObject { kind: 'NetworkPolicy'; spec?: NetworkPolicySpec }

// Inputs: as simple as the simulator's cluster can hand them over.
export interface PolicyNamespace { name: string; labels?: Labels }
export interface PolicyPod {
  namespace: string;
  name: string;
  labels?: Labels;
  ip?: string;
  /** Container ports of all containers: named ports are resolved on them. */
  ports?: ContainerPort[];
  nodeName?: string;
}
export interface PolicyInput { policies: readonly NetworkPolicy[]; namespaces?: readonly PolicyNamespace[]; pods: readonly PolicyPod[] }

export type PodRef = string | { namespace: string; name: string };
/**
 * One end of a connection: a pod (by reference, or found by its IP), a bare IP outside the pods
 * (a node IP: set `node` too), or `{}` — a client outside the cluster whose address is unknown.
 */
export interface Endpoint { pod?: PodRef; ip?: string; /** the node a non-pod source is (node IP traffic) */ node?: string }
/**
 * A connection as it reaches the pod: after a Service's translation, port is the pod-side port
 * (the resolved targetPort), which is what policy ports are matched against.
 */
export interface Connection { src: Endpoint; dst: Endpoint; port: number; protocol?: Protocol | string }

export interface DirectionResult {
  /** Some policy selects the pod for this direction. */
  isolated: boolean;
  allowed: boolean;
  /** "NS/NAME" of the policies selecting the pod for this direction. */
  policies: string[];
  /** "NS/NAME" of the policies whose rules allowed the connection. */
  allowedBy: string[];
}
export interface Decision {
  allowed: boolean;
  hops: Hop[];
  /** On allow: the policies whose rules let it through; on deny: the policies that isolate the pod and allow nothing matching. */
  decidedBy: string[];
  egress: DirectionResult;
  ingress: DirectionResult;
}

// ---------------------------------------------------------------------------------------------
// IP addresses and CIDRs (IPv4 as 32-bit numbers, IPv6 as bigint)

export type IP = { v: 4; n: number } | { v: 6; n: bigint };
export interface CIDR { ip: IP; bits: number; text: string }

/**
 * Parse an IP as Go's pre-1.17 net.ParseIP does (k8s.io/utils/net ParseIPSloppy, used by the
 * API server): IPv4 octets may carry leading zeros ("010.1.1.1" is 10.1.1.1).
 */
export function parseIP(s: string): IP | null {
  if (s.includes(':')) return parseIPv6(s);
  const n = parseIPv4(s);
  return n === null ? null : { v: 4, n };
}

function parseIPv4(s: string): number | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  let n = 0;
  for (const p of parts) {
    if (!/^[0-9]+$/.test(p)) return null; // leading zeros allowed (sloppy)
    const v = Number(p);
    if (v > 255) return null;
    n = n * 256 + v;
  }
  return n;
}

function parseIPv6(s: string): IP | null {
  if (s.includes('%')) return null; // zones are not IPs here
  let tail4: number | null = null;
  let str = s;
  const lastColon = str.lastIndexOf(':');
  if (str.slice(lastColon + 1).includes('.')) {
    tail4 = parseIPv4(str.slice(lastColon + 1));
    if (tail4 === null) return null;
    str = str.slice(0, lastColon + 1) + '0:0';
  }
  const dbl = str.indexOf('::');
  if (dbl >= 0 && str.indexOf('::', dbl + 1) >= 0) return null;
  const parse = (part: string): number[] | null => {
    if (part === '') return [];
    const out: number[] = [];
    for (const g of part.split(':')) {
      if (!/^[0-9a-fA-F]+$/.test(g)) return null;
      const v = parseInt(g, 16);
      if (v > 0xffff) return null;
      out.push(v);
    }
    return out;
  };
  let groups: number[];
  if (dbl >= 0) {
    const head = parse(str.slice(0, dbl));
    const rest = parse(str.slice(dbl + 2));
    if (!head || !rest || head.length + rest.length > 7) return null;
    groups = [...head, ...new Array<number>(8 - head.length - rest.length).fill(0), ...rest];
  } else {
    const all = parse(str);
    if (!all || all.length !== 8) return null;
    groups = all;
  }
  let n = 0n;
  for (const g of groups) n = (n << 16n) | BigInt(g);
  if (tail4 !== null) n = (n & ~0xffffffffn) | BigInt(tail4);
  return { v: 6, n };
}

/** Parse "ADDR/BITS" as net.ParseCIDR (sloppy) does; the address is masked to its network. */
export function parseCIDR(s: string): CIDR | null {
  const slash = s.indexOf('/');
  if (slash < 0) return null;
  const ip = parseIP(s.slice(0, slash));
  const bitsText = s.slice(slash + 1);
  if (!ip || !/^[0-9]+$/.test(bitsText)) return null;
  const bits = Number(bitsText);
  if (bits > (ip.v === 4 ? 32 : 128)) return null;
  return { ip: maskIP(ip, bits), bits, text: s };
}

function maskIP(ip: IP, bits: number): IP {
  if (ip.v === 4) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0;
    return { v: 4, n: (ip.n & mask) >>> 0 };
  }
  const mask = bits === 0 ? 0n : ((1n << 128n) - 1n) ^ ((1n << BigInt(128 - bits)) - 1n);
  return { v: 6, n: ip.n & mask };
}

export function cidrContains(c: CIDR, ip: IP): boolean {
  if (c.ip.v !== ip.v) return false;
  const m = maskIP(ip, c.bits);
  return m.n === c.ip.n;
}

// ---------------------------------------------------------------------------------------------
// Label selectors (selectors.ts: metav1.LabelSelectorAsSelector semantics — matchLabels and
// matchExpressions ANDed, {} matches everything, NotIn/DoesNotExist match objects lacking the key)

type Matcher = (labels: Labels) => boolean;
function compileSelector(sel: LabelSelector): Matcher {
  const ml = Object.entries(sel.matchLabels ?? {});
  const me = sel.matchExpressions ?? [];
  if (ml.length === 0 && me.length === 0) return () => true;
  if (me.length === 0 && ml.length === 1) { const [k, v] = ml[0]!; return (l) => l[k] === v; }
  return (l) => matchesSelector(l, sel);
}

/** A selector as kubectl prints it (labels.Selector.String(): "app=web,tier in (a,b)"); "{}" selects everything. */
export function selectorText(sel: LabelSelector | undefined): string {
  if (!sel) return '<none>';
  return formatSelector(sel) || '{}';
}

// Labels a controller adds that say nothing a learner would select on.
const GENERATED_LABELS = new Set(['pod-template-hash', 'controller-revision-hash', 'statefulset.kubernetes.io/pod-name', 'pod-template-generation']);
function labelsText(labels: Labels): string {
  const parts = Object.entries(labels).filter(([k]) => !GENERATED_LABELS.has(k)).map(([k, v]) => `${k}=${v}`);
  return parts.length ? parts.join(',') : '(no labels)';
}

// ---------------------------------------------------------------------------------------------
// Compiled policies

type Direction = 'ingress' | 'egress';

type CompiledPeer =
  | { kind: 'pods'; ns: Matcher | null; nsText: string; pod: Matcher | null; podText: string; text: string }
  | { kind: 'ipBlock'; cidr: CIDR | null; except: CIDR[]; text: string }
  | { kind: 'invalid'; text: string };

interface CompiledPort { protocol: string; port?: number; endPort?: number; name?: string; text: string }

interface CompiledRule { index: number; peers: CompiledPeer[] | null; ports: CompiledPort[] | null }

interface CompiledPolicy {
  key: string;
  namespace: string;
  selects: Matcher;
  selectorText: string;
  types: { ingress: boolean; egress: boolean };
  ingress: CompiledRule[];
  egress: CompiledRule[];
}

interface PodInfo {
  key: string;
  namespace: string;
  name: string;
  labels: Labels;
  ip: IP | null;
  ipText: string | undefined;
  ports: ContainerPort[];
  nodeName: string | undefined;
  ingress: CompiledPolicy[];
  egress: CompiledPolicy[];
}

export interface PolicyIndex {
  readonly pods: ReadonlyMap<string, PodInfo>;
  readonly podsByIP: ReadonlyMap<string, PodInfo>;
  readonly namespaces: ReadonlyMap<string, Labels>;
  readonly policies: readonly CompiledPolicy[];
}

/** policyTypes as the API server defaults them (SetDefaults_NetworkPolicy). */
export function effectivePolicyTypes(spec: NetworkPolicySpec | undefined): string[] {
  if (spec?.policyTypes && spec.policyTypes.length > 0) return spec.policyTypes;
  return (spec?.egress?.length ?? 0) > 0 ? ['Ingress', 'Egress'] : ['Ingress'];
}

function compilePeer(p: NetworkPolicyPeer, policyNs: string): CompiledPeer {
  if (p.ipBlock) {
    // An ipBlock peer with other selectors is invalid ("may not specify both ipBlock and another
    // peer"); only the ipBlock is read.
    const cidr = parseCIDR(p.ipBlock.cidr ?? '');
    const except = (p.ipBlock.except ?? []).map(parseCIDR).filter((c): c is CIDR => c !== null);
    const ex = p.ipBlock.except?.length ? ` except ${p.ipBlock.except.join(', ')}` : '';
    return { kind: 'ipBlock', cidr, except, text: `IPs in ${p.ipBlock.cidr ?? '?'}${ex}` };
  }
  if (!p.podSelector && !p.namespaceSelector) {
    // from: [{}] — rejected by the API server ("must specify a peer"); matches nothing here.
    return { kind: 'invalid', text: 'an empty peer {} (invalid: "must specify a peer")' };
  }
  const pod = p.podSelector ? compileSelector(p.podSelector) : null;
  const podText = p.podSelector ? selectorText(p.podSelector) : '';
  const ns = p.namespaceSelector ? compileSelector(p.namespaceSelector) : null;
  const nsText = p.namespaceSelector ? selectorText(p.namespaceSelector) : '';
  let text: string;
  // A podSelector alone means the policy's own namespace; a namespaceSelector alone means every
  // pod of the matching namespaces; both in one peer means both must match (docs "Behavior of to
  // and from selectors").
  if (!p.namespaceSelector) text = podText === '{}' ? `all pods in namespace ${policyNs}` : `pods ${podText} in namespace ${policyNs}`;
  else if (!p.podSelector) text = nsText === '{}' ? 'all pods in all namespaces' : `all pods in namespaces ${nsText}`;
  else text = `${podText === '{}' ? 'all pods' : `pods ${podText}`} in ${nsText === '{}' ? 'all namespaces' : `namespaces ${nsText}`}`;
  return { kind: 'pods', ns, nsText, pod, podText, text };
}

function compilePort(p: NetworkPolicyPort): CompiledPort {
  const protocol = p.protocol ?? 'TCP'; // SetDefaults_NetworkPolicyPort
  if (p.port === undefined || p.port === null) return { protocol, text: `all ${protocol} ports` };
  if (typeof p.port === 'string' && !/^[0-9]+$/.test(p.port)) return { protocol, name: p.port, text: `named port ${p.port}/${protocol}` };
  const port = Number(p.port);
  if (p.endPort !== undefined && p.endPort !== null) return { protocol, port, endPort: p.endPort, text: `${port}-${p.endPort}/${protocol}` };
  return { protocol, port, text: `${port}/${protocol}` };
}

function compileRules(rules: Array<NetworkPolicyIngressRule | NetworkPolicyEgressRule> | undefined, dir: Direction, ns: string): CompiledRule[] {
  return (rules ?? []).map((r, index) => {
    const peers = dir === 'ingress' ? (r as NetworkPolicyIngressRule).from : (r as NetworkPolicyEgressRule).to;
    return {
      index,
      // "If this field is empty or missing, this rule matches all sources/destinations."
      peers: peers && peers.length > 0 ? peers.map((p) => compilePeer(p, ns)) : null,
      // "If this field is empty or missing, this rule matches all ports."
      ports: r.ports && r.ports.length > 0 ? r.ports.map(compilePort) : null,
    };
  });
}

const NS_NAME_LABEL = 'kubernetes.io/metadata.name';

export function buildPolicyIndex(input: PolicyInput): PolicyIndex {
  // Every namespace carries kubernetes.io/metadata.name = its name (NamespaceDefaultLabelName,
  // set by the API server); namespaces that pods use exist even when not listed.
  const namespaces = new Map<string, Labels>();
  for (const n of input.namespaces ?? []) namespaces.set(n.name, { ...(n.labels ?? {}), [NS_NAME_LABEL]: n.name });
  for (const p of input.pods) if (!namespaces.has(p.namespace)) namespaces.set(p.namespace, { [NS_NAME_LABEL]: p.namespace });

  const policies: CompiledPolicy[] = [];
  const byNs = new Map<string, CompiledPolicy[]>();
  for (const np of input.policies) {
    const ns = np.metadata.namespace ?? 'default';
    const types = effectivePolicyTypes(np.spec);
    const c: CompiledPolicy = {
      key: `${ns}/${np.metadata.name ?? ''}`,
      namespace: ns,
      selects: compileSelector(np.spec?.podSelector ?? {}),
      selectorText: selectorText(np.spec?.podSelector ?? {}),
      types: { ingress: types.includes('Ingress'), egress: types.includes('Egress') },
      ingress: compileRules(np.spec?.ingress, 'ingress', ns),
      egress: compileRules(np.spec?.egress, 'egress', ns),
    };
    policies.push(c);
    let list = byNs.get(ns);
    if (!list) byNs.set(ns, (list = []));
    list.push(c);
  }

  const pods = new Map<string, PodInfo>();
  const podsByIP = new Map<string, PodInfo>();
  for (const p of input.pods) {
    const labels = p.labels ?? {};
    const selecting = (byNs.get(p.namespace) ?? []).filter((c) => c.selects(labels));
    const info: PodInfo = {
      key: `${p.namespace}/${p.name}`,
      namespace: p.namespace,
      name: p.name,
      labels,
      ip: p.ip ? parseIP(p.ip) : null,
      ipText: p.ip,
      ports: p.ports ?? [],
      nodeName: p.nodeName,
      ingress: selecting.filter((c) => c.types.ingress),
      egress: selecting.filter((c) => c.types.egress),
    };
    pods.set(info.key, info);
    if (p.ip && !podsByIP.has(p.ip)) podsByIP.set(p.ip, info);
  }
  return { pods, podsByIP, namespaces, policies };
}

// ---------------------------------------------------------------------------------------------
// Decisions

interface Peer { pod: PodInfo | null; ip: IP | null; ipText: string | undefined; node?: string; missing?: string }

function resolve(index: PolicyIndex, e: Endpoint): Peer {
  let pod: PodInfo | null = null;
  let missing: string | undefined;
  if (e.pod !== undefined) {
    const key = typeof e.pod === 'string' ? e.pod : `${e.pod.namespace}/${e.pod.name}`;
    pod = index.pods.get(key) ?? null;
    if (!pod) missing = key;
  }
  if (!pod && e.ip) pod = index.podsByIP.get(e.ip) ?? null;
  const ipText = e.ip ?? pod?.ipText;
  return { pod, ip: ipText ? parseIP(ipText) : null, ipText, node: e.node, missing };
}

function peerMatches(peer: CompiledPeer, policyNs: string, other: Peer, index: PolicyIndex): boolean {
  switch (peer.kind) {
    case 'ipBlock': {
      // ipBlock applies to any address, pod IPs included (e2e "should enforce except clause while
      // egress access to server in CIDR block" selects pods by their IPs).
      // An outside client of unknown address is surely covered only by a /0 block.
      if (!other.pod && !other.ip) return peer.cidr !== null && peer.cidr.bits === 0 && peer.except.length === 0;
      if (!peer.cidr || !other.ip || !cidrContains(peer.cidr, other.ip)) return false;
      for (const ex of peer.except) if (cidrContains(ex, other.ip)) return false;
      return true;
    }
    case 'pods': {
      // Pod and namespace selectors only ever match pods: traffic from outside the cluster
      // (external or node IPs) can only be allowed by an ipBlock.
      const pod = other.pod;
      if (!pod) return false;
      if (peer.ns) {
        if (!peer.ns(index.namespaces.get(pod.namespace) ?? { [NS_NAME_LABEL]: pod.namespace })) return false;
      } else if (pod.namespace !== policyNs) return false;
      return peer.pod ? peer.pod(pod.labels) : true;
    }
    case 'invalid': return false;
  }
}

/** The destination pod's container port number for a named policy port, matching name and protocol. */
function resolveNamedPort(name: string, protocol: string, dst: PodInfo | null): number | null {
  if (!dst) return null;
  for (const cp of dst.ports) if (cp.name === name && (cp.protocol ?? 'TCP') === protocol) return cp.containerPort;
  return null;
}

function portMatches(p: CompiledPort, port: number, protocol: string, dst: PodInfo | null): boolean {
  if (p.protocol !== protocol) return false;
  if (p.name !== undefined) return resolveNamedPort(p.name, protocol, dst) === port; // named ports resolve on the destination pod, for egress too
  if (p.port === undefined) return true;
  if (p.endPort !== undefined) return port >= p.port && port <= p.endPort;
  return port === p.port;
}

function ruleAllows(rule: CompiledRule, policyNs: string, other: Peer, port: number, protocol: string, dst: PodInfo | null, index: PolicyIndex): boolean {
  if (rule.ports && !rule.ports.some((p) => portMatches(p, port, protocol, dst))) return false;
  if (rule.peers && !rule.peers.some((p) => peerMatches(p, policyNs, other, index))) return false;
  return true;
}

function evaluateDirection(dir: Direction, pod: PodInfo, other: Peer, port: number, protocol: string, dst: PodInfo | null, index: PolicyIndex): { result: DirectionResult; matched: Array<{ policy: CompiledPolicy; rule: CompiledRule }> } {
  const selecting = dir === 'ingress' ? pod.ingress : pod.egress;
  const matched: Array<{ policy: CompiledPolicy; rule: CompiledRule }> = [];
  for (const policy of selecting) {
    for (const rule of policy[dir]) {
      if (ruleAllows(rule, policy.namespace, other, port, protocol, dst, index)) { matched.push({ policy, rule }); break; }
    }
  }
  const result: DirectionResult = {
    isolated: selecting.length > 0,
    allowed: selecting.length === 0 || matched.length > 0,
    policies: selecting.map((p) => p.key),
    allowedBy: matched.map((m) => m.policy.key),
  };
  return { result, matched };
}

/** Decide one connection, with the trace of why. */
export function decide(index: PolicyIndex, conn: Connection): Decision {
  const protocol = (conn.protocol ?? 'TCP').toUpperCase();
  const src = resolve(index, conn.src);
  const dst = resolve(index, conn.dst);
  const portText = `${conn.port}/${protocol}`;
  const hops: Hop[] = [];
  const decidedBy: string[] = [];
  const open: DirectionResult = { isolated: false, allowed: true, policies: [], allowedBy: [] };

  for (const [end, p] of [['source', src], ['destination', dst]] as const) {
    if (p.missing && !p.pod) hops.push({ step: 'policy', status: 'warn', detail: `no pod ${p.missing} is known to the policy index: the ${end} is treated as ${p.ipText ?? 'a client outside the cluster'}` });
  }
  if (src.pod && dst.pod && src.pod === dst.pod) {
    hops.push({
      step: 'policy',
      status: 'warn',
      detail: `pod ${src.pod.key} connects to itself: whether NetworkPolicy applies to that is undefined and network plugins differ (kubernetes#95879; the e2e tests ignore it)`,
    });
  }

  // Egress, on the source pod.
  let egress = open;
  if (!src.pod) {
    hops.push({ step: 'policy', status: 'ok', detail: `source ${src.ipText ?? 'outside the cluster'} is not a pod: no egress policy applies to it` });
  } else {
    const { result, matched } = evaluateDirection('egress', src.pod, dst, conn.port, protocol, dst.pod, index);
    egress = result;
    if (!result.isolated) hops.push({ step: 'policy', status: 'ok', detail: `no NetworkPolicy selects pod ${src.pod.key} for egress: allowed` });
    else if (result.allowed) {
      hops.push({ step: 'policy', status: 'ok', detail: allowedText('egress', src.pod, result, matched, describeEndpoint(dst, 'egress'), portText) });
      decidedBy.push(...result.allowedBy);
    } else {
      hops.push({ step: 'policy', status: 'fail', detail: deniedText('egress', src.pod, result, describeEndpoint(dst, 'egress'), portText) });
      hops.push(...explainMisses('egress', src.pod, dst, conn.port, protocol, dst.pod, index));
    }
  }

  // Ingress, on the destination pod.
  let ingress = open;
  if (!dst.pod) {
    hops.push({ step: 'policy', status: 'ok', detail: `destination ${dst.ipText ?? 'outside the cluster'} is not a pod: no ingress policy applies to it` });
  } else {
    const { result, matched } = evaluateDirection('ingress', dst.pod, src, conn.port, protocol, dst.pod, index);
    ingress = result;
    if (!result.isolated) hops.push({ step: 'policy', status: 'ok', detail: `no NetworkPolicy selects pod ${dst.pod.key} for ingress: allowed` });
    else if (result.allowed) {
      hops.push({ step: 'policy', status: 'ok', detail: allowedText('ingress', dst.pod, result, matched, describeEndpoint(src, 'ingress'), portText) });
      decidedBy.push(...result.allowedBy.filter((k) => !decidedBy.includes(k)));
    } else {
      hops.push({ step: 'policy', status: 'fail', detail: deniedText('ingress', dst.pod, result, describeEndpoint(src, 'ingress'), portText) });
      hops.push(...explainMisses('ingress', dst.pod, src, conn.port, protocol, dst.pod, index));
    }
    if (!src.pod && src.node && dst.pod.nodeName === src.node && result.isolated) {
      hops.push({
        step: 'policy',
        status: 'warn',
        detail: `the source is ${dst.pod.key}'s own node (${src.node}): many network plugins always allow that (NetworkPolicy docs: a pod cannot block access from its resident node)`,
      });
    }
  }

  const allowed = egress.allowed && ingress.allowed;
  if (!allowed) {
    decidedBy.length = 0;
    if (!egress.allowed) decidedBy.push(...egress.policies);
    if (!ingress.allowed) decidedBy.push(...ingress.policies.filter((k) => !decidedBy.includes(k)));
  }
  return { allowed, hops, decidedBy, egress, ingress };
}

/** The other end as a rule would have to name it: "pods app=web from namespace shop". */
function describeEndpoint(e: Peer, dir: Direction): string {
  if (!e.pod && !e.ipText) return 'clients outside the cluster (address unknown: only an ipBlock of 0.0.0.0/0 or ::/0 without except surely allows them)';
  if (e.pod) return dir === 'ingress'
    ? `pods ${labelsText(e.pod.labels)} from namespace ${e.pod.namespace}`
    : `pods ${labelsText(e.pod.labels)} in namespace ${e.pod.namespace} (IP ${e.ipText ?? 'unknown'})`;
  return `${e.ipText ?? 'an unknown address'} (not a pod: only an ipBlock can allow it)`;
}

function policiesWord(keys: string[]): string {
  return keys.length === 1 ? `NetworkPolicy ${keys[0]} selects` : `NetworkPolicies ${keys.join(', ')} select`;
}

function allowedText(dir: Direction, pod: PodInfo, r: DirectionResult, matched: Array<{ policy: CompiledPolicy; rule: CompiledRule }>, other: string, portText: string): string {
  const m = matched[0]!;
  const peers = m.rule.peers ? m.rule.peers.map((p) => p.text).join(' or ') : dir === 'ingress' ? 'all sources' : 'all destinations';
  const ports = m.rule.ports ? m.rule.ports.map((p) => p.text).join(', ') : 'all ports';
  const also = matched.length > 1 ? ` (also allowed by ${matched.slice(1).map((x) => x.policy.key).join(', ')})` : '';
  return `${policiesWord(r.policies)} ${pod.name} for ${dir}; ${m.policy.key} ${dir}[${m.rule.index}] allows ${peers} on ${ports}, which covers ${other} on ${portText}${also}`;
}

function deniedText(dir: Direction, pod: PodInfo, r: DirectionResult, other: string, portText: string): string {
  const their = r.policies.length === 1 ? 'its' : 'their';
  return `${policiesWord(r.policies)} ${pod.name} for ${dir} and none of ${their} rules allows ${other} on ${portText}`;
}

/** For a denied direction, why each rule of the isolating policies does not match: what to change. */
function explainMisses(dir: Direction, pod: PodInfo, other: Peer, port: number, protocol: string, dst: PodInfo | null, index: PolicyIndex): Hop[] {
  const hops: Hop[] = [];
  const MAX = 6;
  for (const policy of dir === 'ingress' ? pod.ingress : pod.egress) {
    const rules = policy[dir];
    if (rules.length === 0) {
      hops.push({ step: 'policy', status: 'fail', detail: `${policy.key} has no ${dir} rules: it denies all ${dir} to the pods it selects (${policy.selectorText === '{}' ? 'every pod' : policy.selectorText} in ${policy.namespace}); add a rule to another policy, or to this one, to allow it` });
      continue;
    }
    for (const rule of rules) {
      if (hops.length >= MAX) return hops;
      const portOK = !rule.ports || rule.ports.some((p) => portMatches(p, port, protocol, dst));
      const peerOK = !rule.peers || rule.peers.some((p) => peerMatches(p, policy.namespace, other, index));
      const peersText = rule.peers ? rule.peers.map((p) => p.text).join(' or ') : dir === 'ingress' ? 'all sources' : 'all destinations';
      const portsText = rule.ports ? rule.ports.map((p) => p.text).join(', ') : 'all ports';
      const where = `${policy.key} ${dir}[${rule.index}]`;
      let why: string;
      if (peerOK && !portOK) why = `${where} allows ${peersText}, but only on ${portsText}${namedPortNote(rule.ports!, protocol, dst, port)}`;
      else if (!peerOK && portOK) why = `${where} allows ${peersText} on ${portsText}; ${peerMissReason(rule.peers!, policy.namespace, other, index)}`;
      else why = `${where} allows ${peersText} on ${portsText}; ${peerMissReason(rule.peers!, policy.namespace, other, index)}, and ${port}/${protocol} is not among the ports`;
      hops.push({ step: 'policy', status: 'warn', detail: why });
    }
  }
  return hops;
}

function namedPortNote(ports: CompiledPort[], protocol: string, dst: PodInfo | null, port: number): string {
  for (const p of ports) {
    if (p.name === undefined || p.protocol !== protocol) continue;
    const n = resolveNamedPort(p.name, protocol, dst);
    if (!dst) return ` (a named port resolves on the destination pod; ${p.name} cannot match an address outside the pods)`;
    if (n === null) return ` (pod ${dst.key} declares no ${protocol} container port named ${p.name})`;
    if (n !== port) return ` (${p.name} is port ${n} on pod ${dst.key}, not ${port})`;
  }
  return '';
}

function peerMissReason(peers: CompiledPeer[], policyNs: string, other: Peer, index: PolicyIndex): string {
  const p = peers[0]!;
  if (p.kind === 'ipBlock') {
    if (!other.ip) return `the client's address is unknown, so only a block covering every address (0.0.0.0/0) surely matches`;
    if (p.cidr && cidrContains(p.cidr, other.ip)) return `${other.ipText} falls in an except range`;
    return `${other.ipText} is not in ${p.cidr?.text ?? 'the block'}`;
  }
  if (p.kind === 'invalid') return 'an empty peer matches nothing';
  const pod = other.pod;
  if (!pod) return `${other.ipText ?? 'the other end'} is not a pod, and pod or namespace selectors only match pods`;
  if (!p.ns && pod.namespace !== policyNs) return `a podSelector without namespaceSelector only selects pods in the policy's namespace ${policyNs}; pod ${pod.key} is in namespace ${pod.namespace} (add a namespaceSelector)`;
  if (p.ns && !p.ns(index.namespaces.get(pod.namespace) ?? {})) return `namespace ${pod.namespace} (${labelsText(index.namespaces.get(pod.namespace) ?? {})}) does not match namespaceSelector ${p.nsText}`;
  if (p.pod && !p.pod(pod.labels)) return `pod ${pod.key} (${labelsText(pod.labels)}) does not match podSelector ${p.podText}`;
  return 'the other end does not match';
}
