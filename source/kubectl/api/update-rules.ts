// What the API server does on update that it does not do on create (the simulator's
// buildCluster only creates): allocated values carried over from the stored object
// (pkg/registry/core/service/storage patchAllocatedValues), and the fields that may not
// change (ValidateServiceUpdate, ValidateDeploymentUpdate, ValidatePodUpdate, ObjectMeta).
import type { KObject } from '../../sim/types.js';
import type { RejectedObject } from '../../sim/cluster.js';
import type { FieldError } from '../../sim/field.js';
import { GoValue } from '../../sim/field.js';
import { clone, objectRef } from '../../sim/meta.js';
import { canonicalJson } from '../../sim/hash.js';
import { invalidText } from './errors.js';
import { formatFieldError } from '../../sim/field.js';

const needsClusterIP = (s: any) => s?.type !== 'ExternalName';
const needsNodePort = (s: any) => s?.type === 'NodePort' || s?.type === 'LoadBalancer';

export function patchAllocatedValues(obj: KObject, previous: KObject): { object: KObject } | { rejected: RejectedObject } {
  const o = clone(obj);
  const errors: FieldError[] = [];
  if (o.metadata?.uid && previous.metadata.uid && o.metadata.uid !== previous.metadata.uid)
    errors.push({ field: 'metadata.uid', type: 'Invalid value', value: o.metadata.uid, detail: 'field is immutable' });
  if (o.kind === 'Service' && previous.kind === 'Service') {
    dropTypeDependentFields(o, previous);
    const spec = (o.spec ??= {});
    const old = previous.spec ?? {};
    if (needsClusterIP(old) && needsClusterIP(spec)) {
      if (!spec.clusterIP && !spec.clusterIPs?.length) { spec.clusterIP = old.clusterIP; spec.clusterIPs = old.clusterIPs ? [...old.clusterIPs] : undefined; }
      else if (!spec.clusterIPs?.length && spec.clusterIP === old.clusterIP) spec.clusterIPs = old.clusterIPs ? [...old.clusterIPs] : undefined;
      const wanted = spec.clusterIPs?.length ? spec.clusterIPs : spec.clusterIP ? [spec.clusterIP] : [];
      if (old.clusterIP && wanted.length && wanted[0] !== old.clusterIP) {
        // ValidateServiceUpdate: clusterIPs may not change once set (except to/from ExternalName)
        errors.push({ field: 'spec.clusterIPs[0]', type: 'Invalid value', value: new GoValue(wanted, `[]string{${wanted.map((i: string) => JSON.stringify(i)).join(', ')}}`), detail: 'may not change once set' });
      }
      if (!spec.ipFamilyPolicy && old.ipFamilyPolicy) spec.ipFamilyPolicy = old.ipFamilyPolicy;
      if (!spec.ipFamilies?.length && old.ipFamilies) spec.ipFamilies = [...old.ipFamilies];
    }
    if (needsNodePort(old) && needsNodePort(spec)) {
      const used = new Set((spec.ports ?? []).map((p: any) => p?.nodePort).filter(Boolean));
      for (const p of spec.ports ?? []) {
        if (!p || p.nodePort) continue;
        const match = (old.ports ?? []).find((q: any) => q.port === p.port && (q.protocol ?? 'TCP') === (p.protocol ?? 'TCP') && q.nodePort && !used.has(q.nodePort));
        if (match) { p.nodePort = match.nodePort; used.add(match.nodePort); }
      }
      if (!spec.healthCheckNodePort && old.healthCheckNodePort && spec.externalTrafficPolicy === 'Local') spec.healthCheckNodePort = old.healthCheckNodePort;
    }
  }
  if (o.kind === 'Deployment' || o.kind === 'ReplicaSet') {
    const sel = o.spec?.selector;
    const oldSel = previous.spec?.selector;
    if (oldSel && canonicalJson(sel ?? null) !== canonicalJson(oldSel)) {
      errors.push({ field: 'spec.selector', type: 'Invalid value', value: new GoValue(sel, goSelector(sel)), detail: 'field is immutable' });
    }
  }
  if (o.kind === 'Pod' && previous.kind === 'Pod') {
    // ValidatePodUpdate: only images (and a few scheduling fields) may change
    const strip = (s: any) => ({ ...s, containers: (s?.containers ?? []).map((c: any) => ({ ...c, image: undefined })) });
    if (canonicalJson(strip(o.spec ?? {})) !== canonicalJson(strip(previous.spec ?? {}))) {
      errors.push({ field: 'spec', type: 'Forbidden', detail: 'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)' });
    }
  }
  // the main resource does not write status (the status subresource does)
  if (previous.status !== undefined) o.status = clone(previous.status); else delete o.status;
  if (errors.length) {
    const causes = errors.map(formatFieldError);
    const name = o.metadata?.name ?? '';
    return { rejected: { object: o, ref: objectRef(o), reason: 'Invalid', errors, message: invalidText(o.kind, name, causes).trimEnd() } };
  }
  return { object: o };
}

