// printers.go printService / getServiceExternalIP / makePortString / loadBalancerStatusStringer
import { age } from '../duration.js';
import { formatLabels } from '../labels.js';
import { AGE, NAME, type KindTable } from './types.js';

const LOAD_BALANCER_WIDTH = 16;

export const serviceTable: KindTable = {
  columns: [NAME, { name: 'Type' }, { name: 'Cluster-IP' }, { name: 'External-IP' }, { name: 'Port(s)' }, AGE, { name: 'Selector', priority: 1 }],
  row(obj, { now, wide }) {
    const spec = obj.spec ?? {};
    const internalIP = spec.clusterIPs?.length ? spec.clusterIPs[0] : '<none>';
    const ports = makePortString(spec.ports ?? []) || '<none>';
    const cells = [obj.metadata.name ?? '', spec.type ?? '', internalIP, externalIP(obj, wide), ports, age(obj.metadata.creationTimestamp, now)];
    if (wide) cells.push(formatLabels(spec.selector));
    return cells;
  },
};

/** Ingress IPs or hostnames, sorted and de-duplicated (sets.String), cut to 13 chars + "..." unless wide. */
export function loadBalancerStatusString(ingress: Array<{ ip?: string; hostname?: string }> | undefined, wide: boolean): string {
  const set = new Set<string>();
  for (const i of ingress ?? []) {
    if (i.ip) set.add(i.ip);
    else if (i.hostname) set.add(i.hostname);
  }
  let r = [...set].sort().join(',');
  if (!wide && r.length > LOAD_BALANCER_WIDTH) r = r.slice(0, LOAD_BALANCER_WIDTH - 3) + '...';
  return r;
}

function externalIP(obj: { spec?: any; status?: any }, wide: boolean): string {
  const spec = obj.spec ?? {};
  const externalIPs: string[] = spec.externalIPs ?? [];
  switch (spec.type) {
    case 'ClusterIP':
    case 'NodePort':
      return externalIPs.length ? externalIPs.join(',') : '<none>';
    case 'LoadBalancer': {
      const lb = loadBalancerStatusString(obj.status?.loadBalancer?.ingress, wide);
      if (externalIPs.length) return [...(lb ? lb.split(',') : []), ...externalIPs].join(',');
      return lb || '<pending>';
    }
    case 'ExternalName':
      return spec.externalName ?? '';
  }
  return '<unknown>';
}

function makePortString(ports: Array<{ port: number; nodePort?: number; protocol?: string }>): string {
  return ports.map((p) => (p.nodePort && p.nodePort > 0 ? `${p.port}:${p.nodePort}/${p.protocol ?? ''}` : `${p.port}/${p.protocol ?? ''}`)).join(',');
}
