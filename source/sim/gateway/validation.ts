// API validation of the Gateway API kinds as their CRDs define it (config/crd/standard/*.yaml:
// OpenAPI schema — required, enum, pattern, minimum/maximum — and the x-kubernetes-validations
// CEL rules), for the rules a person writing these objects trips over. Messages follow what
// the API server prints for a CRD (`... in body should match '...'`, `Invalid value: "object": RULE MESSAGE`).
import type { KObject } from '../types.js';
import { FieldPath, invalid, notSupported, required, type FieldError } from '../field.js';
import { validateObjectMeta } from '../validation/metadata.js';
import { nameIsDNSSubdomain } from '../validation/names.js';
import type { BackendRef, Gateway, HTTPRoute, HTTPRouteFilter, Listener, ReferenceGrant } from './types.js';

const HOSTNAME = /^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const HOSTNAME_SRC = String.raw`^(\*\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`;
const CONTROLLER = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;
const CONTROLLER_SRC = String.raw`^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/[A-Za-z0-9\/\-._~%!$&'()*+,;=:]+$`;
const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'CONNECT', 'OPTIONS', 'TRACE', 'PATCH'];
const FILTERS = ['RequestHeaderModifier', 'ResponseHeaderModifier', 'RequestMirror', 'RequestRedirect', 'URLRewrite', 'ExtensionRef'];

const pattern = (p: FieldPath, v: string, src: string): FieldError => invalid(p, v, `${p} in body should match '${src}'`);
const cel = (p: FieldPath, what: 'object' | 'array', msg: string): FieldError => invalid(p, what, msg);
function range(p: FieldPath, v: unknown, min: number, max: number): FieldError[] {
  if (typeof v !== 'number') return [];
  if (v < min) return [invalid(p, v, `${p} in body should be greater than or equal to ${min}`)];
  if (v > max) return [invalid(p, v, `${p} in body should be less than or equal to ${max}`)];
  return [];
}
function hostname(p: FieldPath, v: unknown): FieldError[] {
  return typeof v === 'string' && !HOSTNAME.test(v) ? [pattern(p, v, HOSTNAME_SRC)] : [];
}

export function validateGatewayObject(obj: KObject): FieldError[] {
  const namespaced = obj.kind !== 'GatewayClass';
  const errs = validateObjectMeta(obj.metadata, namespaced, nameIsDNSSubdomain, FieldPath.root('metadata'));
  const spec = FieldPath.root('spec');
  if (!obj.spec || typeof obj.spec !== 'object') { errs.push(required(spec)); return errs; }
  switch (obj.kind) {
    case 'GatewayClass': {
      const c = obj.spec.controllerName;
      if (!c) errs.push(required(spec.child('controllerName')));
      else if (!CONTROLLER.test(c)) errs.push(pattern(spec.child('controllerName'), c, CONTROLLER_SRC));
      break;
    }
    case 'Gateway': errs.push(...validateGateway(obj as Gateway, spec)); break;
    case 'HTTPRoute': errs.push(...validateHTTPRoute(obj as HTTPRoute, spec)); break;
    case 'ReferenceGrant': {
      const g = obj as ReferenceGrant;
      if (!g.spec.from?.length) errs.push(required(spec.child('from')));
      if (!g.spec.to?.length) errs.push(required(spec.child('to')));
      (g.spec.from ?? []).forEach((f, i) => { for (const k of ['group', 'kind', 'namespace'] as const) if (f?.[k] === undefined) errs.push(required(spec.child('from').index(i).child(k))); });
      (g.spec.to ?? []).forEach((t, i) => { for (const k of ['group', 'kind'] as const) if (t?.[k] === undefined) errs.push(required(spec.child('to').index(i).child(k))); });
      break;
    }
  }
  return errs;
}

function validateGateway(gw: Gateway, spec: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (!gw.spec.gatewayClassName) errs.push(required(spec.child('gatewayClassName')));
  const ls = gw.spec.listeners;
  const lp = spec.child('listeners');
  if (!Array.isArray(ls) || ls.length === 0) { errs.push(required(lp)); return errs; }
  ls.forEach((l: Listener, i) => {
    const p = lp.index(i);
    if (!l.name) errs.push(required(p.child('name')));
    if (l.port === undefined) errs.push(required(p.child('port'))); else errs.push(...range(p.child('port'), l.port, 1, 65535));
    if (!l.protocol) errs.push(required(p.child('protocol')));
    errs.push(...hostname(p.child('hostname'), l.hostname));
    // Gateway CEL rules on listeners
    if (l.tls && ['HTTP', 'TCP', 'UDP'].includes(l.protocol)) errs.push(cel(p, 'object', "tls must not be specified for protocols ['HTTP', 'TCP', 'UDP']"));
    if (l.hostname && ['TCP', 'UDP'].includes(l.protocol)) errs.push(cel(p, 'object', "hostname must not be specified for protocols ['TCP', 'UDP']"));
    if (l.protocol === 'HTTPS' && !l.tls) errs.push(cel(p, 'object', 'tls must be specified for protocols [\'HTTPS\', \'TLS\']'));
    const from = l.allowedRoutes?.namespaces?.from;
    if (from !== undefined && !['All', 'Same', 'Selector'].includes(from)) errs.push(notSupported(p.child('allowedRoutes', 'namespaces', 'from'), from, ['All', 'Selector', 'Same']));
  });
  const names = ls.map((l) => l.name);
  if (new Set(names).size !== names.length) errs.push(cel(lp, 'array', 'Listener name must be unique within the Gateway'));
  const combos = ls.map((l) => `${l.port}/${l.protocol}/${l.hostname ?? ''}`);
  if (new Set(combos).size !== combos.length) errs.push(cel(lp, 'array', 'Combination of port, protocol and hostname must be unique for each listener'));
  return errs;
}

