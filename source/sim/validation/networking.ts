// Validation of networking.k8s.io/v1 objects as the API server does it on create (v1.32):
// pkg/apis/networking/validation/validation.go (ValidateIngressCreate, ValidateIngressClass,
// ValidateNetworkPolicy), after the v1 defaults (pkg/apis/networking/v1/defaults.go) and with the
// apimachinery helpers (pkg/util/validation, pkg/apis/meta/v1/validation, pkg/api/validation)
// whose messages it quotes. Errors are values (STYLE.md §1), in the order the Go code appends them.
//
// The name/label/port helpers below are private copies until the core validation helpers
// (validation/names.ts, labels.ts, ports.ts) land; they follow the same apimachinery functions.
import type { KObject, LabelSelector, Labels } from '../types.js';
import {
  type FieldError, FieldPath, forbidden, invalid, notSupported, required, tooLong,
} from '../field.js';
import { cidrContains, parseCIDR, parseIP } from '../netpol/evaluate.js';

// ---------------------------------------------------------------------------------------------
// apimachinery/pkg/util/validation (messages verbatim)

/** RegexError: note the ", " after every example, so two examples read "'a',  or 'b', ". */
function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  let s = msg + ' (e.g. ';
  examples.forEach((e, i) => { if (i > 0) s += ' or '; s += `'${e}', `; });
  return s + `regex used for validation is '${fmt}')`;
}
const maxLenError = (n: number): string => `must be no more than ${n} characters`;
const EMPTY_ERROR = 'must be non-empty';

const dns1123LabelFmt = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const dns1123SubdomainFmt = `${dns1123LabelFmt}(\\.${dns1123LabelFmt})*`;
const dns1035LabelFmt = '[a-z]([-a-z0-9]*[a-z0-9])?';
const wildcardDNS1123SubdomainFmt = `\\*\\.${dns1123SubdomainFmt}`;
const qualifiedNameFmt = '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]';
const labelValueFmt = `(${qualifiedNameFmt})?`;
const httpPathFmt = "[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+";
const anchored = (f: string): RegExp => new RegExp(`^${f}$`);
const dns1123LabelRe = anchored(dns1123LabelFmt);
const dns1123SubdomainRe = anchored(dns1123SubdomainFmt);
const dns1035LabelRe = anchored(dns1035LabelFmt);
const wildcardRe = anchored(wildcardDNS1123SubdomainFmt);
const qualifiedNameRe = anchored(qualifiedNameFmt);
const labelValueRe = anchored(labelValueFmt);
const httpPathRe = anchored(httpPathFmt);

export function isDNS1123Subdomain(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 253) errs.push(maxLenError(253));
  if (!dns1123SubdomainRe.test(v)) errs.push(regexError("a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character", dns1123SubdomainFmt, 'example.com'));
  return errs;
}

export function isDNS1123Label(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!dns1123LabelRe.test(v)) {
    // A valid subdomain that is not a valid label: since length was checked, it must be dots.
    if (dns1123SubdomainRe.test(v)) errs.push('must not contain dots');
    else errs.push(regexError("a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character", dns1123LabelFmt, 'my-name', '123-abc'));
  }
  return errs;
}

export function isDNS1035Label(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!dns1035LabelRe.test(v)) errs.push(regexError("a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character", dns1035LabelFmt, 'my-name', 'abc-123'));
  return errs;
}

export function isWildcardDNS1123Subdomain(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 253) errs.push(maxLenError(253));
  if (!wildcardRe.test(v)) errs.push(regexError("a wildcard DNS-1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character", wildcardDNS1123SubdomainFmt, '*.example.com'));
  return errs;
}

const qualifiedNameErrMsg = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

