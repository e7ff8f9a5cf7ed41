// API-server defaulting on create (pkg/apis/core/v1/defaults.go, pkg/apis/apps/v1/defaults.go,
// pkg/apis/networking/v1/defaults.go, and the v1 Service conversion that copies clusterIP into
// clusterIPs). Mutates the object it is given: callers pass a copy.
import type { KObject, Service, Pod, Deployment, Labels } from './types.js';

export function applyDefaults(obj: KObject): void {
  switch (obj.kind) {
    case 'Service': defaultService(obj as Service); break;
    case 'Pod': defaultPodSpec(obj.spec); break;
    case 'Deployment': defaultDeployment(obj as Deployment); break;
    case 'ReplicaSet': defaultReplicaSet(obj); break;
    case 'Namespace': defaultNamespace(obj); break;
    case 'Endpoints': defaultEndpoints(obj); break;
    case 'EndpointSlice': defaultEndpointSlice(obj); break;
    case 'NetworkPolicy': defaultNetworkPolicy(obj); break;
  }
}

function defaultService(svc: Service): void {
  const spec = (svc.spec ??= {} as Service['spec']);
  // SetDefaults_Service
  if (!spec.sessionAffinity) spec.sessionAffinity = 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP') {
    const cfg = (spec.sessionAffinityConfig ??= {});
    const cip = (cfg.clientIP ??= {});
    cip.timeoutSeconds ??= 10800; // v1.DefaultClientIPServiceAffinitySeconds
  }
  if (!spec.type) spec.type = 'ClusterIP';
  for (const sp of spec.ports ?? []) {
    if (!sp || typeof sp !== 'object') continue;
    if (sp.port === undefined) sp.port = 0; // decoding: ServicePort.port has no omitempty, absent is 0
    if (!sp.protocol) sp.protocol = 'TCP';
    // targetPort 0 or "" becomes port
    if (sp.targetPort === undefined || sp.targetPort === null || sp.targetPort === 0 || sp.targetPort === '') sp.targetPort = sp.port;
  }
  // service.ExternallyAccessible: NodePort, LoadBalancer, or ClusterIP with externalIPs
  const externallyAccessible = spec.type === 'NodePort' || spec.type === 'LoadBalancer' || (spec.type === 'ClusterIP' && (spec.externalIPs?.length ?? 0) > 0);
  if (externallyAccessible && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = 'Cluster';
  if (!spec.internalTrafficPolicy && (spec.type === 'NodePort' || spec.type === 'LoadBalancer' || spec.type === 'ClusterIP')) spec.internalTrafficPolicy = 'Cluster';
  if (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts === undefined) spec.allocateLoadBalancerNodePorts = true;
  // Convert_v1_ServiceSpec: clusterIP and clusterIPs[0] are the same field.
  if (spec.clusterIP && !(spec.clusterIPs?.length)) spec.clusterIPs = [spec.clusterIP];
  else if (!spec.clusterIP && spec.clusterIPs?.length) spec.clusterIP = spec.clusterIPs[0];
  if (svc.status === undefined) svc.status = { loadBalancer: {} };
}

export function defaultPodSpec(spec: Pod['spec'] | undefined): void {
  if (!spec || typeof spec !== 'object') return;
  // SetDefaults_PodSpec
  if (!spec.restartPolicy) spec.restartPolicy = 'Always';
  if (!spec.dnsPolicy) spec.dnsPolicy = 'ClusterFirst';
  if (!spec.schedulerName) spec.schedulerName = 'default-scheduler';
  if (spec.terminationGracePeriodSeconds === undefined) spec.terminationGracePeriodSeconds = 30;
  for (const list of [spec.containers, (spec as { initContainers?: unknown }).initContainers]) {
    if (!Array.isArray(list)) continue;
    for (const c of list) {
      if (!c || typeof c !== 'object') continue;
      // SetDefaults_Container: imagePullPolicy Always for :latest or untagged images
      if (!c.imagePullPolicy && typeof c.image === 'string') {
        const tagged = /:[^/]+$/.test(c.image.split('@')[0]!) && !c.image.endsWith(':latest');
        c.imagePullPolicy = tagged || c.image.includes('@') ? 'IfNotPresent' : 'Always';
      }
      // SetDefaults_ContainerPort
      for (const p of Array.isArray(c.ports) ? c.ports : []) if (p && typeof p === 'object' && !p.protocol) p.protocol = 'TCP';
    }
  }
}

function defaultDeployment(d: Deployment): void {
  const spec = (d.spec ??= {} as Deployment['spec']);
  // SetDefaults_Deployment (apps/v1)
  if (spec.replicas === undefined || spec.replicas === null) spec.replicas = 1;
  const strategy = ((spec as { strategy?: { type?: string; rollingUpdate?: { maxUnavailable?: unknown; maxSurge?: unknown } } }).strategy ??= {});
  if (!strategy.type) strategy.type = 'RollingUpdate';
  if (strategy.type === 'RollingUpdate') {
    const ru = (strategy.rollingUpdate ??= {});
    ru.maxUnavailable ??= '25%';
    ru.maxSurge ??= '25%';
  }
  (spec as { revisionHistoryLimit?: number }).revisionHistoryLimit ??= 10;
  (spec as { progressDeadlineSeconds?: number }).progressDeadlineSeconds ??= 600;
  defaultPodSpec(spec.template?.spec);
}

function defaultReplicaSet(rs: KObject): void {
  const spec = (rs.spec ??= {});
  if (spec.replicas === undefined || spec.replicas === null) spec.replicas = 1;
  defaultPodSpec(spec.template?.spec);
}

export function namespaceLabels(name: string, labels?: Labels): Labels {
  // The API server sets kubernetes.io/metadata.name on every namespace (NamespaceDefaultLabelName).
  return { ...(labels ?? {}), 'kubernetes.io/metadata.name': name };
}

function defaultNamespace(ns: KObject): void {
  if (ns.metadata.name) ns.metadata.labels = namespaceLabels(ns.metadata.name, ns.metadata.labels);
  const spec = (ns.spec ??= {});
  spec.finalizers ??= ['kubernetes'];
  ns.status ??= { phase: 'Active' };
}

function defaultEndpoints(ep: KObject): void {
  for (const s of (ep as { subsets?: Array<{ ports?: Array<{ protocol?: string }> }> }).subsets ?? [])
    for (const p of s?.ports ?? []) if (p && !p.protocol) p.protocol = 'TCP';
}

function defaultEndpointSlice(es: KObject): void {
  for (const p of (es as { ports?: Array<{ protocol?: string }> }).ports ?? []) if (p && !p.protocol) p.protocol = 'TCP';
}

function defaultNetworkPolicy(np: KObject): void {
  const spec = np.spec;
  if (!spec || typeof spec !== 'object') return;
  // SetDefaults_NetworkPolicy: ports default to TCP; policyTypes to Ingress, plus Egress when egress rules exist
  for (const dir of ['ingress', 'egress'] as const)
    for (const rule of Array.isArray(spec[dir]) ? spec[dir] : [])
      for (const p of Array.isArray(rule?.ports) ? rule.ports : []) if (p && typeof p === 'object' && !p.protocol) p.protocol = 'TCP';
  if (!Array.isArray(spec.policyTypes) || spec.policyTypes.length === 0) {
    spec.policyTypes = ['Ingress'];
    if (Array.isArray(spec.egress) && spec.egress.length > 0) spec.policyTypes.push('Egress');
  }
}
