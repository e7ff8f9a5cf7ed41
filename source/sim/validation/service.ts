// Services as the API server validates them on create (Kubernetes v1.32):
// ValidateService and its helpers in pkg/apis/core/validation/validation.go, run on the
// object after v1 defaulting (SetDefaults_Service, pkg/apis/core/v1/defaults.go) and the
// registry's normalizeClusterIPs (pkg/registry/core/service/strategy.go).
//
// Defaulting is applied here again (it is idempotent), so a caller that has not filled
// every default gets the same answer, and "Required value" errors that the API can never
// return (sessionAffinity, type, protocol, externalTrafficPolicy, internalTrafficPolicy,
// allocateLoadBalancerNodePorts, healthCheckNodePort: all defaulted or allocated first)
// are not produced.
import { FieldPath, forbidden, invalid, notSupported, required, duplicate, type FieldError } from '../field.js';
import type { Service, ServicePort } from '../types.js';
import { goServicePortKey, goStringSlice } from './gofmt.js';
import { isIPv6String, isValidCIDR, isValidIP, parseIPSloppy, validateNonSpecialIP } from './ip.js';
import { isQualifiedName, validateLabels } from './labels.js';
import { validateObjectMeta } from './metadata.js';
import { isDNS1123Subdomain, validateDNS1123Label, validateDNS1123Subdomain, validateServiceName } from './names.js';
import { isValidPortNum, validatePortNumOrName, validateProtocol } from './ports.js';

type ServiceSpec = Service['spec'];

/** core.MaxClientIPServiceAffinitySeconds */
export const MaxClientIPServiceAffinitySeconds = 86400;
/** v1.DefaultClientIPServiceAffinitySeconds */
export const DefaultClientIPServiceAffinitySeconds = 10800;

const supportedServiceTypes = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const supportedSessionAffinityTypes = ['ClientIP', 'None'];
const supportedTrafficPolicies = ['Cluster', 'Local'];
const supportedIPFamilies = ['IPv4', 'IPv6'];
const supportedIPFamilyPolicies = ['PreferDualStack', 'RequireDualStack', 'SingleStack'];
const supportedLoadBalancerIPModes = ['Proxy', 'VIP'];

const AnnotationTopologyMode = 'service.kubernetes.io/topology-mode';
const DeprecatedAnnotationTopologyAwareHints = 'service.kubernetes.io/topology-aware-hints';
const AnnotationLoadBalancerSourceRangesKey = 'service.beta.kubernetes.io/load-balancer-source-ranges';

/**
 * The Service as the API server holds it when it validates a create: v1 defaults
 * (SetDefaults_Service) and clusterIP copied into clusterIPs (normalizeClusterIPs).
 * Returns a new object; the input is not changed.
 */
export function applyServiceDefaults(svc: Service): Service {
  const spec: ServiceSpec = { ...(svc.spec ?? {}) };
  // SetDefaults_Service: sessionAffinity None; a config only for ClientIP, timeout 10800 s
  if (!spec.sessionAffinity) spec.sessionAffinity = 'None';
  if (spec.sessionAffinity === 'None') delete spec.sessionAffinityConfig;
  if (spec.sessionAffinity === 'ClientIP' && spec.sessionAffinityConfig?.clientIP?.timeoutSeconds == null) {
    spec.sessionAffinityConfig = { clientIP: { timeoutSeconds: DefaultClientIPServiceAffinitySeconds } };
  }
  if (!spec.type) spec.type = 'ClusterIP';
  // SetDefaults_Service: protocol TCP; targetPort 0 or "" becomes port
  if (spec.ports) {
    spec.ports = spec.ports.map((p) => {
      const q: ServicePort = { ...p };
      if (!q.protocol) q.protocol = 'TCP';
      if (q.targetPort === undefined || q.targetPort === null || q.targetPort === 0 || q.targetPort === '') q.targetPort = q.port;
      return q;
    });
  }
  if (externallyAccessible(spec) && !spec.externalTrafficPolicy) spec.externalTrafficPolicy = 'Cluster';
  if (spec.internalTrafficPolicy == null && ['NodePort', 'LoadBalancer', 'ClusterIP'].includes(spec.type)) spec.internalTrafficPolicy = 'Cluster';
  if (spec.type === 'LoadBalancer' && spec.allocateLoadBalancerNodePorts == null) spec.allocateLoadBalancerNodePorts = true;
  // normalizeClusterIPs (create): a clusterIP given alone is copied into clusterIPs
  if (spec.clusterIP && (!spec.clusterIPs || spec.clusterIPs.length === 0)) spec.clusterIPs = [spec.clusterIP];
  return { ...svc, spec };
}

