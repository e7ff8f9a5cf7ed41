// Validation of networking.k8s.io/v1 objects as the API server does it on create (v1.32):
// pkg/apis/networking/validation/validation.go (ValidateIngressCreate, ValidateIngressClass,
// ValidateNetworkPolicy), after the v1 defaults (pkg/apis/networking/v1/defaults.go), with the
// shared apimachinery helpers (names.ts, labels.ts, ports.ts, metadata.ts, ip.ts). Errors are
// values (STYLE.md §1), in the order the Go code appends them.
import type { KObject, LabelSelector } from '../types.js';
import {
  type FieldError, FieldPath, GoValue, forbidden, invalid, notSupported, required, tooLong,
} from '../field.js';
import { goQuote } from './gofmt.js';
import { type IPBytes, parseCIDRSloppy, parseIPSloppy } from './ip.js';
import { validateLabelSelector as validateLabelSelectorWith } from './labels.js';
import { validateObjectMeta } from './metadata.js';
import { isDNS1035Label, isDNS1123Subdomain, maxLenError, nameIsDNSLabel, nameIsDNSSubdomain, regexError } from './names.js';
import { isValidPortName, isValidPortNum } from './ports.js';

// ---------------------------------------------------------------------------------------------
// apimachinery/pkg/util/validation helpers not shared elsewhere (messages verbatim)

const dns1123LabelFmt = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const wildcardDNS1123SubdomainFmt = `\\*\\.${dns1123LabelFmt}(\\.${dns1123LabelFmt})*`;
const wildcardRe = new RegExp(`^${wildcardDNS1123SubdomainFmt}$`);
const httpPathFmt = "[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+";
const httpPathRe = new RegExp(`^${httpPathFmt}$`);

/** IsWildcardDNS1123Subdomain: "*." then a DNS subdomain (RFC 1034 4.3.3). */
export function isWildcardDNS1123Subdomain(v: string): string[] {
  const errs: string[] = [];
  if (new TextEncoder().encode(v).length > 253) errs.push(maxLenError(253));
  if (!wildcardRe.test(v)) errs.push(regexError("a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character", wildcardDNS1123SubdomainFmt, '*.example.com'));
  return errs;
}

/** IsDomainPrefixedPath: "acme.io/foo" — a DNS subdomain, '/', then HTTP path characters (RFC 3986). */
function isDomainPrefixedPath(path: FieldPath, v: string): FieldError[] {
  if (v.length === 0) return [required(path)];
  const slash = v.indexOf('/');
  if (slash <= 0 || slash === v.length - 1) return [invalid(path, v, 'must be a domain-prefixed path (such as "acme.io/foo")')];
  const host = v.slice(0, slash);
  const rest = v.slice(slash + 1);
  const errs = isDNS1123Subdomain(host).map((m) => invalid(path, host, m));
  if (!httpPathRe.test(rest)) errs.push(invalid(path, rest, regexError('Invalid path', httpPathFmt)));
  return errs;
}

/** pkg/api/validation/path IsValidPathSegmentName. */
function isValidPathSegmentName(n: string): string[] {
  if (n === '.' || n === '..') return [`may not be '${n}'`];
  const errs: string[] = [];
  for (const c of ['/', '%']) if (n.includes(c)) errs.push(`may not contain '${c}'`);
  return errs;
}

/** metav1 ValidateLabelSelector on create (AllowInvalidLabelValueInSelector false). */
const validateLabelSelector = (sel: LabelSelector | undefined, path: FieldPath): FieldError[] =>
  validateLabelSelectorWith(sel && typeof sel === 'object' ? sel : undefined, {}, path);

/** ObjectMeta on create; names of all three kinds are DNS subdomains. */
const validateMeta = (obj: KObject, namespaced: boolean): FieldError[] =>
  validateObjectMeta(obj.metadata, namespaced, nameIsDNSSubdomain, FieldPath.root('metadata'));

