// The Service registry's allocators (pkg/registry/core/service/ipallocator, portallocator) and
// what the registry does with them on create (pkg/registry/core/service/storage/alloc.go
// allocateCreate), which runs BEFORE validation: an allocation error is the only error shown.
//
// Real allocators pick a random free value; ours pick from a hash of namespace/name with linear
// probing, so a cluster file always gives the same answers. Both start in the upper part of the
// range and fall back to the lower "static" band, which is left for values people choose
// (KEP-3070 for ClusterIPs, KEP-3668 for NodePorts).
import type { Service, ServicePort } from '../types.js';
import { GoValue, type FieldError } from '../field.js';
import { formatIPv4, parseCidr, parseIPv4, type Cidr } from '../ip.js';
import { fnv32a } from '../hash.js';

/** ipallocator.Range over a service CIDR: the network and broadcast addresses are never handed out. */
export class ClusterIPAllocator {
  readonly cidr: Cidr;
  private readonly base: number; // first usable address
  private readonly max: number; // number of usable addresses
  private readonly offset: number; // size of the static band at the bottom
  private readonly used = new Set<number>();

  constructor(cidrText: string) {
    const cidr = parseCidr(cidrText);
    if (!cidr) throw new Error(`invalid service CIDR ${cidrText}`);
    this.cidr = cidr;
    this.base = cidr.base + 1;
    this.max = Math.max(0, cidr.size - 2);
    // calculateRangeOffset: min(max(16, cidrSize/16), 256); 0 for tiny ranges
    this.offset = cidr.size <= 16 ? 0 : Math.min(Math.max(16, Math.floor(cidr.size / 16)), 256);
  }

  /** Allocate a chosen IP; the error text is ipallocator's. */
  allocate(ip: string): string | undefined {
    const n = parseIPv4(ip);
    const off = n === undefined ? -1 : n - this.base;
    if (n === undefined || off < 0 || off >= this.max) return `the provided IP (${ip}) is not in the valid range. The range of valid IPs is ${this.cidr.text}`;
    if (this.used.has(off)) return 'provided IP is already allocated';
    this.used.add(off);
    return undefined;
  }

  allocateNext(seed: string): string | undefined {
    const off = probe(this.used, this.max, this.offset, fnv32a(seed));
    if (off === undefined) return undefined;
    this.used.add(off);
    return formatIPv4(this.base + off);
  }

  release(ip: string): void {
    const n = parseIPv4(ip);
    if (n !== undefined) this.used.delete(n - this.base);
  }
}

/** portallocator.PortAllocator over the NodePort range. */
export class NodePortAllocator {
  private readonly offset: number;
  private readonly used = new Set<number>();
  constructor(readonly range: [number, number]) {
    const size = range[1] - range[0] + 1;
    // calculateRangeOffset: min(max(16, rangeSize/32), 128); 0 for tiny ranges
    this.offset = size <= 16 ? 0 : Math.min(Math.max(16, Math.floor(size / 32)), 128);
  }
  get size(): number { return this.range[1] - this.range[0] + 1; }

  allocate(port: number): string | undefined {
    if (!Number.isInteger(port) || port < this.range[0] || port > this.range[1])
      return `provided port is not in the valid range. The range of valid ports is ${this.range[0]}-${this.range[1]}`;
    if (this.used.has(port - this.range[0])) return 'provided port is already allocated';
    this.used.add(port - this.range[0]);
    return undefined;
  }

  allocateNext(seed: string): number | undefined {
    const off = probe(this.used, this.size, this.offset, fnv32a(seed));
    if (off === undefined) return undefined;
    this.used.add(off);
    return this.range[0] + off;
  }

  release(port: number): void { this.used.delete(port - this.range[0]); }
}

/** A free offset: hash into the upper band [offset, max), probe linearly, then the lower band. */
function probe(used: Set<number>, max: number, offset: number, hash: number): number | undefined {
  const upper = max - offset;
  if (upper > 0) {
    const start = hash % upper;
    for (let i = 0; i < upper; i++) {
      const off = offset + ((start + i) % upper);
      if (!used.has(off)) return off;
    }
  }
  for (let off = 0; off < Math.min(offset, max); off++) if (!used.has(off)) return off;
  return undefined;
}

export interface Allocators { ips: ClusterIPAllocator; nodePorts: NodePortAllocator }

export interface Allocation {
  errors: FieldError[];
  /** Undo what this service took (its create failed later, in validation). */
  release(): void;
}

/**
 * allocateCreate: IP families, ClusterIPs, NodePorts and the health-check NodePort, in that
 * order; the first failure ends it and what was taken is given back. `preValidate` returns the
 * errors of ValidateServiceClusterIPsRelatedFields, which the registry checks first.
 */