/** apiservice.ExternallyAccessible: LoadBalancer, NodePort, or ClusterIP with externalIPs. */
export function externallyAccessible(spec: ServiceSpec): boolean {
  return spec.type === 'LoadBalancer' || spec.type === 'NodePort' || (spec.type === 'ClusterIP' && (spec.externalIPs?.length ?? 0) > 0);
}

/** isHeadlessService: exactly one clusterIPs entry, "None". */
export function isHeadlessService(svc: Service): boolean {
  const ips = svc.spec?.clusterIPs ?? [];
  return ips.length === 1 && ips[0] === 'None';
}

/** ValidateService: every field error the API server reports for a new Service. */
export function validateService(input: Service): FieldError[] {
  const svc = applyServiceDefaults(input);
  const spec = svc.spec;
  const metaPath = FieldPath.root('metadata');
  const specPath = FieldPath.root('spec');
  const errs = validateObjectMeta(svc.metadata, true, validateServiceName, metaPath);
  const annotations = svc.metadata?.annotations ?? {};

  // ValidateService: topology-mode must agree with the deprecated topology-aware-hints
  if (AnnotationTopologyMode in annotations && DeprecatedAnnotationTopologyAwareHints in annotations &&
    annotations[AnnotationTopologyMode] !== annotations[DeprecatedAnnotationTopologyAwareHints]) {
    errs.push(invalid(metaPath.child('annotations').key(AnnotationTopologyMode), annotations[AnnotationTopologyMode],
      `must match annotations[${DeprecatedAnnotationTopologyAwareHints}] when both are specified`));
  }

  const ports = spec.ports ?? [];
  const headless = isHeadlessService(svc);
  // ValidateService: ports are required unless the Service is headless or ExternalName
  if (ports.length === 0 && !headless && spec.type !== 'ExternalName') errs.push(required(specPath.child('ports'), ''));

  switch (spec.type) {
    case 'LoadBalancer':
      if (headless) errs.push(invalid(specPath.child('clusterIPs').index(0), spec.clusterIPs![0], "may not be set to 'None' for LoadBalancer services"));
      break;
    case 'NodePort':
      if (headless) errs.push(invalid(specPath.child('clusterIPs').index(0), spec.clusterIPs![0], "may not be set to 'None' for NodePort services"));
      break;
    case 'ExternalName': {
      // ExternalName: no cluster IPs or families, and a DNS name to alias (a trailing dot is allowed)
      if ((spec.clusterIPs?.length ?? 0) > 0) errs.push(forbidden(specPath.child('clusterIPs'), 'may not be set for ExternalName services'));
      if ((spec.ipFamilies?.length ?? 0) > 0) errs.push(forbidden(specPath.child('ipFamilies'), 'may not be set for ExternalName services'));
      if (spec.ipFamilyPolicy != null) errs.push(forbidden(specPath.child('ipFamilyPolicy'), 'may not be set for ExternalName services'));
      const cname = (spec.externalName ?? '').replace(/\.$/, '');
      if (cname.length > 0) errs.push(...validateDNS1123Subdomain(cname, specPath.child('externalName')));
      else errs.push(required(specPath.child('externalName'), ''));
      break;
    }
  }

  const allPortNames = new Set<string>();
  ports.forEach((p, i) => errs.push(...validateServicePort(p, ports.length > 1, allPortNames, specPath.child('ports').index(i))));

  // ValidateService: the selector is a label map
  if (spec.selector != null) errs.push(...validateLabels(spec.selector, specPath.child('selector')));

  // sessionAffinity (defaulted to None, so only an unknown value can fail)
  if (!supportedSessionAffinityTypes.includes(spec.sessionAffinity!)) {
    errs.push(notSupported(specPath.child('sessionAffinity'), spec.sessionAffinity, supportedSessionAffinityTypes));
  }
  if (spec.sessionAffinity === 'ClientIP') {
    errs.push(...validateClientIPAffinityConfig(spec.sessionAffinityConfig, specPath.child('sessionAffinityConfig')));
  }

  errs.push(...validateServiceClusterIPsRelatedFields(svc));

  // externalIPs: valid addresses outside the special ranges
  (spec.externalIPs ?? []).forEach((ip, i) => {
    const p = specPath.child('externalIPs').index(i);
    const ipErrs = isValidIP(p, String(ip));
    errs.push(...(ipErrs.length > 0 ? ipErrs : validateNonSpecialIP(String(ip), p)));
  });

  if (!supportedServiceTypes.includes(spec.type!)) errs.push(notSupported(specPath.child('type'), spec.type, supportedServiceTypes));

  // ValidateService: a ClusterIP Service has no node ports
  if (spec.type === 'ClusterIP') {
    ports.forEach((p, i) => {
      if (p.nodePort) errs.push(forbidden(specPath.child('ports').index(i).child('nodePort'), "may not be used when `type` is 'ClusterIP'"));
    });
  }

  // Check for duplicate NodePorts, considering (protocol,port) pairs
  const nodePorts = new Set<string>();
  ports.forEach((p, i) => {
    if (!p.nodePort) return;
    const key = `${p.protocol}/${p.nodePort}`;
    if (nodePorts.has(key)) errs.push(duplicate(specPath.child('ports').index(i).child('nodePort'), p.nodePort));
    nodePorts.add(key);
  });

  // Check for duplicate Ports, considering (protocol,port) pairs; the value is printed as a core.ServicePort
  const portKeys = new Set<string>();
  ports.forEach((p, i) => {
    const key = `${p.protocol}/${p.port}`;
    if (portKeys.has(key)) errs.push(duplicate(specPath.child('ports').index(i), goServicePortKey(p.protocol!, p.port)));
    portKeys.add(key);
  });

  // loadBalancerSourceRanges, or the older annotation; the field path really is capitalised upstream
  if ((spec.loadBalancerSourceRanges?.length ?? 0) > 0) {
    const p = specPath.child('LoadBalancerSourceRanges');
    if (spec.type !== 'LoadBalancer') errs.push(forbidden(p, "may only be used when `type` is 'LoadBalancer'"));
    // values may be space-padded, a leftover of the annotation's format
    spec.loadBalancerSourceRanges!.forEach((v, i) => errs.push(...isValidCIDR(p.index(i), String(v).trim())));
  } else if (AnnotationLoadBalancerSourceRangesKey in annotations) {
    const p = metaPath.child('annotations').key(AnnotationLoadBalancerSourceRangesKey);
    if (spec.type !== 'LoadBalancer') errs.push(forbidden(p, "may only be used when `type` is 'LoadBalancer'"));
    const val = String(annotations[AnnotationLoadBalancerSourceRangesKey]).trim();
    if (val !== '') for (const v of val.split(',')) errs.push(...isValidCIDR(p, v.trim()));
  }

  if (spec.allocateLoadBalancerNodePorts != null && spec.type !== 'LoadBalancer') {
    errs.push(forbidden(specPath.child('allocateLoadBalancerNodePorts'), "may only be used when `type` is 'LoadBalancer'"));
  }

  errs.push(...validateLoadBalancerClassField(svc));
  errs.push(...validateServiceExternalTrafficPolicy(svc));
  errs.push(...validateServiceInternalTrafficFieldsValue(svc));
  errs.push(...validateServiceTrafficDistribution(svc));
  // Status is cleared on create; a file's status is what a controller would write with a
  // status update, so it is checked as ValidateServiceStatusUpdate would.
  errs.push(...validateLoadBalancerStatus(svc, FieldPath.root('status').child('loadBalancer')));
  return errs;
}

