import test from 'ava';
import { FieldPath, formatFieldError } from '../../../source/sim/field.js';
import { isIPv6String, isValidCIDR, isValidIP, parseCIDRSloppy, parseIPSloppy, validateNonSpecialIP } from '../../../source/sim/validation/ip.js';

// From TestParseIP in Go's net/ip_test.go and k8s.io/utils/net (ParseIPSloppy accepts leading zeros).
const parseCases: Array<{ ip: string; want: 'v4' | 'v6' | null }> = [
  { ip: '10.244.1.7', want: 'v4' },
  { ip: '010.001.002.003', want: 'v4' },
  { ip: '::1', want: 'v6' },
  { ip: '::', want: 'v6' },
  { ip: '2001:db8::ffff', want: 'v6' },
  { ip: 'fe80::1:2:3:4', want: 'v6' },
  { ip: '::ffff:10.0.0.1', want: 'v4' },
  { ip: '64:ff9b::10.0.0.1', want: 'v6' },
  { ip: '1:2:3:4:5:6:7:8', want: 'v6' },
  { ip: '256.1.1.1', want: null },
  { ip: '1.2.3', want: null },
  { ip: '1.2.3.4.5', want: null },
  { ip: '1.2.3.4 ', want: null },
  { ip: 'web', want: null },
  { ip: '', want: null },
  { ip: '1:2:3:4:5:6:7:8:9', want: null },
  { ip: '1::2::3', want: null },
  { ip: '1:2:3:4:5:6:7::8', want: null },
  { ip: 'fe80::1%eth0', want: null },
  { ip: '[::1]', want: null },
  { ip: '12345::1', want: null },
];
for (const c of parseCases) {
  test(`ParseIPSloppy(${JSON.stringify(c.ip)})`, (t) => {
    const ip = parseIPSloppy(c.ip);
    t.is(ip === null ? null : isIPv6String(c.ip) ? 'v6' : 'v4', c.want);
  });
}

test('ParseIPSloppy expands :: in the middle', (t) => {
  t.deepEqual(parseIPSloppy('2001:db8::1'), [0x20, 0x01, 0x0d, 0xb8, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
});

// From TestIsValidCIDR (apimachinery) and ParseCIDRSloppy.
const cidrCases: Array<{ cidr: string; ok: boolean }> = [
  { cidr: '10.0.0.0/8', ok: true }, { cidr: '0.0.0.0/0', ok: true }, { cidr: '10.1.2.3/32', ok: true },
  { cidr: '2001:db8::/64', ok: true }, { cidr: '::/0', ok: true },
  { cidr: '10.0.0.0/33', ok: false }, { cidr: '10.0.0.0', ok: false }, { cidr: '10.0.0.0/', ok: false },
  { cidr: '2001:db8::/129', ok: false }, { cidr: '10.0.0.0/8a', ok: false }, { cidr: 'web/8', ok: false },
];
for (const c of cidrCases) test(`ParseCIDRSloppy(${JSON.stringify(c.cidr)})`, (t) => t.is(parseCIDRSloppy(c.cidr) !== null, c.ok));

// IsValidIP / IsValidCIDR messages (apimachinery/pkg/util/validation/ip.go).
test('IsValidIP and IsValidCIDR messages', (t) => {
  const p = FieldPath.root('spec').child('externalIPs').index(0);
  t.deepEqual(isValidIP(p, '1.2.3').map(formatFieldError), ['spec.externalIPs[0]: Invalid value: "1.2.3": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)']);
  t.deepEqual(isValidIP(p, '1.2.3.4'), []);
  t.deepEqual(isValidCIDR(p, '1.2.3.4/40').map(formatFieldError), ['spec.externalIPs[0]: Invalid value: "1.2.3.4/40": must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)']);
});

// From TestValidateNonSpecialIP in pkg/apis/core/validation/validation_test.go.
const specialCases: Array<{ ip: string; want: string[] }> = [
  { ip: '10.0.0.1', want: [] },
  { ip: '192.168.1.1', want: [] },
  { ip: '2001:db8::1', want: [] },
  { ip: '224.0.1.1', want: [] },
  { ip: '0.0.0.0', want: ['may not be unspecified (0.0.0.0)'] },
  { ip: '::', want: ['may not be unspecified (::)'] },
  { ip: '127.0.0.1', want: ['may not be in the loopback range (127.0.0.0/8, ::1/128)'] },
  { ip: '127.255.255.254', want: ['may not be in the loopback range (127.0.0.0/8, ::1/128)'] },
  { ip: '::1', want: ['may not be in the loopback range (127.0.0.0/8, ::1/128)'] },
  { ip: '169.254.169.254', want: ['may not be in the link-local range (169.254.0.0/16, fe80::/10)'] },
  { ip: 'fe80::1', want: ['may not be in the link-local range (169.254.0.0/16, fe80::/10)'] },
  { ip: '224.0.0.251', want: ['may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'] },
  { ip: 'ff02::fb', want: ['may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'] },
  { ip: 'not-an-ip', want: ['must be a valid IP address'] },
];
for (const c of specialCases) {
  test(`ValidateNonSpecialIP(${JSON.stringify(c.ip)})`, (t) => {
    t.deepEqual(validateNonSpecialIP(c.ip, FieldPath.root('ip')).map((e) => e.detail), c.want);
  });
}
