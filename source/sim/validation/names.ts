// Object names as the API server checks them (Kubernetes v1.32). Messages are copied from
// k8s.io/apimachinery/pkg/util/validation/validation.go; the name functions come from
// k8s.io/apimachinery/pkg/api/validation/generic.go. Object metadata is in metadata.ts.
import { FieldPath, invalid, type FieldError } from '../field.js';

// --- message helpers (util/validation/validation.go) ---

/** MaxLenError */
export const maxLenError = (length: number): string => `must be no more than ${length} characters`;

/** RegexError: note the two spaces apimachinery leaves before "or" (`'my-name',  or '123-abc'`). */
export function regexError(msg: string, fmt: string, ...examples: string[]): string {
  if (examples.length === 0) return `${msg} (regex used for validation is '${fmt}')`;
  msg += ' (e.g. ';
  examples.forEach((e, i) => { msg += (i > 0 ? ' or ' : '') + `'${e}', `; });
  return msg + `regex used for validation is '${fmt}')`;
}

/** EmptyError */
export const emptyError = (): string => 'must be non-empty';

/** InclusiveRangeError */
export const inclusiveRangeError = (lo: number, hi: number): string => `must be between ${lo} and ${hi}, inclusive`;

// --- DNS names ---

const dns1123LabelFmt = '[a-z0-9]([-a-z0-9]*[a-z0-9])?';
const dns1123LabelErrMsg = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";
export const DNS1123LabelMaxLength = 63;
const dns1123LabelRegexp = new RegExp(`^${dns1123LabelFmt}$`);

const dns1123SubdomainFmt = `${dns1123LabelFmt}(\\.${dns1123LabelFmt})*`;
const dns1123SubdomainErrorMsg = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
export const DNS1123SubdomainMaxLength = 253;
const dns1123SubdomainRegexp = new RegExp(`^${dns1123SubdomainFmt}$`);

const dns1035LabelFmt = '[a-z]([-a-z0-9]*[a-z0-9])?';
const dns1035LabelErrMsg = "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character";
export const DNS1035LabelMaxLength = 63;
const dns1035LabelRegexp = new RegExp(`^${dns1035LabelFmt}$`);

// Go measures len() in bytes, not UTF-16 units.
const utf8 = new TextEncoder();
export const byteLength = (s: string): number => utf8.encode(s).length;

/** IsDNS1123Label: a lowercase RFC 1123 label (Namespace names, port names, container names). */
export function isDNS1123Label(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > DNS1123LabelMaxLength) errs.push(maxLenError(DNS1123LabelMaxLength));
  if (!dns1123LabelRegexp.test(value)) {
    // a valid subdomain that is not a label must contain dots (length was checked above)
    if (dns1123SubdomainRegexp.test(value)) errs.push('must not contain dots');
    else errs.push(regexError(dns1123LabelErrMsg, dns1123LabelFmt, 'my-name', '123-abc'));
  }
  return errs;
}

/** IsDNS1123Subdomain: a lowercase RFC 1123 subdomain (Pod, Deployment, Endpoints names; hostnames). */
export function isDNS1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > DNS1123SubdomainMaxLength) errs.push(maxLenError(DNS1123SubdomainMaxLength));
  if (!dns1123SubdomainRegexp.test(value)) errs.push(regexError(dns1123SubdomainErrorMsg, dns1123SubdomainFmt, 'example.com'));
  return errs;
}

/** IsDNS1035Label: a DNS-1035 label (Service names: they become DNS labels and env var prefixes). */
export function isDNS1035Label(value: string): string[] {
  const errs: string[] = [];
  if (byteLength(value) > DNS1035LabelMaxLength) errs.push(maxLenError(DNS1035LabelMaxLength));
  if (!dns1035LabelRegexp.test(value)) errs.push(regexError(dns1035LabelErrMsg, dns1035LabelFmt, 'my-name', 'abc-123'));
  return errs;
}

/** ValidateDNS1123Label (pkg/apis/core/validation): one Invalid error per message. */
export function validateDNS1123Label(value: string, path: FieldPath): FieldError[] {
  return isDNS1123Label(value).map((msg) => invalid(path, value, msg));
}

/** ValidateDNS1123Subdomain (pkg/apis/core/validation) */
export function validateDNS1123Subdomain(value: string, path: FieldPath): FieldError[] {
  return isDNS1123Subdomain(value).map((msg) => invalid(path, value, msg));
}

// --- name functions (apimachinery/pkg/api/validation/generic.go) ---

/** ValidateNameFunc: prefix is true for generateName, which may end in '-'. */
export type NameFn = (name: string, prefix: boolean) => string[];

// maskTrailingDash: a generateName prefix may end in '-' (Go slices off two bytes, then adds "a").
const maskTrailingDash = (name: string): string => (name.endsWith('-') ? name.slice(0, -2) + 'a' : name);

/** NameIsDNSSubdomain: Pods, Deployments, ReplicaSets, Endpoints, Nodes */
export const nameIsDNSSubdomain: NameFn = (name, prefix) => isDNS1123Subdomain(prefix ? maskTrailingDash(name) : name);
/** NameIsDNSLabel: Namespaces (ValidateNamespaceName) */
export const nameIsDNSLabel: NameFn = (name, prefix) => isDNS1123Label(prefix ? maskTrailingDash(name) : name);
/** NameIsDNS1035Label: Services (ValidateServiceName) */
export const nameIsDNS1035Label: NameFn = (name, prefix) => isDNS1035Label(prefix ? maskTrailingDash(name) : name);

export const validatePodName = nameIsDNSSubdomain;
export const validateServiceName = nameIsDNS1035Label;
export const validateNamespaceName = nameIsDNSLabel;
export const validateEndpointsName = nameIsDNSSubdomain;
export const validateNodeName = nameIsDNSSubdomain;
export const validateDeploymentName = nameIsDNSSubdomain;
