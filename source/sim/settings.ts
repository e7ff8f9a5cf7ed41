// Cluster settings: defaults, then what the file says (kube-proxy's ConfigMap), then the caller's.
import { parse } from 'yaml';
import type { ClusterSettings, KObject } from './types.js';
import { cidrContains, formatIPv4, parseCidr, parseIPv4 } from './ip.js';
import { defaultSettings } from './types.js';

const MODES = new Set(['iptables', 'ipvs', 'nftables', 'userspace']);

/**
 * kube-proxy reads `mode` from config.conf in ConfigMap kube-system/kube-proxy; an empty mode
 * means the platform default, iptables on Linux (pkg/proxy/apis/config, cmd/kube-proxy).
 */
export function proxyModeFromConfigMap(objects: KObject[]): ClusterSettings['proxyMode'] | undefined {
  const cm = objects.find((o) => o.kind === 'ConfigMap' && o.metadata?.name === 'kube-proxy' && o.metadata?.namespace === 'kube-system');
  const conf = (cm?.data as Record<string, unknown> | undefined)?.['config.conf'];
  if (typeof conf !== 'string') return undefined;
  let mode: unknown;
  try { mode = (parse(conf, { maxAliasCount: 10 }) as { mode?: unknown } | null)?.mode; } catch { return undefined; }
  if (mode === undefined || mode === null || mode === '') return 'iptables';
  return typeof mode === 'string' && MODES.has(mode) ? (mode as ClusterSettings['proxyMode']) : undefined;
}

/**
 * A dump of another cluster (k3s: 10.43.0.0/16, EKS: 10.100.0.0/16) says its service CIDR
 * through Service default/kubernetes, whose ClusterIP is always the range's first address.
 * The range is taken as that /16, widened until the file's other ClusterIPs fit (down to /8).
 */
export function serviceCIDRFromFile(objects: KObject[], current: string): string | undefined {
  const k = objects.find((o) => o.kind === 'Service' && o.metadata?.name === 'kubernetes' && (o.metadata?.namespace ?? 'default') === 'default');
  const ip = typeof k?.spec?.clusterIP === 'string' ? parseIPv4(k.spec.clusterIP) : undefined;
  const cur = parseCidr(current);
  if (ip === undefined || (cur && cidrContains(cur, ip))) return undefined;
  const network = ip - 1;
  const explicit = objects.filter((o) => o.kind === 'Service').map((o) => (typeof o.spec?.clusterIP === 'string' ? parseIPv4(o.spec.clusterIP) : undefined)).filter((v): v is number => v !== undefined);
  for (let bits = 16; bits >= 8; bits--) {
    const c = parseCidr(`${formatIPv4(network)}/${bits}`)!;
    if (explicit.every((v) => cidrContains(c, v))) return c.text;
  }
  return parseCidr(`${formatIPv4(network)}/16`)!.text;
}

export function resolveSettings(objects: KObject[], override?: Partial<ClusterSettings>): ClusterSettings {
  const fromFile = proxyModeFromConfigMap(objects);
  const s: ClusterSettings = { ...defaultSettings, ...(fromFile ? { proxyMode: fromFile } : {}) };
  const cidr = serviceCIDRFromFile(objects, s.serviceCIDR);
  if (cidr) s.serviceCIDR = cidr;
  for (const [k, v] of Object.entries(override ?? {})) if (v !== undefined) (s as unknown as Record<string, unknown>)[k] = v;
  return s;
}