export function isQualifiedName(v: string): string[] {
  const errs: string[] = [];
  const parts = v.split('/');
  let name: string;
  if (parts.length === 1) name = parts[0]!;
  else if (parts.length === 2) {
    const prefix = parts[0]!;
    name = parts[1]!;
    if (prefix.length === 0) errs.push('prefix part ' + EMPTY_ERROR);
    else for (const m of isDNS1123Subdomain(prefix)) errs.push('prefix part ' + m);
  } else {
    return [`a qualified name ${regexError(qualifiedNameErrMsg, qualifiedNameFmt, 'MyName', 'my.name', '123-abc')} with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')`];
  }
  if (name.length === 0) errs.push('name part ' + EMPTY_ERROR);
  else if (name.length > 63) errs.push('name part ' + maxLenError(63));
  if (!qualifiedNameRe.test(name)) errs.push('name part ' + regexError(qualifiedNameErrMsg, qualifiedNameFmt, 'MyName', 'my.name', '123-abc'));
  return errs;
}

export function isValidLabelValue(v: string): string[] {
  const errs: string[] = [];
  if (v.length > 63) errs.push(maxLenError(63));
  if (!labelValueRe.test(v)) errs.push(regexError("a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character", labelValueFmt, 'MyValue', 'my_value', '12345'));
  return errs;
}

export function isValidPortNum(n: number): string[] {
  return Number.isInteger(n) && n >= 1 && n <= 65535 ? [] : ['must be between 1 and 65535, inclusive'];
}

