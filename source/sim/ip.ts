// IPv4 arithmetic for the simulator's allocators and lookups (k8s.io/utils/net does the same
// with big.Int; a cluster here is IPv4 single-stack, as kubeadm sets it up by default).

export function parseIPv4(s: string): number | undefined {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return undefined;
  let n = 0;
  for (let i = 1; i <= 4; i++) {
    const part = m[i]!;
    // netutils.ParseIPSloppy accepts leading zeros; a strict parser would not. Accept them as decimal.
    const v = Number(part);
    if (v > 255) return undefined;
    n = n * 256 + v;
  }
  return n;
}

export function formatIPv4(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

export function isIPv4(s: string): boolean {
  return parseIPv4(s) !== undefined;
}

export interface Cidr { base: number; bits: number; size: number; text: string }

export function parseCidr(text: string): Cidr | undefined {
  const [ip, bitsText] = text.split('/');
  const addr = ip === undefined ? undefined : parseIPv4(ip);
  const bits = Number(bitsText);
  if (addr === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) return undefined;
  const size = 2 ** (32 - bits);
  const base = addr - (addr % size);
  return { base, bits, size, text: `${formatIPv4(base)}/${bits}` };
}

export function cidrContains(c: Cidr, ip: number): boolean {
  return ip >= c.base && ip < c.base + c.size;
}

/** `1.2.3.4` → `4.3.2.1.in-addr.arpa` (RFC 1035 §3.5). */
export function reverseName(ip: string): string {
  return `${ip.split('.').reverse().join('.')}.in-addr.arpa`;
}