function validateHTTPRoute(r: HTTPRoute, spec: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  (r.spec.parentRefs ?? []).forEach((p, i) => {
    const pp = spec.child('parentRefs').index(i);
    if (!p?.name) errs.push(required(pp.child('name')));
    errs.push(...range(pp.child('port'), p?.port, 1, 65535));
  });
  const hosts = r.spec.hostnames ?? [];
  hosts.forEach((h, i) => errs.push(...hostname(spec.child('hostnames').index(i), h)));
  (r.spec.rules ?? []).forEach((rule, i) => {
    const rp = spec.child('rules').index(i);
    (rule.matches ?? []).forEach((m, j) => {
      const mp = rp.child('matches').index(j);
      const path = m.path;
      if (path) {
        const t = path.type ?? 'PathPrefix';
        if (!['Exact', 'PathPrefix', 'RegularExpression'].includes(t)) errs.push(notSupported(mp.child('path', 'type'), t, ['Exact', 'PathPrefix', 'RegularExpression']));
        const v = path.value ?? '/';
        if ((t === 'Exact' || t === 'PathPrefix') && !v.startsWith('/')) errs.push(cel(mp.child('path'), 'object', "value must be an absolute path and start with '/' when type one of ['Exact', 'PathPrefix']"));
        if ((t === 'Exact' || t === 'PathPrefix') && /\/\/|\/\.\/|\/\.\.\/|%2f|%2F|#|\/\.\.?$/.test(v)) errs.push(cel(mp.child('path'), 'object', "must not contain '//', '/./', '/../', '%2f', '%2F' or '#', nor end with '/..' or '/.' when type one of ['Exact', 'PathPrefix']"));
        if (t === 'RegularExpression') { try { new RegExp(v); } catch { errs.push(invalid(mp.child('path', 'value'), v, 'not a valid regular expression for this implementation')); } }
      }
      if (m.method !== undefined && !METHODS.includes(m.method)) errs.push(notSupported(mp.child('method'), m.method, METHODS));
      (m.headers ?? []).forEach((h, k) => { if (!h?.name) errs.push(required(mp.child('headers').index(k).child('name'))); });
      (m.queryParams ?? []).forEach((h, k) => { if (!h?.name) errs.push(required(mp.child('queryParams').index(k).child('name'))); });
    });
    errs.push(...validateFilters(rule.filters ?? [], rp.child('filters')));
    (rule.backendRefs ?? []).forEach((b: BackendRef, k) => {
      const bp = rp.child('backendRefs').index(k);
      if (!b?.name) errs.push(required(bp.child('name')));
      errs.push(...range(bp.child('weight'), b?.weight, 0, 1_000_000));
      errs.push(...range(bp.child('port'), b?.port, 1, 65535));
      // BackendObjectReference CEL: "Must have port for Service reference"
      if ((b?.group ?? '') === '' && (b?.kind ?? 'Service') === 'Service' && b?.port === undefined) errs.push(cel(bp, 'object', 'Must have port for Service reference'));
    });
  });
  return errs;
}

function validateFilters(filters: HTTPRouteFilter[], p: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  filters.forEach((f, i) => {
    const fp = p.index(i);
    if (!FILTERS.includes(f?.type)) { errs.push(notSupported(fp.child('type'), f?.type, FILTERS)); return; }
    const field = f.type === 'URLRewrite' ? 'urlRewrite' : f.type === 'ExtensionRef' ? 'extensionRef' : f.type[0]!.toLowerCase() + f.type.slice(1);
    // HTTPRouteFilter CEL: the field of the type must be set
    if (f[field] === undefined) errs.push(cel(fp, 'object', `filter.${field} must be specified for ${f.type} filter.type`));
    const rr = f.requestRedirect;
    if (rr) {
      if (rr.statusCode !== undefined && rr.statusCode !== 301 && rr.statusCode !== 302) errs.push(notSupported(fp.child('requestRedirect', 'statusCode'), rr.statusCode, ['301', '302']));
      if (rr.scheme !== undefined && rr.scheme !== 'http' && rr.scheme !== 'https') errs.push(notSupported(fp.child('requestRedirect', 'scheme'), rr.scheme, ['http', 'https']));
      errs.push(...hostname(fp.child('requestRedirect', 'hostname'), rr.hostname));
      errs.push(...range(fp.child('requestRedirect', 'port'), rr.port, 1, 65535));
    }
  });
  const types = filters.map((f) => f?.type);
  // HTTPRouteRule CEL
  if (types.includes('RequestRedirect') && types.includes('URLRewrite')) errs.push(cel(p, 'array', 'May specify either httpRouteFilterRequestRedirect or httpRouteFilterRequestRewrite, but not both'));
  return errs;
}
