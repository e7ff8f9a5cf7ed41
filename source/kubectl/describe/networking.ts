// describeIngressV1, IngressClass and describeNetworkPolicy (pkg/describe/describe.go).
import { formatLabelSelector } from '../printers/labels.js';
import { loadBalancerStatusString } from '../printers/columns/service.js';
import { formatEndpointSlices, slicesOf } from './service.js';
import { describeNoEvents, goTimeString, LEVEL_0, LEVEL_1, LEVEL_2, printAnnotationsMultiline, printLabelsMultiline, tabbedString } from './writer.js';
import type { DescribeInput } from './types.js';

function serviceBackendString(b: any): string {
  const port = b.port?.number ? String(b.port.number) : b.port?.name ?? '';
  return `${b.name}:${port}`;
}

/** describeBackendV1: "svc:port (addresses)" or the error reading the Service. */
function describeBackend(input: DescribeInput, ns: string, backend: any): string {
  if (backend?.service) {
    const sb = serviceBackendString(backend.service);
    const svc = input.get('Service', ns, backend.service.name);
    if (!svc) return `${sb} (<error: services "${backend.service.name}" not found>)`;
    let spName = '';
    for (const sp of svc.spec?.ports ?? []) {
      if (backend.service.port?.number && backend.service.port.number === sp.port) spName = sp.name ?? '';
      else if (backend.service.port?.name && backend.service.port.name === sp.name) spName = sp.name ?? '';
    }
    return `${sb} (${formatEndpointSlices(slicesOf(input, ns, backend.service.name), new Set([spName]))})`;
  }
  if (backend?.resource) {
    const r = backend.resource;
    return `APIGroup: ${r.apiGroup ?? '<none>'}, Kind: ${r.kind}, Name: ${r.name}`;
  }
  return '';
}

export function describeIngress(input: DescribeInput): string {
  const ing = input.obj;
  const spec = ing.spec ?? {};
  const ns = ing.metadata.namespace;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${ing.metadata.name}\n`);
    printLabelsMultiline(w, 'Labels', ing.metadata.labels);
    w.write(LEVEL_0, `Namespace:\t${ns}\n`);
    w.write(LEVEL_0, `Address:\t${loadBalancerStatusString(ing.status?.loadBalancer?.ingress, true)}\n`);
    w.write(LEVEL_0, `Ingress Class:\t${spec.ingressClassName ?? '<none>'}\n`);
    const def = spec.defaultBackend ? describeBackend(input, ns, spec.defaultBackend) : '<default>';
    w.write(LEVEL_0, `Default backend:\t${def}\n`);
    if (spec.tls?.length) {
      w.write(LEVEL_0, 'TLS:\n');
      for (const t of spec.tls) {
        if (!t.secretName) w.write(LEVEL_1, `SNI routes ${(t.hosts ?? []).join(',')}\n`);
        else w.write(LEVEL_1, `${t.secretName} terminates ${(t.hosts ?? []).join(',')}\n`);
      }
    }
    w.write(LEVEL_0, 'Rules:\n  Host\tPath\tBackends\n');
    w.write(LEVEL_1, '----\t----\t--------\n');
    let count = 0;
    for (const rule of spec.rules ?? []) {
      if (!rule.http) continue;
      count++;
      w.write(LEVEL_1, `${rule.host || '*'}\t\n`);
      for (const p of rule.http.paths ?? []) w.write(LEVEL_2, `\t${p.path ?? ''} \t${describeBackend(input, ns, p.backend)}\n`);
    }
    if (count === 0) w.write(LEVEL_1, `*\t*\t${def}\n`);
    printAnnotationsMultiline(w, 'Annotations', ing.metadata.annotations);
    if (input.showEvents) describeNoEvents(w);
  });
}

export function describeIngressClass(input: DescribeInput): string {
  const ic = input.obj;
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${ic.metadata.name}\n`);
    printLabelsMultiline(w, 'Labels', ic.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', ic.metadata.annotations);
    w.write(LEVEL_0, `Controller:\t${ic.spec?.controller ?? ''}\n`);
    const p = ic.spec?.parameters;
    if (p) {
      w.write(LEVEL_0, 'Parameters:\n');
      if (p.apiGroup) w.write(LEVEL_1, `APIGroup:\t${p.apiGroup}\n`);
      w.write(LEVEL_1, `Kind:\t${p.kind}\n`);
      w.write(LEVEL_1, `Name:\t${p.name}\n`);
    }
    if (input.showEvents) describeNoEvents(w);
  });
}

