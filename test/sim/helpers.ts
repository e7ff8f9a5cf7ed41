// Shared by the simulator tests: a cluster from YAML text, failing loudly on load errors.
import { parseManifests } from '../../source/sim/loader.js';
import { buildCluster, type BuildOptions, type Cluster } from '../../source/sim/cluster.js';
import type { KObject } from '../../source/sim/types.js';

export function load(yaml: string): KObject[] {
  const r = parseManifests(yaml, 'test.yaml');
  if (!r.ok) throw new Error(`fixture does not load: ${r.error.line}:${r.error.col}: ${r.error.message}`);
  return r.objects;
}

export function clusterFrom(yaml: string, opts?: BuildOptions): Cluster {
  return buildCluster(load(yaml), opts);
}

/** A Deployment + Service pair, the most common shape in the exam. */
export function app(o: { ns?: string; name: string; labels?: Record<string, string>; replicas?: number; port?: number; containerPort?: number; portName?: string; selector?: Record<string, string>; targetPort?: number | string; type?: string; extra?: string }): string {
  const ns = o.ns ?? 'default';
  const labels = o.labels ?? { app: o.name };
  const sel = o.selector ?? labels;
  const cp = o.containerPort ?? 8080;
  const flow = (m: Record<string, string>) => `{${Object.entries(m).map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
  return `
apiVersion: apps/v1
kind: Deployment
metadata: {name: ${o.name}, namespace: ${ns}}
spec:
  replicas: ${o.replicas ?? 2}
  selector: {matchLabels: ${flow(labels)}}
  template:
    metadata: {labels: ${flow(labels)}}
    spec:
      containers: [{name: main, image: nginx:1.27, ports: [{containerPort: ${cp}${o.portName ? `, name: ${o.portName}` : ''}}]}]
---
apiVersion: v1
kind: Service
metadata: {name: ${o.name}, namespace: ${ns}}
spec:
  type: ${o.type ?? 'ClusterIP'}
  selector: ${flow(sel)}
  ports: [{port: ${o.port ?? 80}, targetPort: ${o.targetPort ?? cp}}]
${o.extra ?? ''}
---
`;
}
