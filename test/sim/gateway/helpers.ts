// Shared by the Gateway API tests: a GatewayClass, a Gateway at 172.18.0.200 and backends,
// in the shape of the conformance suite's base manifests (gateway-conformance-infra,
// gateway-conformance-app-backend, gateway-conformance-web-backend).
import { clusterFrom } from '../helpers.js';
import { httpRequest, type HttpResult } from '../../../source/sim/http.js';
import type { Cluster } from '../../../source/sim/cluster.js';

export const GC = `
apiVersion: gateway.networking.k8s.io/v1
kind: GatewayClass
metadata: {name: conformance}
spec: {controllerName: example.net/gateway-controller}
`;

export function gateway(listeners: string, o: { name?: string; ns?: string; address?: string } = {}): string {
  return `
---
apiVersion: gateway.networking.k8s.io/v1
kind: Gateway
metadata: {name: ${o.name ?? 'same-namespace'}, namespace: ${o.ns ?? 'gateway-conformance-infra'}}
spec:
  gatewayClassName: conformance
  addresses: [{type: IPAddress, value: ${o.address ?? '172.18.0.200'}}]
  listeners:
${listeners.trim().split('\n').map((l) => `  ${l}`).join('\n')}
`;
}

export const HTTP_SAME = '- {name: http, protocol: HTTP, port: 80}';
export const HTTP_ALL = '- {name: http, protocol: HTTP, port: 80, allowedRoutes: {namespaces: {from: All}}}';

export function backend(name: string, ns = 'gateway-conformance-infra', port = 8080): string {
  return `
---
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${name}, namespace: ${ns}}
spec:
  replicas: 1
  selector: {matchLabels: {app: ${name}}}
  template:
    metadata: {labels: {app: ${name}}}
    spec: {containers: [{name: c, image: echo-basic, ports: [{containerPort: 3000}]}]}
---
apiVersion: v1
kind: Service
metadata: {name: ${name}, namespace: ${ns}}
spec:
  selector: {app: ${name}}
  ports: [{port: ${port}, targetPort: 3000}]
`;
}

export function route(name: string, ns: string, spec: string, extra = ''): string {
  return `
---
apiVersion: gateway.networking.k8s.io/v1
kind: HTTPRoute
metadata: {name: ${name}, namespace: ${ns}${extra}}
spec:
${spec.trim().split('\n').map((l) => `  ${l}`).join('\n')}
`;
}

export const INFRA_BACKENDS = backend('infra-backend-v1') + backend('infra-backend-v2') + backend('infra-backend-v3');

export function cluster(...parts: string[]): Cluster {
  return clusterFrom(GC + parts.join(''));
}

export function get(c: Cluster, path: string, host?: string, more: { headers?: Record<string, string>; method?: string; url?: string } = {}): HttpResult {
  return httpRequest(c, { url: more.url ?? `http://172.18.0.200${path}`, headers: { ...(host ? { Host: host } : {}), ...(more.headers ?? {}) }, ...(more.method ? { method: more.method } : {}) });
}