/** validateServicePort */
export function validateServicePort(sp: ServicePort, requireName: boolean, allNames: Set<string>, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const name = sp.name ?? '';
  // names: required when there is more than one port (bare "Required value"), DNS-1123 labels, unique
  if (requireName && name.length === 0) {
    errs.push(required(path.child('name'), ''));
  } else if (name.length !== 0) {
    errs.push(...validateDNS1123Label(name, path.child('name')));
    if (allNames.has(name)) errs.push(duplicate(path.child('name'), name));
    else allNames.add(name);
  }
  for (const msg of isValidPortNum(sp.port)) errs.push(invalid(path.child('port'), sp.port, msg));
  errs.push(...validateProtocol(sp.protocol || 'TCP', path.child('protocol')));
  // targetPort: a number is a port, a string an IANA_SVC_NAME (so "8080" in quotes fails)
  const targetPort = sp.targetPort === undefined || sp.targetPort === null || sp.targetPort === 0 || sp.targetPort === '' ? sp.port : sp.targetPort;
  errs.push(...validatePortNumOrName(targetPort, path.child('targetPort')));
  if (sp.appProtocol != null) {
    for (const msg of isQualifiedName(sp.appProtocol)) errs.push(invalid(path.child('appProtocol'), sp.appProtocol, msg));
  }
  return errs;
}

