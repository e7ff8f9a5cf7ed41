// Port numbers, port names (IANA_SVC_NAME) and protocols as the API server checks them
// (Kubernetes v1.32): IsValidPortNum and IsValidPortName from
// k8s.io/apimachinery/pkg/util/validation/validation.go, ValidatePortNumOrName and
// supportedPortProtocols from pkg/apis/core/validation/validation.go.
import { FieldPath, invalid, notSupported, required, type FieldError } from '../field.js';
import { byteLength, inclusiveRangeError, maxLenError } from './names.js';

/** IsValidPortNum: 1-65535. */
export function isValidPortNum(port: number): string[] {
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? [] : [inclusiveRangeError(1, 65535)];
}

/** IsInRange */
export function isInRange(value: number, min: number, max: number): string[] {
  return value >= min && value <= max ? [] : [inclusiveRangeError(min, max)];
}

const portNameCharsetRegex = /^[-a-z0-9]+$/;
const portNameOneLetterRegexp = /[a-z]/;

/**
 * IsValidPortName: an IANA_SVC_NAME (RFC 6335): at most 15 characters of [-a-z0-9], at least
 * one letter, no "--", not starting or ending with '-'. Every rule broken is reported.
 */
export function isValidPortName(port: string): string[] {
  const errs: string[] = [];
  if (byteLength(port) > 15) errs.push(maxLenError(15));
  if (!portNameCharsetRegex.test(port)) errs.push('must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)');
  if (!portNameOneLetterRegexp.test(port)) errs.push('must contain at least one letter (a-z)');
  if (port.includes('--')) errs.push('must not contain consecutive hyphens');
  if (port.length > 0 && (port.startsWith('-') || port.endsWith('-'))) errs.push('must not begin or end with a hyphen');
  return errs;
}

/**
 * ValidatePortNumOrName: an IntOrString is a port number when it is a number and a port
 * name when it is a string, so `targetPort: "8080"` is checked as a name.
 */
export function validatePortNumOrName(port: number | string, path: FieldPath): FieldError[] {
  if (typeof port === 'number') return isValidPortNum(port).map((msg) => invalid(path, port, msg));
  return isValidPortName(port).map((msg) => invalid(path, port, msg));
}

/** supportedPortProtocols, sorted as sets.List prints them. */
export const supportedPortProtocols = ['SCTP', 'TCP', 'UDP'] as const;

/**
 * The protocol check shared by validateServicePort, validateContainerPorts and
 * validateEndpointPort: Required when empty, Unsupported when not TCP/UDP/SCTP.
 */
export function validateProtocol(protocol: string | undefined, path: FieldPath): FieldError[] {
  if (!protocol) return [required(path, '')];
  if (!(supportedPortProtocols as readonly string[]).includes(protocol)) return [notSupported(path, protocol, [...supportedPortProtocols])];
  return [];
}