/** net.IPNet.Contains(ip) for two parsed CIDRs of the same family, on the outer prefix length. */
function cidrContainsIP(outer: { ip: IPBytes; bits: number; v4: boolean }, inner: { ip: IPBytes; v4: boolean }): boolean {
  if (outer.v4 !== inner.v4) return false;
  const a = outer.v4 ? outer.ip.slice(12) : outer.ip;
  const b = inner.v4 ? inner.ip.slice(12) : inner.ip;
  for (let bit = 0; bit < outer.bits; bit++) {
    const byte = bit >> 3, mask = 0x80 >> (bit & 7);
    if ((a[byte]! & mask) !== (b[byte]! & mask)) return false;
  }
  return true;
}

// ---------------------------------------------------------------------------------------------
// NetworkPolicy

function validateNetworkPolicyPort(port: Record<string, unknown>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  // Protocol is defaulted to TCP first (SetDefaults_NetworkPolicyPort).
  const protocol = port.protocol ?? 'TCP';
  if (protocol !== 'TCP' && protocol !== 'UDP' && protocol !== 'SCTP') errs.push(notSupported(path.child('protocol'), protocol, ['TCP', 'UDP', 'SCTP']));
  const p = port.port;
  const endPort = port.endPort as number | undefined | null;
  const hasEnd = endPort !== undefined && endPort !== null;
  if (p !== undefined && p !== null) {
    if (typeof p === 'number') {
      for (const m of isValidPortNum(p)) errs.push(invalid(path.child('port'), p, m));
      if (hasEnd) {
        // v1.32 reports `port` as the bad value here (fixed to endPort in kubernetes#137960, 2026).
        if (endPort < p) errs.push(invalid(path.child('endPort'), p, 'must be greater than or equal to `port`'));
        for (const m of isValidPortNum(endPort)) errs.push(invalid(path.child('endPort'), endPort, m));
      }
    } else {
      // An IntOrString string is a port name, even "80".
      if (hasEnd) errs.push(invalid(path.child('endPort'), endPort, 'may not be specified when `port` is non-numeric'));
      for (const m of isValidPortName(String(p))) errs.push(invalid(path.child('port'), String(p), m));
    }
  } else if (hasEnd) {
    errs.push(invalid(path.child('endPort'), endPort, 'may not be specified when `port` is not specified'));
  }
  return errs;
}

/**
 * ValidateIPBlock as in v1.32: ParseCIDR ("not a valid CIDR"; the first bad except stops the
 * check), excepts must be strict subsets. (v1.33 moved to IsValidCIDRForLegacyField with other
 * messages.)
 */
function validateIPBlock(b: Record<string, unknown>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const cidrText = typeof b.cidr === 'string' ? b.cidr : '';
  if (cidrText === '') return [required(path.child('cidr'))];
  const cidr = parseCIDRSloppy(cidrText);
  if (!cidr) return [invalid(path.child('cidr'), cidrText, 'not a valid CIDR')];
  const except = Array.isArray(b.except) ? b.except : [];
  for (let i = 0; i < except.length; i++) {
    const e = String(except[i]);
    const ep = path.child('except').index(i);
    const ex = parseCIDRSloppy(e);
    if (!ex) { errs.push(invalid(ep, e, 'not a valid CIDR')); return errs; }
    // !cidrIPNet.Contains(exceptCIDR.IP) || cidrMaskLen >= exceptMaskLen
    if (!cidrContainsIP(cidr, ex) || cidr.bits >= ex.bits) errs.push(invalid(ep, e, 'must be a strict subset of `cidr`'));
  }
  return errs;
}

function validateNetworkPolicyPeer(peer: Record<string, unknown>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  let n = 0;
  if (peer.podSelector != null) { n++; errs.push(...validateLabelSelector(peer.podSelector as LabelSelector, path.child('podSelector'))); }
  if (peer.namespaceSelector != null) { n++; errs.push(...validateLabelSelector(peer.namespaceSelector as LabelSelector, path.child('namespaceSelector'))); }
  if (peer.ipBlock != null) { n++; errs.push(...validateIPBlock(peer.ipBlock as Record<string, unknown>, path.child('ipBlock'))); }
  if (n === 0) errs.push(required(path, 'must specify a peer'));
  else if (n > 1 && peer.ipBlock != null) errs.push(forbidden(path, 'may not specify both ipBlock and another peer'));
  return errs;
}

