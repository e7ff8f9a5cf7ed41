// Pods as the API server validates them on create (Kubernetes v1.32), the parts this
// domain trips: ValidatePodCreate → validatePodMetadataAndSpec → ValidatePodSpec →
// validateContainers / validateContainerCommon / validateContainerPorts /
// checkHostPortConflicts in pkg/apis/core/validation/validation.go, after v1 defaulting
// (SetDefaults_ContainerPort: protocol TCP; SetDefaults_Pod: with hostNetwork, hostPort
// defaults to containerPort; SetDefaults_PodSpec: restartPolicy Always, dnsPolicy
// ClusterFirst). Volumes, probes, resources and security contexts are not checked.
import { FieldPath, GoValue, duplicate, invalid, notSupported, required, type FieldError } from '../field.js';
import type { Container, ContainerPort, Pod } from '../types.js';
import { goQuote } from './gofmt.js';
import { isIPv6String, isValidIP } from './ip.js';
import { validateAnnotations, validateObjectMeta } from './metadata.js';
import { validateLabels } from './labels.js';
import { validateDNS1123Label, validateNodeName, validatePodName } from './names.js';
import { isValidPortName, isValidPortNum, validateProtocol } from './ports.js';

type PodSpec = Pod['spec'];

export interface PodValidationOptions {
  /** opts.ResourceIsPod: true for a Pod, false for the template inside a Deployment or ReplicaSet. */
  resourceIsPod: boolean;
}

/** ValidatePodCreate (metadata, spec, and status as a kubelet status update would be checked). */
export function validatePod(pod: Pod): FieldError[] {
  const errs = validateObjectMeta(pod.metadata, true, validatePodName, FieldPath.root('metadata'));
  errs.push(...validatePodSpec(pod.spec, FieldPath.root('spec'), { resourceIsPod: true }));
  // The registry clears status on create; a file's status stands for what the kubelet wrote,
  // so its addresses are checked as ValidatePodStatusUpdate checks them (validatePodIPs).
  errs.push(...validatePodIPs(pod));
  return errs;
}

/** ValidatePodTemplateSpec: template labels and annotations, then the pod spec. */
export function validatePodTemplateSpec(template: { metadata?: Pod['metadata']; spec: PodSpec } | undefined, path: FieldPath, opts: PodValidationOptions): FieldError[] {
  const errs = validateLabels(template?.metadata?.labels, path.child('labels'));
  errs.push(...validateAnnotations(template?.metadata?.annotations, path.child('annotations')));
  errs.push(...validatePodSpec(template?.spec, path.child('spec'), opts));
  return errs;
}

const restartPolicies = ['Always', 'OnFailure', 'Never'];
const dnsPolicies = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];

/** ValidatePodSpec, in upstream order, for the fields kubeprep models. */
export function validatePodSpec(spec: PodSpec | undefined, path: FieldPath, opts: PodValidationOptions): FieldError[] {
  const s = (spec ?? {}) as PodSpec;
  const hostNetwork = s.hostNetwork === true;
  const errs: FieldError[] = [];
  const containers = withPodDefaults(s.containers, hostNetwork && opts.resourceIsPod);
  const initContainers = withPodDefaults(s.initContainers as Container[] | undefined, hostNetwork && opts.resourceIsPod);
  errs.push(...validateContainers(containers, path.child('containers')));
  errs.push(...validateInitContainers(initContainers, containers, path.child('initContainers')));

  // validatePodHostNetworkDeps: with hostNetwork a pod's hostPort must equal its containerPort
  // (templates may leave it 0: it is defaulted when the pod is made)
  if (hostNetwork) {
    containers.forEach((c, i) => (c.ports ?? []).forEach((p, j) => {
      const hp = p.hostPort ?? 0;
      if ((opts.resourceIsPod || hp !== 0) && hp !== p.containerPort) {
        errs.push(invalid(path.child('containers').index(i).child('ports').index(j).child('hostPort'), hp, 'must match `containerPort` when `hostNetwork` is true'));
      }
    }));
  }
  // validateRestartPolicy / validateDNSPolicy (both defaulted, so only a wrong value fails)
  if (s.restartPolicy && !restartPolicies.includes(s.restartPolicy as string)) {
    errs.push(notSupported(path.child('restartPolicy'), s.restartPolicy, restartPolicies));
  }
  if (s.dnsPolicy && !dnsPolicies.includes(s.dnsPolicy as string)) {
    errs.push(notSupported(path.child('dnsPolicy'), s.dnsPolicy, dnsPolicies));
  }
  errs.push(...validateLabels(s.nodeSelector as Record<string, string> | undefined, path.child('nodeSelector')));
  if (s.nodeName) {
    for (const msg of validateNodeName(s.nodeName, false)) errs.push(invalid(path.child('nodeName'), s.nodeName, msg));
  }
  // hostname and subdomain become DNS names (HOST.SUBDOMAIN.NS.svc.cluster.local)
  if (s.hostname) errs.push(...validateDNS1123Label(s.hostname, path.child('hostname')));
  if (s.subdomain) errs.push(...validateDNS1123Label(s.subdomain, path.child('subdomain')));
  return errs;
}

