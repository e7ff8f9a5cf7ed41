// A synthetic cluster for benchmarks and load tests: deterministic, shaped like a real one
// (namespaces of apps, each a set of labelled pods behind a Service, some NodePorts, optional
// NetworkPolicies and Ingresses).
import type { KObject } from './types.js';

export interface GenerateOptions {
  pods: number;
  services: number;
  namespaces: number;
  policies?: number;
  ingresses?: number;
  /** Gateway API: Gateways (one HTTP listener each, at 172.20.X.Y) and HTTPRoutes spread over them. */
  gateways?: number;
  httpRoutes?: number;
  /** Pods per node (default 100, well inside a node's /24). */
  podsPerNode?: number;
}

export function generateCluster(o: GenerateOptions): KObject[] {
  const nsCount = Math.max(1, o.namespaces);
  const ns = (i: number) => `ns-${i % nsCount}`;
  const appsPerNs = Math.max(1, Math.ceil(o.services / nsCount));
  const out: KObject[] = [];
  for (let i = 0; i < nsCount; i++) out.push({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: `ns-${i}`, labels: { team: `team-${i % 5}` } } });
  const nodeCount = Math.max(1, Math.ceil(o.pods / (o.podsPerNode ?? 100)));
  for (let i = 0; i < nodeCount; i++)
    out.push({ apiVersion: 'v1', kind: 'Node', metadata: { name: `node-${i}`, labels: { 'kubernetes.io/hostname': `node-${i}`, 'topology.kubernetes.io/zone': `zone-${i % 3}` } } });
  for (let j = 0; j < o.services; j++) {
    const app = `app-${Math.floor(j / nsCount) % appsPerNs}`;
    const named = j % 3 === 0;
    out.push({
      apiVersion: 'v1', kind: 'Service',
      metadata: { name: `svc-${j}`, namespace: ns(j), labels: { app } },
      spec: {
        ...(j % 10 === 0 ? { type: 'NodePort' } : {}),
        selector: { app },
        ports: [{ name: 'http', port: 80, targetPort: named ? 'http' : 8080 }, ...(j % 4 === 0 ? [{ name: 'metrics', port: 9090, targetPort: 9090 }] : [])],
      },
    });
  }
  for (let i = 0; i < o.pods; i++) {
    const app = `app-${Math.floor(i / nsCount) % appsPerNs}`;
    out.push({
      apiVersion: 'v1', kind: 'Pod',
      metadata: { name: `pod-${i}`, namespace: ns(i), labels: { app, tier: i % 2 ? 'backend' : 'frontend' } },
      spec: {
        nodeName: `node-${i % nodeCount}`,
        containers: [{ name: 'main', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 8080 }, { name: 'metrics', containerPort: 9090 }] }],
      },
    });
  }
  for (let k = 0; k < (o.policies ?? 0); k++) {
    const app = `app-${Math.floor(k / nsCount) % appsPerNs}`;
    out.push({
      apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy',
      metadata: { name: `np-${k}`, namespace: ns(k) },
      spec: k % 5 === 0
        ? { podSelector: {}, policyTypes: ['Ingress'] }
        : { podSelector: { matchLabels: { app } }, ingress: [{ from: [{ podSelector: { matchLabels: { tier: 'frontend' } } }, { namespaceSelector: { matchLabels: { team: `team-${k % 5}` } } }], ports: [{ port: 8080 }] }] },
    });
  }
  for (let k = 0; k < (o.ingresses ?? 0); k++) {
    const svc = k % Math.max(1, o.services);
    out.push({
      apiVersion: 'networking.k8s.io/v1', kind: 'Ingress',
      metadata: { name: `ing-${k}`, namespace: ns(svc) },
      spec: { ingressClassName: 'nginx', rules: [{ host: `app${k}.example.com`, http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: `svc-${svc}`, port: { number: 80 } } } }] } }] },
    });
  }
  const gateways = o.gateways ?? 0;
  if (gateways > 0) out.push({ apiVersion: 'gateway.networking.k8s.io/v1', kind: 'GatewayClass', metadata: { name: 'bench' }, spec: { controllerName: 'example.net/bench' } });
  for (let g = 0; g < gateways; g++) {
    out.push({
      apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway',
      metadata: { name: `gw-${g}`, namespace: ns(g) },
      spec: {
        gatewayClassName: 'bench',
        addresses: [{ type: 'IPAddress', value: gatewayAddress(g) }],
        listeners: [{ name: 'http', protocol: 'HTTP', port: 80, hostname: `*.gw${g}.example.com`, allowedRoutes: { namespaces: { from: 'All' } } }],
      },
    });
  }
  for (let k = 0; gateways > 0 && k < (o.httpRoutes ?? 0); k++) {
    const g = k % gateways;
    const svc = k % Math.max(1, o.services);
    const ref = { name: `svc-${svc}`, port: 80 };
    out.push({
      apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute',
      metadata: { name: `route-${k}`, namespace: ns(svc) },
      spec: {
        parentRefs: [{ name: `gw-${g}`, namespace: ns(g) }],
        hostnames: [`app${k}.gw${g}.example.com`],
        rules: [
          { matches: [{ path: { type: 'Exact', value: '/healthz' } }], backendRefs: [ref] },
          { matches: [{ path: { type: 'PathPrefix', value: '/api' }, headers: [{ name: 'x-canary', value: 'true' }] }], backendRefs: [{ ...ref, weight: 10 }, { name: `svc-${(svc + 1) % Math.max(1, o.services)}`, port: 80, weight: 90 }] },
          { matches: [{ path: { type: 'PathPrefix', value: '/api' } }], backendRefs: [ref] },
          { backendRefs: [ref] },
        ],
      },
    });
  }
  return out;
}

/** The address of generated Gateway g: 172.20.(g / 250).(g % 250 + 1). */
export function gatewayAddress(g: number): string {
  return `172.20.${Math.floor(g / 250)}.${(g % 250) + 1}`;
}
