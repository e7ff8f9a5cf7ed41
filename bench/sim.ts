// Issues 4 and 5: the simulator on a generated cluster of 5,000 pods, 1,000 services and 50
// namespaces (in-process, medians), and `kubeprep sim route` as a whole process.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { buildCluster } from '../source/sim/cluster.js';
import { generateCluster } from '../source/sim/generate.js';
import { route } from '../source/sim/route.js';
import { validateObject } from '../source/sim/validation/index.js';
import { buildIngressIndex, matchIngress } from '../source/sim/ingress/index.js';
import { buildPolicyIndex, decide } from '../source/sim/netpol/index.js';
import type { Pod, Service, KObject } from '../source/sim/types.js';
import { cliPeakRssMB, timeCall, timeProcess, type Figure } from './lib.js';

const BIN = fileURLToPath(new URL('../dist/kubeprep.js', import.meta.url));

export async function simFigures(): Promise<Figure[]> {
  const objects = generateCluster({ pods: 5000, services: 1000, namespaces: 50, policies: 500, ingresses: 1000 });
  const load = timeCall(() => buildCluster(objects), 7, 2);
  const cluster = buildCluster(objects);

  const pods = cluster.derived.concat(cluster.objects).filter((o): o is Pod => o.kind === 'Pod');
  const services = cluster.objects.filter((o): o is Service => o.kind === 'Service');
  let i = 0;
  const queries = services.slice(0, 200).map((s) => {
    const client = pods[(i += 37) % pods.length]!;
    return { from: `${client.metadata.namespace}/${client.metadata.name}`, to: `${s.metadata.name}.${s.metadata.namespace}:80` };
  });
  let q = 0;
  const routeOne = timeCall(() => route(cluster, queries[q++ % queries.length]!), 400);
  const validate = timeCall(() => { for (const o of objects) validateObject(o); }, 7, 2);

  const policies = cluster.objects.filter((o) => o.kind === 'NetworkPolicy') as any[];
  const namespaces = cluster.objects.concat(cluster.derived).filter((o) => o.kind === 'Namespace').map((n) => ({ name: n.metadata.name!, labels: n.metadata.labels }));
  const ppods = pods.map((p) => ({ namespace: p.metadata.namespace!, name: p.metadata.name!, labels: p.metadata.labels, ip: p.status?.podIP, ports: p.spec.containers.flatMap((c) => c.ports ?? []), nodeName: p.spec.nodeName }));
  const policyIndex = buildPolicyIndex({ policies, namespaces, pods: ppods });
  let d = 0;
  const decideOne = timeCall(() => { const a = ppods[(d += 101) % ppods.length]!, b = ppods[(d * 7) % ppods.length]!; decide(policyIndex, { src: { pod: { namespace: a.namespace, name: a.name } }, dst: { pod: { namespace: b.namespace, name: b.name } }, port: 8080, protocol: 'TCP' }); }, 2000);

  const ingresses = cluster.objects.filter((o) => o.kind === 'Ingress') as any[];
  const classes = cluster.objects.filter((o) => o.kind === 'IngressClass') as any[];
  const ingIndex = buildIngressIndex(ingresses, classes);
  const hosts = ingresses.flatMap((ing) => (ing.spec?.rules ?? []).map((r: any) => r.host)).filter(Boolean) as string[];
  let h = 0;
  const matchOne = timeCall(() => matchIngress(ingIndex, { host: hosts[(h += 13) % Math.max(1, hosts.length)] ?? 'x.example.com', path: '/api/v1/items' }), 2000);

  // Whole process on a small file, as a script would call it.
  const small = generateCluster({ pods: 30, services: 10, namespaces: 3 }).slice(0, 50) as KObject[];
  const dir = mkdtempSync(join(tmpdir(), 'kubeprep-bench-'));
  const file = join(dir, 'small.yaml');
  writeFileSync(file, small.map((o) => stringify(o)).join('---\n'));
  const svc = small.find((o) => o.kind === 'Service')!;
  const processRoute = timeProcess(process.execPath, [BIN, 'sim', 'route', '-f', file, '--from', 'external', '--to', `${svc.metadata.name}.${svc.metadata.namespace}:80`, '-o', 'json'], 9);
  const bare = timeProcess(process.execPath, ['-e', ''], 9);

  // The big cluster as a file (what `kubectl get ... -o yaml` of a large cluster would be).
  const big = join(dir, 'big.yaml');
  writeFileSync(big, objects.map((o) => stringify(o)).join('---\n'));
  const bigSvc = objects.find((o) => o.kind === 'Service')!;
  const bigArgs = ['sim', 'route', '-f', big, '--from', 'external', '--to', `${bigSvc.metadata.name}.${bigSvc.metadata.namespace}:80`, '-o', 'json'];
  const processBig = timeProcess(process.execPath, [BIN, ...bigArgs], 3);
  const rssBig = cliPeakRssMB(BIN, bigArgs);

  return [
    { name: `load + index ${objects.length} generated objects (5,000 pods, 1,000 svc)`, value: load, unit: 'ms', target: 500 },
    { name: 'one route query (pod → service name) on that cluster', value: routeOne, unit: 'ms', target: 2 },
    { name: 'validate every object of that cluster', value: validate, unit: 'ms', target: 200 },
    { name: 'one NetworkPolicy decision (5,000 pods, 500 policies)', value: decideOne, unit: 'ms', target: 1 },
    { name: `one Ingress match (${ingresses.length} Ingresses)`, value: matchOne, unit: 'ms', target: 0.5 },
    { name: 'kubeprep sim route on a 50-object file (whole process)', value: processRoute, unit: 'ms', target: 150 },
    { name: 'sim route whole process / bare node', value: processRoute / bare, unit: 'x' },
    { name: 'kubeprep sim route on the 5,000-pod file (whole process)', value: processBig, unit: 'ms' },
    { name: 'peak RSS of that process', value: rssBig, unit: 'MB', target: 150 },
  ];
}