/** validateClientIPAffinityConfig / validateAffinityTimeout */
function validateClientIPAffinityConfig(config: ServiceSpec['sessionAffinityConfig'], path: FieldPath): FieldError[] {
  const timeout = config?.clientIP?.timeoutSeconds;
  if (timeout == null) return []; // defaulted to 10800 by SetDefaults_Service
  const p = path.child('clientIP').child('timeoutSeconds');
  if (timeout <= 0 || timeout > MaxClientIPServiceAffinitySeconds) {
    return [invalid(p, timeout, `must be greater than 0 and less than ${MaxClientIPServiceAffinitySeconds}`)];
  }
  return [];
}

/**
 * ValidateServiceClusterIPsRelatedFields: clusterIP/clusterIPs agree, families are known,
 * addresses are valid. The registry runs it before allocating (initIPFamilyFields), so on
 * create these errors come back alone when there are any.
 */
export function validateServiceClusterIPsRelatedFields(input: Service): FieldError[] {
  const svc = applyServiceDefaults(input);
  const spec = svc.spec;
  if (spec.type === 'ExternalName') return []; // checked by the ExternalName case of ValidateService
  const errs: FieldError[] = [];
  const specPath = FieldPath.root('spec');
  const clusterIPsField = specPath.child('clusterIPs');
  const ipFamiliesField = specPath.child('ipFamilies');
  const clusterIPs = spec.clusterIPs ?? [];
  const families = spec.ipFamilies ?? [];
  let hasInvalidIPs = false;

  // clusterIP and clusterIPs[0] must agree
  if (spec.clusterIP) {
    if (clusterIPs.length === 0) errs.push(required(clusterIPsField, ''));
    else if (clusterIPs[0] !== spec.clusterIP) errs.push(invalid(clusterIPsField, goStringSlice(clusterIPs), 'first value must match `clusterIP`'));
  } else if (clusterIPs.length !== 0) {
    errs.push(invalid(clusterIPsField, goStringSlice(clusterIPs), 'must be empty when `clusterIP` is not specified'));
  }

  // ipFamilies: IPv4 or IPv6, no repeats
  const seen = new Set<string>();
  families.forEach((f, i) => {
    if (!supportedIPFamilies.includes(f)) errs.push(notSupported(ipFamiliesField.index(i), f, supportedIPFamilies));
    if (seen.has(f)) errs.push(duplicate(ipFamiliesField.index(i), f));
    seen.add(f);
  });

  if (spec.ipFamilyPolicy != null && !supportedIPFamilyPolicies.includes(spec.ipFamilyPolicy)) {
    errs.push(notSupported(specPath.child('ipFamilyPolicy'), spec.ipFamilyPolicy, supportedIPFamilyPolicies));
  }

  // clusterIPs: "None" only alone and first, otherwise valid addresses
  clusterIPs.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (clusterIPs.length > 1) {
        hasInvalidIPs = true;
        errs.push(invalid(clusterIPsField, goStringSlice(clusterIPs), "'None' must be the first and only value"));
      }
      return;
    }
    const ipErrs = isValidIP(clusterIPsField.index(i), String(ip));
    if (ipErrs.length) hasInvalidIPs = true;
    errs.push(...ipErrs);
  });

  if (clusterIPs.length > 2) errs.push(invalid(clusterIPsField, goStringSlice(clusterIPs), 'may only hold up to 2 values'));
  if (hasInvalidIPs) return errs;

  // two addresses must be one of each family
  if (clusterIPs.length > 1) {
    // netutils.IsDualStackIPStrings: at least one address of each family
    const v6 = clusterIPs.map((ip) => isIPv6String(ip));
    const dualStack = v6.includes(true) && v6.includes(false);
    if (!dualStack) errs.push(invalid(clusterIPsField, goStringSlice(clusterIPs), 'may specify no more than one IP for each IP family'));
  }

  // each address must match the family given at its index
  if (!isHeadlessService(svc) && clusterIPs.length > 0 && families.length > 0) {
    for (let i = 0; i < clusterIPs.length && i < families.length; i++) {
      const ip = clusterIPs[i]!;
      if (families[i] === 'IPv4' && isIPv6String(ip)) errs.push(invalid(clusterIPsField.index(i), ip, `expected an IPv4 value as indicated by \`ipFamilies[${i}]\``));
      if (families[i] === 'IPv6' && !isIPv6String(ip)) errs.push(invalid(clusterIPsField.index(i), ip, `expected an IPv6 value as indicated by \`ipFamilies[${i}]\``));
    }
  }
  return errs;
}