/** IANA_SVC_NAME: at most 15 characters of [-a-z0-9], at least one letter, no leading/trailing or double hyphen. */
export function isValidPortName(p: string): string[] {
  const errs: string[] = [];
  if (p.length > 15) errs.push(maxLenError(15));
  if (!/^[-a-z0-9]+$/.test(p)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!/[a-z]/.test(p)) errs.push('must contain at least one letter (a-z)');
  if (p.includes('--')) errs.push('must not contain consecutive hyphens');
  if (p.length > 0 && (p.startsWith('-') || p.endsWith('-'))) errs.push('must not begin or end with a hyphen');
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

/** NameIsDNSSubdomain / NameIsDNSLabel: a generateName prefix may end in '-'. */
const maskTrailingDash = (n: string): string => (n.length > 1 && n.endsWith('-') ? n.slice(0, -2) + 'a' : n);
const nameIsDNSSubdomain = (n: string, prefix: boolean): string[] => isDNS1123Subdomain(prefix ? maskTrailingDash(n) : n);
const nameIsDNSLabel = (n: string, prefix: boolean): string[] => isDNS1123Label(prefix ? maskTrailingDash(n) : n);

// ---------------------------------------------------------------------------------------------
// Object meta, labels, selectors

function validateLabels(labels: unknown, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (!labels || typeof labels !== 'object') return errs;
  for (const [k, v] of Object.entries(labels as Record<string, unknown>)) {
    for (const m of isQualifiedName(k)) errs.push(invalid(path, k, m));
    for (const m of isValidLabelValue(String(v ?? ''))) errs.push(invalid(path, v, m));
  }
  return errs;
}

function validateAnnotations(ann: unknown, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (!ann || typeof ann !== 'object') return errs;
  let size = 0;
  for (const [k, v] of Object.entries(ann as Record<string, unknown>)) {
    // "The rule is QualifiedName except that case doesn't matter" (ValidateAnnotations).
    for (const m of isQualifiedName(k.toLowerCase())) errs.push(invalid(path, k, m));
    size += k.length + String(v ?? '').length;
  }
  if (size > 256 * 1024) errs.push(tooLong(path, '', 256 * 1024));
  return errs;
}

/**
 * ValidateObjectMeta. What the registry fills in before validation is taken as filled: a name
 * generated from generateName, and the namespace kubectl sends from the context ("default").
 */
function validateObjectMeta(obj: KObject, namespaced: boolean): FieldError[] {
  const meta = FieldPath.root('metadata');
  const m = obj.metadata ?? {};
  const errs: FieldError[] = [];
  const gen = typeof m.generateName === 'string' ? m.generateName : '';
  const name = typeof m.name === 'string' ? m.name : '';
  if (gen) for (const msg of nameIsDNSSubdomain(gen, true)) errs.push(invalid(meta.child('generateName'), gen, msg));
  if (name === '') {
    if (!gen) errs.push(required(meta.child('name'), 'name or generateName is required'));
  } else for (const msg of nameIsDNSSubdomain(name, false)) errs.push(invalid(meta.child('name'), name, msg));
  // Cluster-scoped objects: rest.BeforeCreate clears a namespace, so none is reported.
  if (namespaced && typeof m.namespace === 'string' && m.namespace !== '') {
    for (const msg of nameIsDNSLabel(m.namespace, false)) errs.push(invalid(meta.child('namespace'), m.namespace, msg));
  }
  errs.push(...validateLabels(m.labels, meta.child('labels')));
  errs.push(...validateAnnotations(m.annotations, meta.child('annotations')));
  return errs;
}

/** metav1 ValidateLabelSelector (AllowInvalidLabelValueInSelector false on create). */
function validateLabelSelector(sel: LabelSelector | undefined, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (!sel || typeof sel !== 'object') return errs;
  errs.push(...validateLabels(sel.matchLabels as Labels | undefined, path.child('matchLabels')));
  (sel.matchExpressions ?? []).forEach((r, i) => {
    const p = path.child('matchExpressions').index(i);
    const values = Array.isArray(r.values) ? r.values : [];
    switch (r.operator) {
      case 'In':
      case 'NotIn':
        if (values.length === 0) errs.push(required(p.child('values'), "must be specified when `operator` is 'In' or 'NotIn'"));
        break;
      case 'Exists':
      case 'DoesNotExist':
        if (values.length > 0) errs.push(forbidden(p.child('values'), "may not be specified when `operator` is 'Exists' or 'DoesNotExist'"));
        break;
      default:
        errs.push(invalid(p.child('operator'), r.operator ?? '', 'not a valid selector operator'));
    }
    for (const m of isQualifiedName(r.key ?? '')) errs.push(invalid(p.child('key'), r.key ?? '', m));
    values.forEach((v, vi) => { for (const m of isValidLabelValue(String(v))) errs.push(invalid(p.child('values').index(vi), v, m)); });
  });
  return errs;
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
  const cidr = parseCIDR(cidrText);
  if (!cidr) return [invalid(path.child('cidr'), cidrText, 'not a valid CIDR')];
  const except = Array.isArray(b.except) ? b.except : [];
  for (let i = 0; i < except.length; i++) {
    const e = String(except[i]);
    const ep = path.child('except').index(i);
    const ex = parseCIDR(e);
    if (!ex) { errs.push(invalid(ep, e, 'not a valid CIDR')); return errs; }
    // cidrIPNet.Contains(exceptCIDR.IP) || cidrMaskLen >= exceptMaskLen
    if (!cidrContains(cidr, ex.ip) || cidr.bits >= ex.bits) errs.push(invalid(ep, e, 'must be a strict subset of `cidr`'));
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
    // Go prints the slice with %#v: []networking.PolicyType{"Ingress", "Egress", "Ingress"}.
    errs.push(invalid(path.child('policyTypes'), types, 'may not specify more than two policyTypes'));
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
    // ValidateServiceName is NameIsDNS1035Label in v1.32 (RelaxedServiceNameValidation came later).
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
      if (parseIP(host) !== null) errs.push(invalid(rp.child('host'), host, 'must be a DNS name, not an IP address'));
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
    // Go prints the nil slice with %#v: []networking.IngressRule(nil).
    errs.push(invalid(path, spec.rules ?? null, 'either `defaultBackend` or `rules` must be specified'));
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
  const errs: FieldError[] = opts.metadata === false ? [] : validateObjectMeta(obj, true);
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
  const errs: FieldError[] = opts.metadata === false ? [] : validateObjectMeta(obj, false);
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
  const errs: FieldError[] = opts.metadata === false ? [] : validateObjectMeta(obj, true);
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