/** intstr.IntOrString.String() through a pointer: "<nil>" when unset. */
function portText(port: unknown): string {
  return port === undefined || port === null ? '<nil>' : String(port);
}

function printRules(w: any, rules: any[] | undefined, direction: 'ingress' | 'egress'): void {
  const indent = '    ';
  const peers = direction === 'ingress' ? 'from' : 'to';
  const Peer = direction === 'ingress' ? 'From' : 'To';
  if (!rules?.length) {
    w.write(LEVEL_0, `${indent}<none> (Selected pods are isolated for ${direction} connectivity)\n`);
    return;
  }
  rules.forEach((rule, i) => {
    if (!rule.ports?.length) w.write(LEVEL_0, `${indent}To Port: <any> (traffic allowed to all ports)\n`);
    else for (const p of rule.ports) {
      const proto = p.protocol ?? 'TCP';
      if (p.endPort === undefined || p.endPort === null) w.write(LEVEL_0, `${indent}To Port: ${portText(p.port)}/${proto}\n`);
      else w.write(LEVEL_0, `${indent}To Port Range: ${portText(p.port)}-${p.endPort}/${proto}\n`);
    }
    const list: any[] = rule[peers] ?? [];
    if (list.length === 0) w.write(LEVEL_0, `${indent}${Peer}: <any> (traffic not restricted by ${direction === 'ingress' ? 'source' : 'destination'})\n`);
    else for (const peer of list) {
      w.write(LEVEL_0, `${indent}${Peer}:\n`);
      if (peer.podSelector && peer.namespaceSelector) {
        w.write(LEVEL_1, `${indent}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}\n`);
        w.write(LEVEL_1, `${indent}PodSelector: ${formatLabelSelector(peer.podSelector)}\n`);
      } else if (peer.podSelector) w.write(LEVEL_1, `${indent}PodSelector: ${formatLabelSelector(peer.podSelector)}\n`);
      else if (peer.namespaceSelector) w.write(LEVEL_1, `${indent}NamespaceSelector: ${formatLabelSelector(peer.namespaceSelector)}\n`);
      else if (peer.ipBlock) {
        w.write(LEVEL_1, `${indent}IPBlock:\n`);
        w.write(LEVEL_2, `${indent}CIDR: ${peer.ipBlock.cidr}\n`);
        w.write(LEVEL_2, `${indent}Except: ${(peer.ipBlock.except ?? []).join(', ')}\n`);
      }
    }
    if (i !== rules.length - 1) w.write(LEVEL_0, `${indent}----------\n`);
  });
}

export function describeNetworkPolicy(input: DescribeInput): string {
  const np = input.obj;
  const spec = np.spec ?? {};
  return tabbedString((w) => {
    w.write(LEVEL_0, `Name:\t${np.metadata.name}\n`);
    w.write(LEVEL_0, `Namespace:\t${np.metadata.namespace}\n`);
    w.write(LEVEL_0, `Created on:\t${goTimeString(np.metadata.creationTimestamp)}\n`);
    printLabelsMultiline(w, 'Labels', np.metadata.labels);
    printAnnotationsMultiline(w, 'Annotations', np.metadata.annotations);
    w.write(LEVEL_0, 'Spec:\n');
    w.write(LEVEL_1, 'PodSelector: ');
    const ps = spec.podSelector ?? {};
    if (!Object.keys(ps.matchLabels ?? {}).length && !(ps.matchExpressions ?? []).length) w.write(LEVEL_2, '<none> (Allowing the specific traffic to all pods in this namespace)\n');
    else w.write(LEVEL_2, `${formatLabelSelector(ps)}\n`);
    const types: string[] = spec.policyTypes ?? [];
    if (types.includes('Ingress')) { w.write(LEVEL_1, 'Allowing ingress traffic:\n'); printRules(w, spec.ingress, 'ingress'); }
    else w.write(LEVEL_1, 'Not affecting ingress traffic\n');
    if (types.includes('Egress')) { w.write(LEVEL_1, 'Allowing egress traffic:\n'); printRules(w, spec.egress, 'egress'); }
    else w.write(LEVEL_1, 'Not affecting egress traffic\n');
    w.write(LEVEL_1, `Policy Types: ${types.length ? types.join(', ') : '<none>'}\n`);
  });
}