// SetDefaults_ContainerPort (protocol TCP) and, for a Pod with hostNetwork, defaultHostNetworkPorts.
function withPodDefaults(containers: Container[] | undefined, hostNetworkPod: boolean): Container[] {
  return (containers ?? []).map((c) => ({
    ...c,
    ports: c.ports?.map((p) => ({
      ...p,
      protocol: p.protocol || 'TCP',
      ...(hostNetworkPod && !p.hostPort ? { hostPort: p.containerPort } : {}),
    })),
  }));
}

/** validateContainers: at least one; each checked; names unique; host ports unique across all. */
export function validateContainers(containers: Container[], path: FieldPath): FieldError[] {
  if (containers.length === 0) return [required(path, '')];
  const errs: FieldError[] = [];
  const allNames = new Set<string>();
  containers.forEach((c, i) => {
    const p = path.index(i);
    errs.push(...validateContainerCommon(c, p));
    const name = c.name ?? '';
    if (allNames.has(name)) errs.push(duplicate(p.child('name'), name));
    else allNames.add(name);
  });
  errs.push(...checkHostPortConflicts(containers, path));
  return errs;
}

/** validateInitContainers: names unique among init and regular containers; host ports per init container. */
function validateInitContainers(inits: Container[], containers: Container[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const allNames = new Set(containers.map((c) => c.name ?? ''));
  inits.forEach((c, i) => {
    const p = path.index(i);
    errs.push(...validateContainerCommon(c, p));
    const name = c.name ?? '';
    if (allNames.has(name)) errs.push(duplicate(p.child('name'), name));
    else allNames.add(name);
    errs.push(...checkHostPortConflicts([c], path));
  });
  return errs;
}

/** validateContainerCommon: name, image, ports (the rest is outside this domain). */
function validateContainerCommon(c: Container, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  if (!c.name) errs.push(required(path.child('name'), ''));
  else errs.push(...validateDNS1123Label(c.name, path.child('name')));
  if (!c.image) errs.push(required(path.child('image'), ''));
  errs.push(...validateContainerPorts(c.ports ?? [], path.child('ports')));
  return errs;
}

/**
 * validateContainerPorts: names are IANA_SVC_NAMEs unique within the container (a name that
 * is itself invalid is not also reported as a duplicate); containerPort 1-65535 (0 is
 * "Required"); hostPort 1-65535 when set; protocol TCP, UDP or SCTP.
 */
export function validateContainerPorts(ports: ContainerPort[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const allNames = new Set<string>();
  ports.forEach((port, i) => {
    const p = path.index(i);
    const name = port.name ?? '';
    if (name.length > 0) {
      const msgs = isValidPortName(name);
      if (msgs.length) for (const msg of msgs) errs.push(invalid(p.child('name'), name, msg));
      else if (allNames.has(name)) errs.push(duplicate(p.child('name'), name));
      else allNames.add(name);
    }
    if (!port.containerPort) errs.push(required(p.child('containerPort'), ''));
    else for (const msg of isValidPortNum(port.containerPort)) errs.push(invalid(p.child('containerPort'), port.containerPort, msg));
    if (port.hostPort) for (const msg of isValidPortNum(port.hostPort)) errs.push(invalid(p.child('hostPort'), port.hostPort, msg));
    errs.push(...validateProtocol(port.protocol || 'TCP', p.child('protocol')));
  });
  return errs;
}

/** checkHostPortConflicts / AccumulateUniqueHostPorts: "PROTOCOL/HOSTIP/PORT" must be unique. */
function checkHostPortConflicts(containers: Container[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  containers.forEach((c, ci) => (c.ports ?? []).forEach((port, pi) => {
    if (!port.hostPort) return;
    const hostIP = (port as ContainerPort & { hostIP?: string }).hostIP ?? '';
    const key = `${port.protocol || 'TCP'}/${hostIP}/${port.hostPort}`;
    if (seen.has(key)) errs.push(duplicate(path.index(ci).child('ports').index(pi).child('hostPort'), key));
    else seen.add(key);
  }));
  return errs;
}

/**
 * validatePodIPs: status.podIPs (status.podIP becomes podIPs[0] in conversion) are valid
 * addresses, at most one per family, without repeats.
 */
export function validatePodIPs(pod: Pod): FieldError[] {
  const status = pod.status ?? {};
  const ips = (status.podIPs && status.podIPs.length > 0 ? status.podIPs.map((p) => String(p.ip ?? '')) : status.podIP ? [String(status.podIP)] : []);
  const path = FieldPath.root('status').child('podIPs');
  const errs: FieldError[] = [];
  ips.forEach((ip, i) => errs.push(...isValidIP(path.index(i), ip)));
  // (with a malformed address upstream also adds an internal error from the dual-stack
  // check; kubeprep stops at the address errors)
  if (ips.length > 1 && errs.length === 0) {
    const goPodIP = (ip: string) => `core.PodIP{IP:${goQuote(ip)}}`;
    const v6 = ips.map((ip) => isIPv6String(ip));
    const dualStack = v6.includes(true) && v6.includes(false);
    if (!dualStack || ips.length > 2) {
      errs.push(invalid(path, new GoValue(ips.map((ip) => ({ ip })), `[]core.PodIP{${ips.map(goPodIP).join(', ')}}`), 'may specify no more than one IP for each IP family'));
    }
    const seen = new Set<string>();
    ips.forEach((ip, i) => {
      if (seen.has(ip)) errs.push(duplicate(path.index(i), new GoValue({ ip }, goPodIP(ip))));
      seen.add(ip);
    });
  }
  return errs;
}