function validateNetworkPolicySpec(spec: Record<string, unknown>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  errs.push(...validateLabelSelector((spec.podSelector ?? {}) as LabelSelector, path.child('podSelector')));
  const rulesOf = (dir: 'ingress' | 'egress', peersKey: 'from' | 'to'): void => {
    const rules = Array.isArray(spec[dir]) ? (spec[dir] as Array<Record<string, unknown>>) : [];
    rules.forEach((rule, i) => {
      const rp = path.child(dir).index(i);
      const ports = Array.isArray(rule?.ports) ? (rule.ports as Array<Record<string, unknown>>) : [];
      ports.forEach((p, j) => errs.push(...validateNetworkPolicyPort(p ?? {}, rp.child('ports').index(j))));
      const peers = Array.isArray(rule?.[peersKey]) ? (rule[peersKey] as Array<Record<string, unknown>>) : [];
      peers.forEach((p, j) => errs.push(...validateNetworkPolicyPeer(p ?? {}, rp.child(peersKey).index(j))));
    });
  };
  rulesOf('ingress', 'from');
  rulesOf('egress', 'to');
  // policyTypes as defaulted: [Ingress] (+ Egress when egress rules exist) when empty.
  const given = Array.isArray(spec.policyTypes) ? (spec.policyTypes as unknown[]) : [];
  const types = given.length > 0 ? given : (Array.isArray(spec.egress) && spec.egress.length > 0 ? ['Ingress', 'Egress'] : ['Ingress']);
  if (types.length > 2) {
    // field.Invalid(..., &spec.PolicyTypes, ...): ErrorBody dereferences and prints %#v.
    const goText = `[]networking.PolicyType{${types.map((t) => goQuote(String(t))).join(', ')}}`;
    errs.push(invalid(path.child('policyTypes'), new GoValue(types, goText), 'may not specify more than two policyTypes'));
    return errs;
  }
  types.forEach((t, i) => {
    if (t !== 'Ingress' && t !== 'Egress') errs.push(notSupported(path.child('policyTypes').index(i), t, ['Ingress', 'Egress']));
  });
  return errs;
}

// ---------------------------------------------------------------------------------------------
// Ingress

const SUPPORTED_PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix']; // sets.List(): sorted
const INVALID_PATH_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_PATH_SUFFIXES = ['/..', '/.'];

function validateIngressBackend(b: Record<string, unknown>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const resource = b.resource as Record<string, unknown> | undefined | null;
  const service = b.service as Record<string, unknown> | undefined | null;
  if (resource != null && service != null) return [invalid(path, '', 'cannot set both resource and service backends')];
  if (resource != null) {
    const rp = path.child('resource');
    if (resource.apiGroup != null) for (const m of isDNS1123Subdomain(String(resource.apiGroup))) errs.push(invalid(rp.child('apiGroup'), String(resource.apiGroup), m));
    for (const f of ['kind', 'name'] as const) {
      const v = typeof resource[f] === 'string' ? (resource[f] as string) : '';
      if (v === '') errs.push(required(rp.child(f)));
      else for (const m of isValidPathSegmentName(v)) errs.push(invalid(rp.child(f), v, m));
    }
    return errs;
  }
  if (service != null) {
    const name = typeof service.name === 'string' ? service.name : '';
    // ValidateServiceName is NameIsDNS1035Label in v1.32 (RelaxedServiceNameValidation came in v1.34).
    if (name === '') errs.push(required(path.child('service', 'name')));
    else for (const m of isDNS1035Label(name)) errs.push(invalid(path.child('service', 'name'), name, m));
    const port = (service.port ?? {}) as Record<string, unknown>;
    const portName = typeof port.name === 'string' ? port.name : '';
    const portNumber = typeof port.number === 'number' ? port.number : 0;
    if (portName !== '' && portNumber !== 0) errs.push(invalid(path, '', 'cannot set both port name & port number'));
    else if (portName !== '') for (const m of isValidPortName(portName)) errs.push(invalid(path.child('service', 'port', 'name'), portName, m));
    else if (portNumber !== 0) for (const m of isValidPortNum(portNumber)) errs.push(invalid(path.child('service', 'port', 'number'), portNumber, m));
    else errs.push(required(path, 'port name or number is required'));
    return errs;
  }
  return [invalid(path, '', 'resource or service backend is required')];
}

