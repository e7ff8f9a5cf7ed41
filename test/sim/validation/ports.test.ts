import test from 'ava';
import { FieldPath, formatFieldError } from '../../../source/sim/field.js';
import { isValidPortName, isValidPortNum, validatePortNumOrName, validateProtocol } from '../../../source/sim/validation/ports.js';

// From TestIsValidPortNum in apimachinery/pkg/util/validation/validation_test.go.
const numCases: Array<{ port: number; want: string[] }> = [
  { port: 1, want: [] }, { port: 80, want: [] }, { port: 65535, want: [] },
  { port: 0, want: ['must be between 1 and 65535, inclusive'] },
  { port: -1, want: ['must be between 1 and 65535, inclusive'] },
  { port: 65536, want: ['must be between 1 and 65535, inclusive'] },
];
for (const c of numCases) test(`IsValidPortNum(${c.port})`, (t) => t.deepEqual(isValidPortNum(c.port), c.want));

// From TestIsValidPortName (same file): an IANA_SVC_NAME, every broken rule reported.
const nameCases: Array<{ name: string; want: string[] }> = [
  { name: 'telnet', want: [] }, { name: 're-mail-ck', want: [] }, { name: 'pop3', want: [] }, { name: 'a', want: [] },
  { name: 'a-1', want: [] }, { name: '1-a', want: [] }, { name: 'a1234567890b123', want: [] },
  { name: 'longerthan15characters', want: ['must be no more than 15 characters'] },
  { name: '', want: ['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)', 'must contain at least one letter (a-z)'] },
  { name: 'Http', want: ['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'] },
  { name: '8080', want: ['must contain at least one letter (a-z)'] },
  { name: 'web--api', want: ['must not contain consecutive hyphens'] },
  { name: '-http', want: ['must not begin or end with a hyphen'] },
  { name: 'http_alt', want: ['must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)'] },
  { name: '-', want: ['must contain at least one letter (a-z)', 'must not begin or end with a hyphen'] },
];
for (const c of nameCases) test(`IsValidPortName(${JSON.stringify(c.name)})`, (t) => t.deepEqual(isValidPortName(c.name), c.want));

// ValidatePortNumOrName (pkg/apis/core/validation): numbers are ports, strings are names.
const numOrNameCases: Array<{ port: number | string; want: string[] }> = [
  { port: 8080, want: [] },
  { port: 'http', want: [] },
  { port: 0, want: ['spec.ports[0].targetPort: Invalid value: 0: must be between 1 and 65535, inclusive'] },
  { port: '8080', want: ['spec.ports[0].targetPort: Invalid value: "8080": must contain at least one letter (a-z)'] },
  { port: 'metrics-endpoint', want: ['spec.ports[0].targetPort: Invalid value: "metrics-endpoint": must be no more than 15 characters'] },
];
for (const c of numOrNameCases) {
  test(`ValidatePortNumOrName(${JSON.stringify(c.port)})`, (t) => {
    t.deepEqual(validatePortNumOrName(c.port, FieldPath.root('spec').child('ports').index(0).child('targetPort')).map(formatFieldError), c.want);
  });
}

// supportedPortProtocols: Required when empty, Unsupported otherwise (case matters).
const protoCases: Array<{ protocol: string | undefined; want: string[] }> = [
  { protocol: 'TCP', want: [] }, { protocol: 'UDP', want: [] }, { protocol: 'SCTP', want: [] },
  { protocol: undefined, want: ['spec.ports[0].protocol: Required value'] },
  { protocol: 'tcp', want: ['spec.ports[0].protocol: Unsupported value: "tcp": supported values: "SCTP", "TCP", "UDP"'] },
  { protocol: 'HTTP', want: ['spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"'] },
];
for (const c of protoCases) {
  test(`protocol ${JSON.stringify(c.protocol)}`, (t) => {
    t.deepEqual(validateProtocol(c.protocol, FieldPath.root('spec').child('ports').index(0).child('protocol')).map(formatFieldError), c.want);
  });
}
