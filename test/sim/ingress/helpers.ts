// Small builders for Ingress tests: an Ingress is written as rules of [host, [path, pathType, service:port]].
import type { Ingress, IngressBackend, IngressClass } from '../../../source/sim/ingress/index.js';

export type PathSpec = [path: string, pathType: string, backend: string];
export type RuleSpec = [host: string, paths: PathSpec[]];

/** "svc:80" → a Service backend by number; "svc:http" → by port name; "Kind.group/name" → a resource backend. */
export function backend(b: string): IngressBackend {
  if (b.includes('/')) {
    const [kindGroup, name] = b.split('/') as [string, string];
    const dot = kindGroup.indexOf('.');
    return dot < 0 ? { resource: { kind: kindGroup, name } } : { resource: { kind: kindGroup.slice(0, dot), apiGroup: kindGroup.slice(dot + 1), name } };
  }
  const [name, port] = b.split(':') as [string, string];
  return { service: { name, port: /^[0-9]+$/.test(port) ? { number: Number(port) } : { name: port } } };
}

export interface IngressOpts {
  namespace?: string;
  className?: string;
  annotationClass?: string;
  created?: string;
  defaultBackend?: string;
  tls?: Array<{ hosts?: string[]; secretName?: string }>;
}

export function ingress(name: string, rules: RuleSpec[], o: IngressOpts = {}): Ingress {
  const annotations: Record<string, string> = {};
  if (o.annotationClass !== undefined) annotations['kubernetes.io/ingress.class'] = o.annotationClass;
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: {
      name,
      namespace: o.namespace ?? 'default',
      ...(o.created ? { creationTimestamp: o.created } : {}),
      ...(Object.keys(annotations).length ? { annotations } : {}),
    },
    spec: {
      ...(o.className ? { ingressClassName: o.className } : {}),
      ...(o.defaultBackend ? { defaultBackend: backend(o.defaultBackend) } : {}),
      ...(o.tls ? { tls: o.tls } : {}),
      ...(rules.length ? {
        rules: rules.map(([host, paths]) => ({
          ...(host ? { host } : {}),
          http: { paths: paths.map(([path, pathType, b]) => ({ path, pathType, backend: backend(b) })) },
        })),
      } : {}),
    },
  };
}

export function ingressClass(name: string, o: { isDefault?: string; created?: string; controller?: string } = {}): IngressClass {
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'IngressClass',
    metadata: {
      name,
      ...(o.created ? { creationTimestamp: o.created } : {}),
      ...(o.isDefault !== undefined ? { annotations: { 'ingressclass.kubernetes.io/is-default-class': o.isDefault } } : {}),
    },
    spec: { controller: o.controller ?? 'k8s.io/ingress-nginx' },
  };
}
