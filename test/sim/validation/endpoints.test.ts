import test from 'ava';
import { formatFieldError } from '../../../source/sim/field.js';
import type { Endpoints } from '../../../source/sim/types.js';
import { validateEndpoints } from '../../../source/sim/validation/endpoints.js';

const LABEL_MSG = "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const SUBDOMAIN_MSG = "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const IP_MSG = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

// Hand-made Endpoints for a selectorless Service (newValidEndpoints plays this role upstream).
function makeEndpoints(tweak: (e: Endpoints) => void = () => {}): Endpoints {
  const e: Endpoints = {
    apiVersion: 'v1', kind: 'Endpoints', metadata: { name: 'db', namespace: 'shop' },
    subsets: [{ addresses: [{ ip: '192.0.2.10' }, { ip: '192.0.2.11', hostname: 'db-1', nodeName: 'node-1' }], ports: [{ name: 'pg', port: 5432, protocol: 'TCP' }] }],
  };
  tweak(e);
  return e;
}

// From TestValidateEndpointsCreate in pkg/apis/core/validation/validation_test.go.
const cases: Array<{ name: string; tweak: (e: Endpoints) => void; want: string[] }> = [
  { name: 'valid', tweak: () => {}, want: [] },
  { name: 'valid without subsets', tweak: (e) => { delete e.subsets; }, want: [] },
  { name: 'valid without ports (headless)', tweak: (e) => { delete e.subsets![0]!.ports; }, want: [] },
  { name: 'valid notReadyAddresses only', tweak: (e) => { e.subsets![0]!.notReadyAddresses = e.subsets![0]!.addresses; delete e.subsets![0]!.addresses; }, want: [] },
  { name: 'valid IPv6', tweak: (e) => { e.subsets![0]!.addresses = [{ ip: '2001:db8::10' }]; }, want: [] },
  { name: 'valid two named ports', tweak: (e) => { e.subsets![0]!.ports = [{ name: 'a', port: 1 }, { name: 'b', port: 2, protocol: 'UDP' }]; }, want: [] },
  { name: 'name is a DNS subdomain', tweak: (e) => { e.metadata.name = 'db.shop'; }, want: [] },
  { name: 'bad name', tweak: (e) => { e.metadata.name = 'DB'; }, want: [`metadata.name: Invalid value: "DB": ${SUBDOMAIN_MSG}`] },
  { name: 'empty subset', tweak: (e) => { e.subsets = [{}]; }, want: ['subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`'] },
  { name: 'ports without addresses', tweak: (e) => { delete e.subsets![0]!.addresses; }, want: ['subsets[0]: Required value: must specify `addresses` or `notReadyAddresses`'] },
  { name: 'malformed IP gets both IP errors', tweak: (e) => { e.subsets![0]!.addresses![0]!.ip = '192.0.2'; },
    want: [`subsets[0].addresses[0].ip: Invalid value: "192.0.2": ${IP_MSG}`, 'subsets[0].addresses[0].ip: Invalid value: "192.0.2": must be a valid IP address'] },
  { name: 'hostname as IP', tweak: (e) => { e.subsets![0]!.addresses![0]!.ip = 'db.example.com'; },
    want: [`subsets[0].addresses[0].ip: Invalid value: "db.example.com": ${IP_MSG}`, 'subsets[0].addresses[0].ip: Invalid value: "db.example.com": must be a valid IP address'] },
  { name: 'loopback', tweak: (e) => { e.subsets![0]!.addresses![0]!.ip = '127.0.0.1'; },
    want: ['subsets[0].addresses[0].ip: Invalid value: "127.0.0.1": may not be in the loopback range (127.0.0.0/8, ::1/128)'] },
  { name: 'unspecified', tweak: (e) => { e.subsets![0]!.addresses![0]!.ip = '0.0.0.0'; },
    want: ['subsets[0].addresses[0].ip: Invalid value: "0.0.0.0": may not be unspecified (0.0.0.0)'] },
  { name: 'link-local (metadata service)', tweak: (e) => { e.subsets![0]!.notReadyAddresses = [{ ip: '169.254.169.254' }]; },
    want: ['subsets[0].notReadyAddresses[0].ip: Invalid value: "169.254.169.254": may not be in the link-local range (169.254.0.0/16, fe80::/10)'] },
  { name: 'link-local multicast', tweak: (e) => { e.subsets![0]!.addresses![0]!.ip = '224.0.0.10'; },
    want: ['subsets[0].addresses[0].ip: Invalid value: "224.0.0.10": may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'] },
  { name: 'bad hostname', tweak: (e) => { e.subsets![0]!.addresses![1]!.hostname = 'db.1'; }, want: ['subsets[0].addresses[1].hostname: Invalid value: "db.1": must not contain dots'] },
  { name: 'bad nodeName', tweak: (e) => { e.subsets![0]!.addresses![1]!.nodeName = 'Node_1'; }, want: [`subsets[0].addresses[1].nodeName: Invalid value: "Node_1": ${SUBDOMAIN_MSG}`] },
  { name: 'two ports need names', tweak: (e) => { e.subsets![0]!.ports = [{ name: 'pg', port: 5432 }, { port: 5433 }]; }, want: ['subsets[0].ports[1].name: Required value'] },
  { name: 'port name is a DNS label', tweak: (e) => { e.subsets![0]!.ports![0]!.name = 'PG'; }, want: [`subsets[0].ports[0].name: Invalid value: "PG": ${LABEL_MSG}`] },
  { name: 'port out of range', tweak: (e) => { e.subsets![0]!.ports![0]!.port = 65536; }, want: ['subsets[0].ports[0].port: Invalid value: 65536: must be between 1 and 65535, inclusive'] },
  { name: 'port 0', tweak: (e) => { e.subsets![0]!.ports![0]!.port = 0; }, want: ['subsets[0].ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive'] },
  { name: 'missing protocol is defaulted', tweak: (e) => { delete e.subsets![0]!.ports![0]!.protocol; }, want: [] },
  { name: 'bad protocol', tweak: (e) => { e.subsets![0]!.ports![0]!.protocol = 'HTTP' as never; },
    want: ['subsets[0].ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"'] },
  { name: 'missing namespace', tweak: (e) => { delete e.metadata.namespace; }, want: ['metadata.namespace: Required value'] },
];
for (const c of cases) {
  test(`ValidateEndpoints: ${c.name}`, (t) => {
    t.deepEqual(validateEndpoints(makeEndpoints(c.tweak)).map(formatFieldError), c.want);
  });
}
