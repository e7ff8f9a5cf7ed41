// IP addresses and CIDRs as the API server parses and checks them (Kubernetes v1.32).
// Parsing follows k8s.io/utils/net ParseIPSloppy / ParseCIDRSloppy (Go 1.16's net parser,
// which still accepts IPv4 octets with leading zeros); the checks are IsValidIP and
// IsValidCIDR (apimachinery/pkg/util/validation/ip.go) and ValidateNonSpecialIP
// (pkg/apis/core/validation/validation.go).
import { FieldPath, invalid, type FieldError } from '../field.js';

/** An address as Go's net.IP holds it: 16 bytes, IPv4 in IPv4-mapped form. */
export type IPBytes = number[];

const IPv4len = 4;
const IPv6len = 16;

// dtoi / xtoi (net/parse.go): leading digits, stopping at the first other character.
function dtoi(s: string): [number, number, boolean] {
  let n = 0, i = 0;
  for (; i < s.length && s[i]! >= '0' && s[i]! <= '9'; i++) {
    n = n * 10 + (s.charCodeAt(i) - 48);
    if (n >= 0xffffff) return [0xffffff, i, false];
  }
  return i === 0 ? [0, 0, false] : [n, i, true];
}
function xtoi(s: string): [number, number, boolean] {
  let n = 0, i = 0;
  for (; i < s.length; i++) {
    const d = parseInt(s[i]!, 16);
    if (Number.isNaN(d)) break;
    n = n * 16 + d;
    if (n >= 0xffffff) return [0, i, false];
  }
  return i === 0 ? [0, i, false] : [n, i, true];
}

const v4InV6Prefix = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff];

function parseIPv4(s: string): IPBytes | null {
  const p: number[] = [];
  for (let i = 0; i < IPv4len; i++) {
    if (s.length === 0) return null;
    if (i > 0) {
      if (s[0] !== '.') return null;
      s = s.slice(1);
    }
    const [n, c, ok] = dtoi(s);
    if (!ok || n > 0xff) return null;
    s = s.slice(c);
    p.push(n);
  }
  if (s.length !== 0) return null;
  return [...v4InV6Prefix, ...p];
}

function parseIPv6(s: string): IPBytes | null {
  const ip: number[] = new Array(IPv6len).fill(0);
  let ellipsis = -1;
  if (s.length >= 2 && s[0] === ':' && s[1] === ':') {
    ellipsis = 0;
    s = s.slice(2);
    if (s.length === 0) return ip;
  }
  let i = 0;
  while (i < IPv6len) {
    const [n, c, ok] = xtoi(s);
    if (!ok || n > 0xffff) return null;
    if (c < s.length && s[c] === '.') {
      // trailing IPv4, only in the last 32 bits
      if (ellipsis < 0 && i !== IPv6len - IPv4len) return null;
      if (i + IPv4len > IPv6len) return null;
      const ip4 = parseIPv4(s);
      if (!ip4) return null;
      for (let k = 0; k < 4; k++) ip[i + k] = ip4[12 + k]!;
      s = '';
      i += IPv4len;
      break;
    }
    ip[i] = n >> 8;
    ip[i + 1] = n & 0xff;
    i += 2;
    s = s.slice(c);
    if (s.length === 0) break;
    if (s[0] !== ':' || s.length === 1) return null;
    s = s.slice(1);
    if (s[0] === ':') {
      if (ellipsis >= 0) return null;
      ellipsis = i;
      s = s.slice(1);
      if (s.length === 0) break;
    }
  }
  if (s.length !== 0) return null;
  if (i < IPv6len) {
    if (ellipsis < 0) return null;
    const n = IPv6len - i;
    for (let j = i - 1; j >= ellipsis; j--) ip[j + n] = ip[j]!;
    for (let j = ellipsis + n - 1; j >= ellipsis; j--) ip[j] = 0;
  } else if (ellipsis >= 0) {
    return null; // "::" must stand for at least one group
  }
  return ip;
}

/** netutils.ParseIPSloppy: null when the string is not an IP address (no zones, no brackets). */
export function parseIPSloppy(s: string): IPBytes | null {
  for (const ch of s) {
    if (ch === '.') return parseIPv4(s);
    if (ch === ':') return parseIPv6(s);
  }
  return null;
}

/** net.IP.To4() != nil */
export const isIPv4Bytes = (ip: IPBytes): boolean => v4InV6Prefix.every((b, i) => ip[i] === b);

/** netutils.IsIPv6String: a valid address that is not IPv4 (nor IPv4-mapped). */
export function isIPv6String(s: string): boolean {
  const ip = parseIPSloppy(s);
  return ip !== null && !isIPv4Bytes(ip);
}

/** netutils.IsIPv4String */
export function isIPv4String(s: string): boolean {
  const ip = parseIPSloppy(s);
  return ip !== null && isIPv4Bytes(ip);
}

/** netutils.ParseCIDRSloppy: the address and prefix length, or null. */
export function parseCIDRSloppy(s: string): { ip: IPBytes; bits: number; v4: boolean } | null {
  const slash = s.indexOf('/');
  if (slash < 0) return null;
  const addr = s.slice(0, slash), mask = s.slice(slash + 1);
  let iplen = IPv4len;
  let ip = parseIPv4(addr);
  if (!ip) { iplen = IPv6len; ip = parseIPv6(addr); }
  const [n, i, ok] = dtoi(mask);
  if (!ip || !ok || i !== mask.length || n < 0 || n > 8 * iplen) return null;
  return { ip, bits: n, v4: iplen === IPv4len };
}

/** IsValidIP (apimachinery ip.go) */
export function isValidIP(path: FieldPath, value: string): FieldError[] {
  return parseIPSloppy(value) ? [] : [invalid(path, value, 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)')];
}

/** IsValidCIDR (apimachinery ip.go) */
export function isValidCIDR(path: FieldPath, value: string): FieldError[] {
  return parseCIDRSloppy(value) ? [] : [invalid(path, value, 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)')];
}

/**
 * ValidateNonSpecialIP: for Endpoints addresses and externalIPs, rejects the unspecified,
 * loopback, link-local and link-local multicast ranges (each that applies is reported).
 */
export function validateNonSpecialIP(value: string, path: FieldPath): FieldError[] {
  const ip = parseIPSloppy(value);
  if (!ip) return [invalid(path, value, 'must be a valid IP address')];
  const errs: FieldError[] = [];
  const v4 = isIPv4Bytes(ip);
  const [a, b, c] = v4 ? [ip[12]!, ip[13]!, ip[14]!] : [ip[0]!, ip[1]!, ip[2]!];
  const unspecified = v4 ? ip.slice(12).every((x) => x === 0) : ip.every((x) => x === 0);
  const loopback = v4 ? a === 127 : ip.slice(0, 15).every((x) => x === 0) && ip[15] === 1;
  const linkLocalUnicast = v4 ? a === 169 && b === 254 : a === 0xfe && (b & 0xc0) === 0x80;
  const linkLocalMulticast = v4 ? a === 224 && b === 0 && c === 0 : a === 0xff && (b & 0x0f) === 0x02;
  if (unspecified) errs.push(invalid(path, value, `may not be unspecified (${value})`));
  if (loopback) errs.push(invalid(path, value, 'may not be in the loopback range (127.0.0.0/8, ::1/128)'));
  if (linkLocalUnicast) errs.push(invalid(path, value, 'may not be in the link-local range (169.254.0.0/16, fe80::/10)'));
  if (linkLocalMulticast) errs.push(invalid(path, value, 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)'));
  return errs;
}
