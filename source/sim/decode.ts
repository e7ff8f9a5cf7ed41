// The API server decodes a manifest into Go structs before anything else; a value of the wrong
// JSON type never reaches defaulting or validation: `Service in version "v1" cannot be handled
// as a Service: json: cannot unmarshal string into Go struct field ServicePort.spec.ports.port
// of type int32` (k8s.io/apimachinery/pkg/runtime/serializer/json, encoding/json). Only the
// fields the simulator reads are typed here; other fields pass as they are.
import type { KObject } from './types.js';

type Shape =
  | 'string' | 'int32' | 'bool' | 'IntOrString' | 'map' | 'any'
  | { struct: string; fields: Record<string, Shape> }
  | { slice: Shape };

const str = 'string' as const;
const int = 'int32' as const;
const bool = 'bool' as const;
const strs: Shape = { slice: str };
const struct = (name: string, fields: Record<string, Shape>): Shape => ({ struct: name, fields });

const ownerRef = struct('OwnerReference', { apiVersion: str, kind: str, name: str, uid: str, controller: bool });
const objectMeta = struct('ObjectMeta', {
  name: str, generateName: str, namespace: str, labels: 'map', annotations: 'map', uid: str,
  resourceVersion: str, deletionTimestamp: str, ownerReferences: { slice: ownerRef },
});
const labelSelector = struct('LabelSelector', {
  matchLabels: 'map',
  matchExpressions: { slice: struct('LabelSelectorRequirement', { key: str, operator: str, values: strs }) },
});
const containerPort = struct('ContainerPort', { name: str, containerPort: int, hostPort: int, protocol: str, hostIP: str });
const container = struct('Container', { name: str, image: str, ports: { slice: containerPort }, restartPolicy: str });
const podSpec = struct('PodSpec', {
  containers: { slice: container }, initContainers: { slice: container }, nodeName: str, hostname: str, subdomain: str,
  hostNetwork: bool, dnsPolicy: str, restartPolicy: str, schedulerName: str,
  dnsConfig: struct('PodDNSConfig', { nameservers: strs, searches: strs, options: { slice: struct('PodDNSConfigOption', { name: str, value: str }) } }),
});
const podStatus = struct('PodStatus', {
  phase: str, podIP: str, hostIP: str, podIPs: { slice: struct('PodIP', { ip: str }) },
  conditions: { slice: struct('PodCondition', { type: str, status: str, reason: str, message: str }) },
});
const templateSpec = struct('PodTemplateSpec', { metadata: objectMeta, spec: podSpec });
const workloadSpec = (name: string) => struct(name, { replicas: int, selector: labelSelector, template: templateSpec });
const objectRef = struct('ObjectReference', { kind: str, namespace: str, name: str, uid: str });
const endpointAddress = struct('EndpointAddress', { ip: str, hostname: str, nodeName: str, targetRef: objectRef });
const endpointPort = struct('EndpointPort', { name: str, port: int, protocol: str, appProtocol: str });

