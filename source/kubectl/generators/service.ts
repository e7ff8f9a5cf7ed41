// `kubectl create service clusterip|nodeport|loadbalancer|externalname NAME` (kubectl
// pkg/cmd/create/create_service.go): label and selector app=NAME, one port per --tcp
// "port[:targetPort]" named after the spec with ":" turned into "-".
import type { Service, ServicePort } from '../../sim/types.js';
import { objectMeta, omitEmpty, struct } from './typed.js';
import { isValidPortName, isDNS1123Subdomain } from './validation.js';

export type ServiceType = 'ClusterIP' | 'NodePort' | 'LoadBalancer' | 'ExternalName';

export interface CreateServiceOptions {
  name: string;
  type: ServiceType;
  tcp: string[];
  clusterIP?: string;
  nodePort?: number;
  externalName?: string;
  /** set only when -n was given (kubectl's EnforceNamespace) */
  namespace?: string;
}

export type Generated<T> = { ok: true; object: T } | { ok: false; error: string };

export function createService(o: CreateServiceOptions): Generated<Service> {
  // ServiceOptions.Validate
  if (o.clusterIP === 'None' && o.type !== 'ClusterIP') return { ok: false, error: 'ClusterIP=None can only be used with ClusterIP service type' };
  if (o.clusterIP !== 'None' && o.tcp.length === 0 && o.type !== 'ExternalName') return { ok: false, error: 'at least one tcp port specifier must be provided' };
  if (o.type === 'ExternalName' && !isDNS1123Subdomain(o.externalName ?? '')) return { ok: false, error: `invalid service external name ${o.externalName ?? ''}` };

  const ports: ServicePort[] = [];
  for (const spec of o.tcp) {
    const parsed = parsePorts(spec);
    if (!parsed.ok) return parsed;
    ports.push(omitEmpty({
      name: spec.replace(/:/g, '-'),
      protocol: 'TCP' as const,
      port: parsed.port,
      targetPort: parsed.targetPort,
      nodePort: o.nodePort ? o.nodePort : undefined,
    }) as ServicePort);
  }
  const svc = {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: objectMeta({ name: o.name, namespace: o.namespace, labels: { app: o.name } }),
    spec: omitEmpty({
      ports,
      selector: { app: o.name },
      clusterIP: o.clusterIP,
      type: o.type,
      externalName: o.externalName,
    }),
    status: { loadBalancer: struct({}) },
  } as unknown as Service;
  return { ok: true, object: svc };
}

/** create_service.go parsePorts: "port[:targetPort]", targetPort a number or a port name. */
function parsePorts(spec: string): { ok: true; port: number; targetPort: number | string } | { ok: false; error: string } {
  const i = spec.indexOf(':');
  const portText = i >= 0 ? spec.slice(0, i) : spec;
  const targetText = i >= 0 ? spec.slice(i + 1) : '';
  // utilsnet.ParsePort(port, true): strconv.ParseUint(port, 10, 16)
  if (!/^\d+$/.test(portText)) return { ok: false, error: `strconv.ParseUint: parsing ${JSON.stringify(portText)}: invalid syntax` };
  const port = Number(portText);
  if (port > 65535) return { ok: false, error: `strconv.ParseUint: parsing ${JSON.stringify(portText)}: value out of range` };
  if (targetText === '') return { ok: true, port, targetPort: port };
  if (/^[+-]?\d+$/.test(targetText)) {
    const n = Number(targetText);
    if (n < 1 || n > 65535) return { ok: false, error: 'must be between 1 and 65535, inclusive' };
    return { ok: true, port, targetPort: n };
  }
  const errs = isValidPortName(targetText);
  if (errs.length > 0) return { ok: false, error: errs.join(',') };
  return { ok: true, port, targetPort: targetText };
}