function validateHTTPIngressPath(p: Record<string, unknown>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (p.pathType == null) return [required(path.child('pathType'), 'pathType must be specified')];
  const value = typeof p.path === 'string' ? p.path : '';
  switch (p.pathType) {
    case 'Exact':
    case 'Prefix':
      if (!value.startsWith('/')) errs.push(invalid(path.child('path'), value, 'must be an absolute path'));
      if (value.length > 0) {
        for (const seq of INVALID_PATH_SEQUENCES) if (value.includes(seq)) errs.push(invalid(path.child('path'), value, `must not contain '${seq}'`));
        for (const suf of INVALID_PATH_SUFFIXES) if (value.endsWith(suf)) errs.push(invalid(path.child('path'), value, `cannot end with '${suf}'`));
      }
      break;
    case 'ImplementationSpecific':
      if (value.length > 0 && !value.startsWith('/')) errs.push(invalid(path.child('path'), value, 'must be an absolute path'));
      break;
    default:
      errs.push(notSupported(path.child('pathType'), p.pathType, SUPPORTED_PATH_TYPES));
  }
  errs.push(...validateIngressBackend((p.backend ?? {}) as Record<string, unknown>, path.child('backend')));
  return errs;
}

function validateIngressRules(rules: Array<Record<string, unknown>>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  rules.forEach((rule, i) => {
    const rp = path.index(i);
    const host = typeof rule?.host === 'string' ? rule.host : '';
    if (host.length > 0) {
      if (parseIPSloppy(host) !== null) errs.push(invalid(rp.child('host'), host, 'must be a DNS name, not an IP address'));
      // A wildcard is allowed only as the whole first label ("*.foo.com").
      const msgs = host.includes('*') ? isWildcardDNS1123Subdomain(host) : isDNS1123Subdomain(host);
      for (const m of msgs) errs.push(invalid(rp.child('host'), host, m));
    }
    const http = rule?.http as Record<string, unknown> | undefined | null;
    if (http != null) {
      const paths = Array.isArray(http.paths) ? (http.paths as Array<Record<string, unknown>>) : [];
      if (paths.length === 0) errs.push(required(rp.child('http', 'paths')));
      paths.forEach((p, j) => errs.push(...validateHTTPIngressPath(p ?? {}, rp.child('http', 'paths').index(j))));
    }
  });
  return errs;
}

function validateIngressSpec(spec: Record<string, unknown>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const rules = Array.isArray(spec.rules) ? (spec.rules as Array<Record<string, unknown>>) : [];
  if (rules.length === 0 && spec.defaultBackend == null) {
    // The bad value is spec.Rules, printed with %#v: nil, or empty after decoding `rules: []`.
    const goText = Array.isArray(spec.rules) ? '[]networking.IngressRule{}' : '[]networking.IngressRule(nil)';
    errs.push(invalid(path, new GoValue(spec.rules ?? null, goText), 'either `defaultBackend` or `rules` must be specified'));
  }
  if (spec.defaultBackend != null) errs.push(...validateIngressBackend(spec.defaultBackend as Record<string, unknown>, path.child('defaultBackend')));
  if (rules.length > 0) errs.push(...validateIngressRules(rules, path.child('rules')));
  const tls = Array.isArray(spec.tls) ? (spec.tls as Array<Record<string, unknown>>) : [];
  tls.forEach((t, ti) => {
    const hosts = Array.isArray(t?.hosts) ? (t.hosts as unknown[]) : [];
    hosts.forEach((h0, hi) => {
      const h = String(h0);
      const msgs = h.includes('*') ? isWildcardDNS1123Subdomain(h) : isDNS1123Subdomain(h);
      for (const m of msgs) errs.push(invalid(path.child('tls').index(ti).child('hosts').index(hi), h, m));
    });
    // validateTLSSecretName: an empty name is allowed (the controller's default certificate).
    const secret = typeof t?.secretName === 'string' ? t.secretName : '';
    if (secret !== '') for (const m of isDNS1123Subdomain(secret)) errs.push(invalid(path.child('tls').index(ti).child('secretName'), secret, m));
  });
  if (typeof spec.ingressClassName === 'string') {
    for (const m of nameIsDNSSubdomain(spec.ingressClassName, false)) errs.push(invalid(path.child('ingressClassName'), spec.ingressClassName, m));
  }
  return errs;
}

