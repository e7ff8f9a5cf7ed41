// printers.go printIngress (formatHosts, formatPorts, ingressLoadBalancerStatusStringer),
// printIngressClass and printNetworkPolicy.
import { age } from '../duration.js';
import { formatLabelSelector } from '../labels.js';
import { loadBalancerStatusString } from './service.js';
import { AGE, NAME, type KindTable } from './types.js';

export const ingressTable: KindTable = {
  columns: [NAME, { name: 'Class' }, { name: 'Hosts' }, { name: 'Address' }, { name: 'Ports' }, AGE],
  row(obj, { now, wide }) {
    const spec = obj.spec ?? {};
    return [
      obj.metadata.name ?? '',
      spec.ingressClassName ?? '<none>',
      formatHosts(spec.rules ?? []),
      loadBalancerStatusString(obj.status?.loadBalancer?.ingress, wide),
      spec.tls?.length ? '80, 443' : '80',
      age(obj.metadata.creationTimestamp, now),
    ];
  },
};

function formatHosts(rules: Array<{ host?: string }>): string {
  const list: string[] = [];
  const max = 3;
  let more = false;
  for (const rule of rules) {
    if (list.length === max) more = true;
    if (!more && rule.host) list.push(rule.host);
  }
  if (list.length === 0) return '*';
  const ret = list.join(',');
  return more ? `${ret} + ${rules.length - max} more...` : ret;
}

export const ingressClassTable: KindTable = {
  columns: [NAME, { name: 'Controller' }, { name: 'Parameters' }, AGE],
  row(obj, { now }) {
    const spec = obj.spec ?? {};
    let parameters = '<none>';
    if (spec.parameters) {
      parameters = spec.parameters.kind ?? '';
      if (spec.parameters.apiGroup != null) parameters += '.' + spec.parameters.apiGroup;
      parameters += '/' + (spec.parameters.name ?? '');
    }
    return [obj.metadata.name ?? '', spec.controller ?? '', parameters, age(obj.metadata.creationTimestamp, now)];
  },
};

export const networkPolicyTable: KindTable = {
  columns: [NAME, { name: 'Pod-Selector' }, AGE],
  row(obj, { now }) {
    return [obj.metadata.name ?? '', formatLabelSelector(obj.spec?.podSelector ?? {}), age(obj.metadata.creationTimestamp, now)];
  },
};