/**
 * pkg/registry/core/service/strategy.go dropTypeDependentFields: on a type change the API
 * server wipes the fields the new type does not use, when the user left them as they were
 * (so `patch -p '{"spec":{"type":"ClusterIP"}}'` on a NodePort Service just works): the
 * ClusterIPs and IP families going to ExternalName, the nodePorts leaving NodePort or
 * LoadBalancer, healthCheckNodePort, allocateLoadBalancerNodePorts, loadBalancerClass,
 * externalTrafficPolicy, and the load-balancer status.
 */
function dropTypeDependentFields(svc: KObject, oldSvc: KObject): void {
  const n = (svc.spec ??= {}), o = oldSvc.spec ?? {};
  const same = (a: unknown, b: unknown) => canonicalJson(a ?? null) === canonicalJson(b ?? null);
  const needsHC = (s: any) => s?.type === 'LoadBalancer' && s?.externalTrafficPolicy === 'Local';
  const needsETP = (s: any) => s?.type === 'NodePort' || s?.type === 'LoadBalancer';
  if (needsClusterIP(o) && !needsClusterIP(n)) {
    if (same(o.clusterIP, n.clusterIP) && same(o.clusterIPs, n.clusterIPs)) { delete n.clusterIP; delete n.clusterIPs; }
    if (same(o.ipFamilies, n.ipFamilies)) delete n.ipFamilies;
    if (same(o.ipFamilyPolicy, n.ipFamilyPolicy)) delete n.ipFamilyPolicy;
  }
  if (needsNodePort(o) && !needsNodePort(n)) {
    // sameNodePorts: the user added no net-new nodePort
    const oldPorts = new Set((o.ports ?? []).map((p: any) => p?.nodePort).filter(Boolean));
    if ((n.ports ?? []).every((p: any) => !p?.nodePort || oldPorts.has(p.nodePort))) for (const p of n.ports ?? []) if (p) delete p.nodePort;
  }
  if (needsHC(o) && !needsHC(n) && same(o.healthCheckNodePort, n.healthCheckNodePort)) delete n.healthCheckNodePort;
  if (o.type === 'LoadBalancer' && n.type !== 'LoadBalancer') {
    if (n.allocateLoadBalancerNodePorts !== undefined && same(o.allocateLoadBalancerNodePorts, n.allocateLoadBalancerNodePorts)) delete n.allocateLoadBalancerNodePorts;
    if (same(o.loadBalancerClass, n.loadBalancerClass)) delete n.loadBalancerClass;
  }
  if (needsETP(o) && !needsETP(n) && same(o.externalTrafficPolicy, n.externalTrafficPolicy)) delete n.externalTrafficPolicy;
  if (n.type !== 'LoadBalancer' && svc.status) svc.status = { ...svc.status, loadBalancer: {} };
}

function goSelector(sel: any): string {
  const ml = sel?.matchLabels ? `map[string]string{${Object.keys(sel.matchLabels).sort().map((k) => `${JSON.stringify(k)}:${JSON.stringify(sel.matchLabels[k])}`).join(', ')}}` : 'map[string]string(nil)';
  return `v1.LabelSelector{MatchLabels:${ml}, MatchExpressions:[]v1.LabelSelectorRequirement(nil)}`;
}