export function validateIngress(obj: KObject, opts: { metadata?: boolean } = {}): FieldError[] {
  const errs: FieldError[] = opts.metadata === false ? [] : validateMeta(obj, true);
  const spec = (obj.spec ?? {}) as Record<string, unknown>;
  errs.push(...validateIngressSpec(spec, FieldPath.root('spec')));
  // ValidateIngressCreate: both class forms set and different (kubernetes#115447, v1.27+;
  // before that any combination was refused). The path has no "metadata." prefix.
  const ann = obj.metadata?.annotations?.['kubernetes.io/ingress.class'];
  if (ann !== undefined && typeof spec.ingressClassName === 'string' && ann !== spec.ingressClassName) {
    errs.push(invalid(FieldPath.root('annotations').child('kubernetes.io/ingress.class'), ann, 'must match `ingressClassName` when both are specified'));
  }
  return errs;
}

// ---------------------------------------------------------------------------------------------
// IngressClass

export function validateIngressClass(obj: KObject, opts: { metadata?: boolean } = {}): FieldError[] {
  const errs: FieldError[] = opts.metadata === false ? [] : validateMeta(obj, false);
  const spec = (obj.spec ?? {}) as Record<string, unknown>;
  const path = FieldPath.root('spec');
  const controller = typeof spec.controller === 'string' ? spec.controller : '';
  if (controller.length > 250) errs.push(tooLong(path.child('controller'), '', 250));
  errs.push(...isDomainPrefixedPath(path.child('controller'), controller));
  const params = spec.parameters as Record<string, unknown> | undefined | null;
  if (params != null) {
    const pp = path.child('parameters');
    if (params.apiGroup != null) for (const m of isDNS1123Subdomain(String(params.apiGroup))) errs.push(invalid(pp.child('apiGroup'), String(params.apiGroup), m));
    for (const f of ['kind', 'name'] as const) {
      const v = typeof params[f] === 'string' ? (params[f] as string) : '';
      if (v === '') errs.push(required(pp.child(f)));
      else for (const m of isValidPathSegmentName(v)) errs.push(invalid(pp.child(f), v, m));
    }
    // SetDefaults_IngressClass: a missing scope is "Cluster".
    const scope = params.scope ?? 'Cluster';
    if (scope !== 'Cluster' && scope !== 'Namespace') errs.push(notSupported(pp.child('scope'), scope, ['Cluster', 'Namespace']));
    else if (scope === 'Namespace') {
      if (params.namespace == null) errs.push(required(pp.child('namespace'), "`parameters.scope` is set to 'Namespace'"));
      else for (const m of nameIsDNSLabel(String(params.namespace), false)) errs.push(invalid(pp.child('namespace'), String(params.namespace), m));
    } else if (params.namespace != null) {
      errs.push(forbidden(pp.child('namespace'), "`parameters.scope` is set to 'Cluster'"));
    }
  }
  return errs;
}

export function validateNetworkPolicy(obj: KObject, opts: { metadata?: boolean } = {}): FieldError[] {
  const errs: FieldError[] = opts.metadata === false ? [] : validateMeta(obj, true);
  errs.push(...validateNetworkPolicySpec((obj.spec ?? {}) as Record<string, unknown>, FieldPath.root('spec')));
  return errs;
}

/**
 * The API server's field errors for an Ingress, IngressClass or NetworkPolicy being created
 * (other kinds: none). With { metadata: false }, only what is specific to the kind (for a caller
 * that validates ObjectMeta itself).
 */
export function validateNetworkingObject(obj: KObject, opts: { metadata?: boolean } = {}): FieldError[] {
  switch (obj.kind) {
    case 'Ingress': return validateIngress(obj, opts);
    case 'IngressClass': return validateIngressClass(obj, opts);
    case 'NetworkPolicy': return validateNetworkPolicy(obj, opts);
    default: return [];
  }
}
