// `kubectl expose (deployment|replicaset|replicationcontroller|pod|service) NAME` (pkg/cmd/
// expose/expose.go and polymorphichelpers): the Service takes its selector from the object
// (a Deployment's or ReplicaSet's matchLabels, a Pod's labels, a Service's selector), its
// labels from the object's own labels, and its ports from --port or from the object's ports
// (container ports, or a Service's ports); several ports are named port-1, port-2, ...; the
// targetPort is --target-port, else the port itself.
import type { KObject, Service } from '../../sim/types.js';
import { objectMeta, omitEmpty, struct } from './typed.js';
import { parseLabelPairs } from './labels.js';
import type { Generated } from './service.js';

export interface ExposeOptions {
  port: string;
  targetPort: string;
  protocol: string;
  type: string;
  name: string;
  selector: string;
  labels: string;
  externalIP: string;
  clusterIP: string;
  loadBalancerIP: string;
  sessionAffinity: string;
  namespace?: string;
}

/** Error texts: `usage` ones are printed with "See 'kubectl expose -h' for help and examples". */
export type ExposeResult = { ok: true; object: Service } | { ok: false; error: string; usage?: boolean };

const EXPOSABLE = ['Pod', 'Service', 'ReplicationController', 'Deployment', 'ReplicaSet'];

export function exposeObject(obj: KObject, o: ExposeOptions): ExposeResult {
  // ExposeServiceOptions.CanBeExposed
  if (!EXPOSABLE.includes(obj.kind)) return { ok: false, error: `cannot expose a ${obj.kind}` };

  const defaultName = (obj.metadata.name ?? '').slice(0, 63); // DNS1035LabelMaxLength
  let selector = o.selector;
  if (selector === '') {
    const s = selectorForObject(obj);
    if (!s.ok) return { ok: false, error: `couldn't retrieve selectors via --selector flag or introspection: ${s.error}` };
    selector = s.selector;
  }
  const headless = o.clusterIP === 'None';
  let portList: string[] = [];
  if (o.port !== '') portList = [o.port];
  else {
    portList = portsForObject(obj);
    if (portList.length === 0 && !headless) return { ok: false, error: "couldn't find port via --port flag or introspection" };  // recorded: not a usage error in v1.32
  }
  const protocols = protocolsForObject(obj);
  let labels = o.labels;
  if (labels === '') labels = Object.entries(obj.metadata.labels ?? {}).map(([k, v]) => `${k}=${v}`).join(',');

  const parsedSelector = parseLabelPairs(selector);
  if (!parsedSelector.ok) return parsedSelector;
  const parsedLabels = parseLabelPairs(labels);
  if (!parsedLabels.ok) return parsedLabels;

  const ports = [];
  for (let i = 0; i < portList.length; i++) {
    const text = portList[i];
    if (!/^[+-]?\d+$/.test(text)) return { ok: false, error: `strconv.Atoi: parsing ${JSON.stringify(text)}: invalid syntax` };
    const port = Number(text);
    const protocol = o.protocol || protocols.get(text) || 'TCP';
    ports.push(omitEmpty({
      name: portList.length > 1 ? `port-${i + 1}` : undefined,
      protocol,
      port,
      targetPort: o.targetPort !== '' ? intOrString(o.targetPort) : port,
    }));
  }
  if (o.sessionAffinity !== '' && o.sessionAffinity !== 'None' && o.sessionAffinity !== 'ClientIP') {
    return { ok: false, error: `unknown session affinity: ${o.sessionAffinity}` };
  }
  const svc = {
    kind: 'Service',
    apiVersion: 'v1',
    metadata: objectMeta({ name: o.name || defaultName, namespace: o.namespace, labels: parsedLabels.map }),
    spec: omitEmpty({
      ports,
      selector: parsedSelector.map,
      clusterIP: o.clusterIP || undefined,
      type: o.type || undefined,
      externalIPs: o.externalIP ? [o.externalIP] : undefined,
      sessionAffinity: o.sessionAffinity || undefined,
      loadBalancerIP: o.type === 'LoadBalancer' && o.loadBalancerIP ? o.loadBalancerIP : undefined,
    }),
    status: { loadBalancer: struct({}) },
  } as unknown as Service;
  return { ok: true, object: svc };
}

function intOrString(s: string): number | string {
  return /^-?\d+$/.test(s) ? Number(s) : s;
}

// polymorphichelpers.mapBasedSelectorForObject
function selectorForObject(obj: KObject): { ok: true; selector: string } | { ok: false; error: string } {
  const fmt = (m: Record<string, string> = {}) => Object.entries(m).map(([k, v]) => `${k}=${v}`).join(',');
  switch (obj.kind) {
    case 'Pod':
      if (!obj.metadata.labels || Object.keys(obj.metadata.labels).length === 0) return { ok: false, error: 'the pod has no labels and cannot be exposed' };
      return { ok: true, selector: fmt(obj.metadata.labels) };
    case 'Service':
      if (!obj.spec?.selector || Object.keys(obj.spec.selector).length === 0) return { ok: false, error: 'the service has no pod selector set' };
      return { ok: true, selector: fmt(obj.spec.selector) };
    case 'ReplicationController':
      return { ok: true, selector: fmt(obj.spec?.selector) };
    default: {
      const sel = obj.spec?.selector;
      if (sel?.matchExpressions?.length) return { ok: false, error: `couldn't convert expressions - "${JSON.stringify(sel.matchExpressions)}" to map-based selector format` };
      return { ok: true, selector: fmt(sel?.matchLabels) };
    }
  }
}

function containersOf(obj: KObject): Array<{ ports?: Array<{ containerPort: number; protocol?: string }> }> {
  if (obj.kind === 'Pod') return obj.spec?.containers ?? [];
  return obj.spec?.template?.spec?.containers ?? [];
}

// polymorphichelpers.portsForObject
function portsForObject(obj: KObject): string[] {
  if (obj.kind === 'Service') return (obj.spec?.ports ?? []).map((p: { port: number }) => String(p.port));
  return containersOf(obj).flatMap((c) => (c.ports ?? []).map((p) => String(p.containerPort)));
}

// polymorphichelpers.protocolsForObject
function protocolsForObject(obj: KObject): Map<string, string> {
  const m = new Map<string, string>();
  if (obj.kind === 'Service') {
    for (const p of obj.spec?.ports ?? []) if (p.protocol) m.set(String(p.port), p.protocol);
  } else {
    for (const c of containersOf(obj)) for (const p of c.ports ?? []) if (p.protocol) m.set(String(p.containerPort), p.protocol);
  }
  return m;
}
