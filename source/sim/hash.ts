// Deterministic names and hashes, shaped as Kubernetes makes them.

// k8s.io/apimachinery/pkg/util/rand: vowels are left out "to reduce the chances of bad words".
export const ALPHANUMS = 'bcdfghjklmnpqrstvwxz2456789';

/** FNV-1a, 32 bits (Go hash/fnv New32a), over the UTF-16 code units of s (ASCII in practice). */
export function fnv32a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** rand.SafeEncodeString: each character mapped into ALPHANUMS by its code modulo 27. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (const ch of s) out += ALPHANUMS[ch.codePointAt(0)! % ALPHANUMS.length];
  return out;
}

/** JSON with object keys sorted, so equal values hash equally whatever their key order. */
export function canonicalJson(v: unknown): string {
  if (v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'null';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  const o = v as Record<string, unknown>;
  return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
}

/**
 * pkg/controller/deployment/util ComputeHash: FNV-32a of the pod template, printed as a decimal
 * number and SafeEncodeString'd (so it uses only the characters 4-9, b, c, d, f). Kubernetes
 * hashes a spew dump of the Go struct; we hash canonical JSON, so the value differs from a real
 * cluster's but is stable and has the same shape.
 */
export function podTemplateHash(template: unknown, collisionCount = 0): string {
  let s = canonicalJson(template);
  if (collisionCount) s += `#${collisionCount}`;
  return safeEncodeString(String(fnv32a(s)));
}

/** A generateName-style suffix (utilrand.String(n)), chosen from the seed instead of at random. */
export function nameSuffix(seed: string, n = 5): string {
  let h = fnv32a(seed);
  let out = '';
  for (let i = 0; i < n; i++) {
    out += ALPHANUMS[h % ALPHANUMS.length];
    h = Math.floor(h / ALPHANUMS.length);
    if (h === 0) h = fnv32a(seed + out);
  }
  return out;
}