export function allocateService(svc: Service, al: Allocators, preValidate: () => FieldError[]): Allocation {
  const spec = svc.spec;
  const seed = `${svc.metadata.namespace}/${svc.metadata.name}`;
  const takenIPs: string[] = [];
  const takenPorts: number[] = [];
  const release = () => { takenIPs.forEach((ip) => al.ips.release(ip)); takenPorts.forEach((p) => al.nodePorts.release(p)); };
  const fail = (errors: FieldError[]): Allocation => { release(); return { errors, release: () => {} }; };

  if (spec.type !== 'ExternalName') {
    // initIPFamilyFields
    const headless = spec.clusterIP === 'None';
    const selectorless = !spec.selector || Object.keys(spec.selector).length === 0;
    if (!spec.ipFamilyPolicy) spec.ipFamilyPolicy = headless && selectorless ? 'RequireDualStack' : 'SingleStack';
    const pre = preValidate();
    if (pre.length) return fail(pre);
    if (!(headless && selectorless)) {
      const errs: FieldError[] = [];
      if (spec.ipFamilyPolicy === 'RequireDualStack')
        errs.push({ field: 'spec.ipFamilyPolicy', type: 'Invalid value', value: spec.ipFamilyPolicy, detail: 'this cluster is not configured for dual-stack services' });
      (spec.ipFamilies ?? []).forEach((f, i) => {
        if (f !== 'IPv4') errs.push({ field: `spec.ipFamilies[${i}]`, type: 'Invalid value', value: f, detail: 'not configured on this cluster' });
      });
      if (errs.length) return fail(errs);
    }
    if (!spec.ipFamilies?.length) spec.ipFamilies = ['IPv4'];
    // headless + selectorless on a single-stack cluster may still carry both families
    if (headless && selectorless && spec.ipFamilyPolicy !== 'SingleStack' && spec.ipFamilies.length < 2) spec.ipFamilies = [...spec.ipFamilies, 'IPv6'];

    // allocClusterIPs: headless services get none
    if (!headless) {
      const wanted = spec.clusterIPs?.[0] ?? spec.clusterIP ?? '';
      if (wanted) {
        const err = al.ips.allocate(wanted);
        // field.Invalid(spec.clusterIPs, service.Spec.ClusterIPs, ...): the value prints as a Go []string
        const ips = spec.clusterIPs?.length ? spec.clusterIPs : [wanted];
        if (err) return fail([{ field: 'spec.clusterIPs', type: 'Invalid value', value: new GoValue(ips, `[]string{${ips.map((i) => JSON.stringify(i)).join(', ')}}`), detail: `failed to allocate IP ${wanted}: ${err}` }]);
        takenIPs.push(wanted);
      } else {
        const ip = al.ips.allocateNext(seed);
        if (!ip) return fail([{ field: 'spec.clusterIPs', type: 'Internal error', detail: 'failed to allocate a serviceIP: range is full' }]);
        takenIPs.push(ip);
        spec.clusterIP = ip;
        spec.clusterIPs = [ip];
      }
    }
  }

  // initNodePorts
  if (spec.type === 'NodePort' || spec.type === 'LoadBalancer') {
    const shouldAllocate = spec.type === 'NodePort' || spec.allocateLoadBalancerNodePorts !== false;
    const ports: ServicePort[] = Array.isArray(spec.ports) ? spec.ports : [];
    const byServicePort = new Map<number, number>();
    for (let i = 0; i < ports.length; i++) {
      const sp = ports[i]!;
      if (!sp || typeof sp !== 'object') continue;
      if (!sp.nodePort && !shouldAllocate) continue; // respect explicit requests only
      const already = byServicePort.get(sp.port);
      if (already === undefined) {
        // findRequestedNodePort: a later entry with the same port may name the nodePort
        const requested = ports.slice(i).find((p) => p && p.port === sp.port && p.nodePort)?.nodePort;
        if (requested) {
          const err = al.nodePorts.allocate(requested);
          if (err) return fail([{ field: `spec.ports[${i}].nodePort`, type: 'Invalid value', value: requested, detail: err }]);
          takenPorts.push(requested);
          sp.nodePort = requested;
          byServicePort.set(sp.port, requested);
        } else {
          const np = al.nodePorts.allocateNext(`${seed}/${sp.port}/${sp.protocol}`);
          if (np === undefined) return fail([{ field: `spec.ports[${i}].nodePort`, type: 'Internal error', detail: 'failed to allocate a nodePort: range is full' }]);
          takenPorts.push(np);
          sp.nodePort = np;
          byServicePort.set(sp.port, np);
        }
      } else if (sp.nodePort !== already) {
        // the same service port on another protocol shares its NodePort
        if (!sp.nodePort) sp.nodePort = already;
        else {
          const err = al.nodePorts.allocate(sp.nodePort);
          if (err) return fail([{ field: `spec.ports[${i}].nodePort`, type: 'Invalid value', value: sp.nodePort, detail: err }]);
          takenPorts.push(sp.nodePort);
        }
      }
    }
  }

  // apiservice.NeedsHealthCheck: LoadBalancer with externalTrafficPolicy Local
  if (spec.type === 'LoadBalancer' && spec.externalTrafficPolicy === 'Local') {
    if (spec.healthCheckNodePort) {
      const err = al.nodePorts.allocate(spec.healthCheckNodePort);
      if (err) return fail([{ field: 'spec.healthCheckNodePort', type: 'Internal error', detail: `failed to allocate requested HealthCheck NodePort ${spec.healthCheckNodePort}: ${err}` }]);
      takenPorts.push(spec.healthCheckNodePort);
    } else {
      const np = al.nodePorts.allocateNext(`${seed}/healthCheckNodePort`);
      if (np !== undefined) { takenPorts.push(np); spec.healthCheckNodePort = np; }
    }
  }
  return { errors: [], release };
}