/** validateLoadBalancerClassField (create: no old object) */
function validateLoadBalancerClassField(svc: Service): FieldError[] {
  const cls = svc.spec.loadBalancerClass as string | undefined | null;
  if (cls == null) return [];
  const p = FieldPath.root('spec').child('loadBalancerClass');
  if (svc.spec.type !== 'LoadBalancer') return [forbidden(p, "may only be used when `type` is 'LoadBalancer'")];
  return isQualifiedName(String(cls)).map((msg) => invalid(p, String(cls), msg));
}

/** validateServiceExternalTrafficPolicy, with apiservice.NeedsHealthCheck */
function validateServiceExternalTrafficPolicy(svc: Service): FieldError[] {
  const errs: FieldError[] = [];
  const spec = svc.spec;
  const path = FieldPath.root('spec');
  if (!externallyAccessible(spec)) {
    if (spec.externalTrafficPolicy) {
      errs.push(invalid(path.child('externalTrafficPolicy'), spec.externalTrafficPolicy, 'may only be set for externally-accessible services'));
    }
  } else if (!supportedTrafficPolicies.includes(spec.externalTrafficPolicy!)) {
    errs.push(notSupported(path.child('externalTrafficPolicy'), spec.externalTrafficPolicy, supportedTrafficPolicies));
  }
  const needsHealthCheck = spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local';
  const hc = spec.healthCheckNodePort ?? 0;
  if (!needsHealthCheck) {
    if (hc !== 0) {
      errs.push(invalid(path.child('healthCheckNodePort'), hc, "may only be set when `type` is 'LoadBalancer' and `externalTrafficPolicy` is 'Local'"));
    }
  } else if (hc !== 0) {
    // 0 means "allocate one": the registry does that before validating
    for (const msg of isValidPortNum(hc)) errs.push(invalid(path.child('healthCheckNodePort'), hc, msg));
  }
  return errs;
}

/** validateServiceInternalTrafficFieldsValue */
function validateServiceInternalTrafficFieldsValue(svc: Service): FieldError[] {
  const itp = svc.spec.internalTrafficPolicy;
  if (itp != null && !supportedTrafficPolicies.includes(itp)) {
    return [notSupported(FieldPath.root('spec').child('internalTrafficPolicy'), itp, supportedTrafficPolicies)];
  }
  return [];
}

/** validateServiceTrafficDistribution: only PreferClose in v1.32 */
function validateServiceTrafficDistribution(svc: Service): FieldError[] {
  const td = svc.spec.trafficDistribution as string | undefined | null;
  if (td != null && td !== 'PreferClose') return [notSupported(FieldPath.root('spec').child('trafficDistribution'), td, ['PreferClose'])];
  return [];
}

/**
 * ValidateLoadBalancerStatus: ingress points only on LoadBalancer Services (the
 * AllowServiceLBStatusOnNonLB gate is off by default), each a valid IP and/or DNS name.
 */
export function validateLoadBalancerStatus(svc: Service, path: FieldPath): FieldError[] {
  const ingress = (svc.status?.loadBalancer?.ingress ?? []) as Array<{ ip?: string; hostname?: string; ipMode?: string }>;
  const ingrPath = path.child('ingress');
  if (svc.spec.type !== 'LoadBalancer' && ingress.length !== 0) {
    return [forbidden(ingrPath, "may only be used when `spec.type` is 'LoadBalancer'")];
  }
  const errs: FieldError[] = [];
  ingress.forEach((ing, i) => {
    const p = ingrPath.index(i);
    if (ing.ip) errs.push(...isValidIP(p.child('ip'), ing.ip));
    // ipMode is defaulted to VIP when an ip is set (LoadBalancerIPMode, on in v1.32)
    if (ing.ipMode != null && !ing.ip) errs.push(forbidden(p.child('ipMode'), 'may not be specified when `ip` is not set'));
    else if (ing.ipMode != null && !supportedLoadBalancerIPModes.includes(ing.ipMode)) {
      errs.push(notSupported(p.child('ipMode'), ing.ipMode, supportedLoadBalancerIPModes));
    }
    if (ing.hostname) {
      for (const msg of isDNS1123Subdomain(ing.hostname)) errs.push(invalid(p.child('hostname'), ing.hostname, msg));
      if (parseIPSloppy(ing.hostname)) errs.push(invalid(p.child('hostname'), ing.hostname, 'must be a DNS name, not an IP address'));
    }
  });
  return errs;
}
