// Endpoints as the API server validates them (Kubernetes v1.32): ValidateEndpoints,
// validateEndpointSubsets, validateEndpointAddress and validateEndpointPort in
// pkg/apis/core/validation/validation.go, after SetDefaults_Endpoints (protocol TCP).
import { FieldPath, invalid, required, type FieldError } from '../field.js';
import type { EndpointAddress, EndpointPort, EndpointSubset, Endpoints } from '../types.js';
import { isValidIP, validateNonSpecialIP } from './ip.js';
import { isQualifiedName } from './labels.js';
import { validateObjectMeta } from './metadata.js';
import { validateDNS1123Label, validateEndpointsName, validateNodeName } from './names.js';
import { isValidPortNum, validateProtocol } from './ports.js';

/** ValidateEndpoints (also ValidateEndpointsCreate) */
export function validateEndpoints(ep: Endpoints): FieldError[] {
  const errs = validateObjectMeta(ep.metadata, true, validateEndpointsName, FieldPath.root('metadata'));
  errs.push(...validateEndpointSubsets(ep.subsets ?? [], FieldPath.root('subsets')));
  return errs;
}

/** validateEndpointSubsets: each subset needs an address; several ports need names. */
export function validateEndpointSubsets(subsets: EndpointSubset[], path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  subsets.forEach((ss, i) => {
    const p = path.index(i);
    const addresses = ss.addresses ?? [];
    const notReady = ss.notReadyAddresses ?? [];
    const ports = ss.ports ?? [];
    // a subset without ports is fine (headless Services); one without addresses is not
    if (addresses.length === 0 && notReady.length === 0) errs.push(required(p, 'must specify `addresses` or `notReadyAddresses`'));
    addresses.forEach((a, j) => errs.push(...validateEndpointAddress(a, p.child('addresses').index(j))));
    notReady.forEach((a, j) => errs.push(...validateEndpointAddress(a, p.child('notReadyAddresses').index(j))));
    ports.forEach((port, j) => errs.push(...validateEndpointPort(port, ports.length > 1, p.child('ports').index(j))));
  });
  return errs;
}

/**
 * validateEndpointAddress: IsValidIP, then ValidateNonSpecialIP; a malformed address
 * therefore gets two errors ("must be a valid IP address, (e.g. ...)" and "must be a valid
 * IP address"), as the API server returns.
 */
export function validateEndpointAddress(address: EndpointAddress, path: FieldPath): FieldError[] {
  const ip = String(address.ip ?? '');
  const errs = isValidIP(path.child('ip'), ip);
  if (address.hostname) errs.push(...validateDNS1123Label(address.hostname, path.child('hostname')));
  if (address.nodeName != null) {
    for (const msg of validateNodeName(address.nodeName, false)) errs.push(invalid(path.child('nodeName'), address.nodeName, msg));
  }
  errs.push(...validateNonSpecialIP(ip, path.child('ip')));
  return errs;
}

/** validateEndpointPort: names are DNS-1123 labels (required when there are several ports). */
export function validateEndpointPort(port: EndpointPort, requireName: boolean, path: FieldPath): FieldError[] {
  const errs: FieldError[] = [];
  const name = port.name ?? '';
  if (requireName && name.length === 0) errs.push(required(path.child('name'), ''));
  else if (name.length !== 0) errs.push(...validateDNS1123Label(name, path.child('name')));
  for (const msg of isValidPortNum(port.port)) errs.push(invalid(path.child('port'), port.port ?? 0, msg));
  // SetDefaults_Endpoints: an empty protocol is TCP
  errs.push(...validateProtocol(port.protocol || 'TCP', path.child('protocol')));
  if (port.appProtocol != null) {
    for (const msg of isQualifiedName(port.appProtocol)) errs.push(invalid(path.child('appProtocol'), port.appProtocol, msg));
  }
  return errs;
}