const KINDS: Record<string, { version: string; fields: Record<string, Shape> }> = {
  Service: {
    version: 'v1',
    fields: {
      spec: struct('ServiceSpec', {
        type: str, selector: 'map', clusterIP: str, clusterIPs: strs, externalIPs: strs, externalName: str,
        externalTrafficPolicy: str, internalTrafficPolicy: str, sessionAffinity: str, publishNotReadyAddresses: bool,
        ipFamilies: strs, ipFamilyPolicy: str, healthCheckNodePort: int, allocateLoadBalancerNodePorts: bool,
        ports: { slice: struct('ServicePort', { name: str, protocol: str, appProtocol: str, port: int, targetPort: 'IntOrString', nodePort: int }) },
        sessionAffinityConfig: struct('SessionAffinityConfig', { clientIP: struct('ClientIPConfig', { timeoutSeconds: int }) }),
      }),
      status: struct('ServiceStatus', { loadBalancer: struct('LoadBalancerStatus', { ingress: { slice: struct('LoadBalancerIngress', { ip: str, hostname: str }) } }) }),
    },
  },
  Pod: { version: 'v1', fields: { spec: podSpec, status: podStatus } },
  Deployment: { version: 'apps/v1', fields: { spec: workloadSpec('DeploymentSpec') } },
  ReplicaSet: { version: 'apps/v1', fields: { spec: workloadSpec('ReplicaSetSpec') } },
  Endpoints: {
    version: 'v1',
    fields: { subsets: { slice: struct('EndpointSubset', { addresses: { slice: endpointAddress }, notReadyAddresses: { slice: endpointAddress }, ports: { slice: endpointPort } }) } },
  },
  EndpointSlice: {
    version: 'discovery.k8s.io/v1',
    fields: {
      addressType: str,
      endpoints: { slice: struct('Endpoint', { addresses: strs, hostname: str, nodeName: str, zone: str, targetRef: objectRef, conditions: struct('EndpointConditions', { ready: bool, serving: bool, terminating: bool }) }) },
      ports: { slice: struct('EndpointPort', { name: str, port: int, protocol: str, appProtocol: str }) },
    },
  },
  Node: {
    version: 'v1',
    fields: {
      spec: struct('NodeSpec', { podCIDR: str, podCIDRs: strs, unschedulable: bool, taints: { slice: struct('Taint', { key: str, value: str, effect: str }) } }),
      status: struct('NodeStatus', { addresses: { slice: struct('NodeAddress', { type: str, address: str }) } }),
    },
  },
  Namespace: { version: 'v1', fields: { spec: struct('NamespaceSpec', { finalizers: strs }) } },
  ConfigMap: { version: 'v1', fields: { data: 'map' } },
  NetworkPolicy: {
    version: 'networking.k8s.io/v1',
    fields: {
      spec: struct('NetworkPolicySpec', {
        podSelector: labelSelector, policyTypes: strs,
        ingress: { slice: struct('NetworkPolicyIngressRule', { ports: { slice: struct('NetworkPolicyPort', { protocol: str, port: 'IntOrString', endPort: int }) } }) },
        egress: { slice: struct('NetworkPolicyEgressRule', { ports: { slice: struct('NetworkPolicyPort', { protocol: str, port: 'IntOrString', endPort: int }) } }) },
      }),
    },
  },
  Ingress: { version: 'networking.k8s.io/v1', fields: { spec: struct('IngressSpec', { ingressClassName: str, rules: { slice: 'any' } }) } },
};

const topFieldsByKind = new Map<string, Record<string, Shape>>();
function topFields(kind: string): Record<string, Shape> {
  let f = topFieldsByKind.get(kind);
  if (!f) { f = { metadata: objectMeta, ...(KINDS[kind]?.fields ?? {}) }; topFieldsByKind.set(kind, f); }
  return f;
}

function jsonType(v: unknown): string {
  if (Array.isArray(v)) return 'array';
  if (v === null) return 'null';
  if (typeof v === 'boolean') return 'bool';
  return typeof v; // string, number, object
}

function goType(s: Shape): string {
  if (typeof s === 'string') return s === 'map' ? 'map[string]string' : s === 'IntOrString' ? 'intstr.IntOrString' : s;
  if ('struct' in s) return `v1.${s.struct}`;
  return `[]${goType(s.slice)}`;
}

interface Mismatch { path: string; owner: string; value: unknown; expected: Shape }

/**
 * Checks `holder[key]` against its shape, normalizing nulls as encoding/json does: a null
 * field is absent (the zero value), a null slice element or map value is the element's zero
 * value ({} for a struct, "" for a string).
 */
