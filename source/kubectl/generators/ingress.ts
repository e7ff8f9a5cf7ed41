// `kubectl create ingress NAME --rule=host/path=svc:port[,tls[=secret]] [--class]
// [--default-backend=svc:port] [--annotation=k=v]` (pkg/cmd/create/create_ingress.go):
// a path ending in "*" is Prefix (the "*" dropped), any other path Exact; rules of one host
// are merged; a host appears in tls once.
import type { KObject } from '../../sim/types.js';
import { objectMeta, omitEmpty, struct } from './typed.js';
import type { Generated } from './service.js';

export interface CreateIngressOptions {
  name: string;
  rules: string[];
  ingressClass: string;
  defaultBackend: string;
  annotations: string[];
  namespace?: string;
}

// create_ingress.go ruleRegex
const ruleRegex = /^([\w*\-.]*)(\/.*)=([\w-]+):([\w-]+)(,tls=?([\w-]+)?)?$/;

export function createIngress(o: CreateIngressOptions): Generated<KObject> {
  // CreateIngressOptions.Validate
  if (o.defaultBackend === '' && o.rules.length === 0) {
    return { ok: false, error: 'not enough information provided: every ingress has to either specify a default-backend (which catches all traffic) or a list of rules (which catch specific paths)' };
  }
  for (const rule of o.rules) {
    if (!ruleRegex.test(rule)) return { ok: false, error: `rule ${rule} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]` };
  }
  for (const a of o.annotations) {
    if (!a.includes('=')) return { ok: false, error: `annotation ${a} is invalid and should be in format key=[value]` };
  }
  if (o.defaultBackend !== '' && o.defaultBackend.split(':').length !== 2) return { ok: false, error: 'default-backend should be in format servicename:serviceport' };

  const annotations: Record<string, string> = {};
  for (const a of o.annotations) {
    const i = a.indexOf('=');
    annotations[a.slice(0, i)] = a.slice(i + 1);
  }
  const ingress = {
    kind: 'Ingress',
    apiVersion: 'networking.k8s.io/v1',
    metadata: objectMeta({ name: o.name, namespace: o.namespace, annotations }),
    spec: omitEmpty({
      ingressClassName: o.ingressClass || undefined,
      defaultBackend: o.defaultBackend ? backend(o.defaultBackend) : undefined,
      tls: tlsRules(o.rules),
      rules: ingressRules(o.rules),
    }),
    status: { loadBalancer: struct({}) },
  } as unknown as KObject;
  return { ok: true, object: ingress };
}

function backend(service: string) {
  const [name, port] = service.split(':');
  // intstr.Parse: a number is a port number, anything else a port name
  const parsed = /^-?\d+$/.test(port) ? { number: Number(port) } : { name: port };
  return { service: { name, port: parsed } };
}

function httpPath(pathRule: string) {
  const eq = pathRule.indexOf('=');
  let path = '/' + pathRule.slice(0, eq);
  let pathType = 'Exact';
  if (path.endsWith('*')) { pathType = 'Prefix'; path = path.slice(0, -1); }
  return { path, pathType, backend: backend(pathRule.slice(eq + 1)) };
}

// buildIngressRules
function ingressRules(rules: string[]) {
  const out: Array<{ host?: string; http: { paths: ReturnType<typeof httpPath>[] } }> = [];
  for (const rule of rules) {
    const withoutTLS = rule.split(',')[0];
    const slash = withoutTLS.indexOf('/');
    const host = withoutTLS.slice(0, slash);
    const path = httpPath(withoutTLS.slice(slash + 1));
    const existing = out.find((r) => (r.host ?? '') === host);
    if (existing) { existing.http.paths.push(path); continue; }
    out.push(omitEmpty({ host, http: { paths: [path] } }));
  }
  return out;
}

// buildTLSRules: one entry per secret, a host listed once
function tlsRules(rules: string[]) {
  const seenHosts = new Set<string>();
  const out: Array<{ hosts?: string[]; secretName?: string }> = [];
  for (const rule of rules) {
    const parts = rule.split(',');
    if (parts.length !== 2) continue;
    const host = rule.split('/')[0];
    const secretParts = parts[1].split('=');
    const secret = secretParts.length > 1 ? secretParts[1] : '';
    if (seenHosts.has(host)) continue;
    const idx = out.findIndex((t) => (t.secretName ?? '') === secret);
    if (idx > -1) {
      out[idx].hosts = [...(out[idx].hosts ?? []), host];
      seenHosts.add(host);
      continue;
    }
    const tls: { hosts?: string[]; secretName?: string } = {};
    if (host !== '') tls.hosts = [host];
    if (secret !== '') tls.secretName = secret;
    if (tls.secretName || tls.hosts) out.push(tls);
    seenHosts.add(host);
  }
  return out;
}