// `path` is built only on a mismatch (rare), on the way back up
function check(holder: Record<string, unknown> | unknown[], key: string | number, s: Shape, owner: string): Mismatch | undefined {
  const v = (holder as Record<string | number, unknown>)[key];
  if (v === undefined || s === 'any') return undefined;
  if (v === null) {
    if (Array.isArray(holder)) (holder as unknown[])[key as number] = zero(s);
    else delete (holder as Record<string, unknown>)[key as string];
    return undefined;
  }
  switch (s) {
    case 'string': return typeof v === 'string' ? undefined : { path: '', owner, value: v, expected: s };
    case 'bool': return typeof v === 'boolean' ? undefined : { path: '', owner, value: v, expected: s };
    case 'int32': return Number.isInteger(v) ? undefined : { path: '', owner, value: v, expected: s };
    case 'IntOrString': return typeof v === 'string' || Number.isInteger(v) ? undefined : { path: '', owner, value: v, expected: s };
    case 'map': {
      if (typeof v !== 'object' || Array.isArray(v)) return { path: '', owner, value: v, expected: s };
      const m = v as Record<string, unknown>;
      for (const k in m) {
        const x = m[k];
        if (typeof x === 'string') continue;
        if (x === null) m[k] = '';
        else return { path: '', owner, value: x, expected: 'string' };
      }
      return undefined;
    }
  }
  if ('slice' in s) {
    if (!Array.isArray(v)) return { path: '', owner, value: v, expected: s };
    for (let i = 0; i < v.length; i++) {
      const m = check(v, i, s.slice, owner);
      if (m) return m; // encoding/json names slice fields without an index
    }
    return undefined;
  }
  if (typeof v !== 'object' || Array.isArray(v)) return { path: '', owner, value: v, expected: s };
  const o = v as Record<string, unknown>;
  const keys = fieldList(s);
  for (let i = 0; i < keys.length; i++) {
    const [k, fs] = keys[i]!;
    if (o[k] === undefined) continue;
    const m = check(o, k, fs, s.struct);
    if (m) return { ...m, path: m.path ? `${k}.${m.path}` : k };
  }
  return undefined;
}

// the fields of a struct shape as a list, computed once
const fieldLists = new WeakMap<object, Array<[string, Shape]>>();
function fieldList(s: { struct: string; fields: Record<string, Shape> }): Array<[string, Shape]> {
  let l = fieldLists.get(s);
  if (!l) { l = Object.entries(s.fields); fieldLists.set(s, l); }
  return l;
}

function zero(s: Shape): unknown {
  if (s === 'string') return '';
  if (s === 'int32') return 0;
  if (s === 'bool') return false;
  if (s === 'IntOrString') return 0;
  if (s === 'map' || (typeof s === 'object' && 'struct' in s)) return {};
  if (s === 'any') return null;
  return [];
}

export interface DecodeError { field: string; value: unknown; message: string }

/**
 * Decodes the object as the API server would: returns the error it would answer, if any, and
 * otherwise normalizes nulls in place (so later steps see Go's zero values).
 */
export function decodeObject(obj: KObject): DecodeError | undefined {
  const kind = KINDS[obj.kind];
  const version = kind?.version ?? obj.apiVersion ?? 'v1';
  const fields = topFields(obj.kind);
  for (const k in fields) {
    const found = check(obj as Record<string, unknown>, k, fields[k]!, obj.kind);
    if (!found) continue;
    const m = { ...found, path: found.path ? `${k}.${found.path}` : k };
    const what = typeof m.value === 'number' && !Number.isInteger(m.value) ? `number ${m.value}` : jsonType(m.value);
    const goField = m.path.includes('.') ? `${m.owner}.${m.path}` : `${obj.kind}.${m.path}`;
    return {
      field: m.path,
      value: m.value,
      message: `${obj.kind} in version "${version.split('/').pop()}" cannot be handled as a ${obj.kind}: json: cannot unmarshal ${what} into Go struct field ${goField} of type ${goType(m.expected)}`,
    };
  }
  if (!obj.metadata) obj.metadata = {};
  return undefined;
}
