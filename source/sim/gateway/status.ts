// `sim status`: what the Gateway API controller would write to an object's status
// (httproute_types.go RouteParentStatus, gateway_types.go GatewayStatus, gatewayclass_types.go).
import type { Cluster } from '../cluster.js';
import type { Hop } from '../types.js';
import { gatewayIndex } from './attach.js';
import type { Condition } from './types.js';

export interface StatusAnswer {
  /** null: no such object in the cluster. */
  status: Record<string, unknown> | null;
  /** Every condition True (and, for a route, at least one parent). */
  ok: boolean;
  hops: Hop[];
  error?: string;
}

const hop = (what: string, c: Condition): Hop => ({ step: 'status', status: c.status === 'True' ? 'ok' : 'fail', detail: `${what} ${c.type}=${c.status} (${c.reason}): ${c.message}` });

export function objectStatus(cluster: Cluster, ref: string): StatusAnswer {
  const parts = ref.split('/');
  const kind = parts[0] ?? '';
  const ix = gatewayIndex(cluster);
  const none = (msg: string): StatusAnswer => ({ status: null, ok: false, hops: [{ step: 'input', status: 'fail', detail: msg }], error: msg });
  const nsName = parts.length === 3 ? `${parts[1]}/${parts[2]}` : parts.length === 2 ? `default/${parts[1]}` : '';
  switch (kind.toLowerCase()) {
    case 'httproute': {
      const r = ix.routes.get(nsName);
      if (!r) return none(`no HTTPRoute ${nsName} in the cluster`);
      const hops = r.parents.flatMap((p) => p.conditions.map((c) => hop(`parent ${p.parentRef}:`, c)));
      if (!r.parents.length) hops.push({ step: 'status', status: 'fail', detail: `no parentRef of HTTPRoute ${nsName} names a Gateway in the cluster, so no controller writes its status and it serves no traffic` });
      return { status: { parents: r.parents.map((p) => ({ parentRef: p.parentRef, conditions: p.conditions })) }, ok: r.parents.length > 0 && r.parents.every((p) => p.conditions.every((c) => c.status === 'True')), hops };
    }
    case 'gateway': {
      const g = ix.gateways.get(nsName);
      if (!g) return none(`no Gateway ${nsName} in the cluster`);
      const listeners = g.listeners.map((l) => ({ name: l.listener.name, attachedRoutes: l.attachedRoutes, conditions: l.conditions }));
      const hops = [...g.conditions.map((c) => hop('Gateway', c)), ...g.listeners.flatMap((l) => l.conditions.map((c) => hop(`listener ${l.listener.name}:`, c)))];
      const ok = g.conditions.every((c) => c.status === 'True') && g.listeners.every((l) => l.conditions.every((c) => c.status === 'True'));
      return { status: { addresses: g.addresses.map((value) => ({ type: 'IPAddress', value })), conditions: g.conditions, listeners }, ok, hops };
    }
    case 'gatewayclass': {
      const name = parts[parts.length - 1] ?? '';
      const c = ix.classes.get(name);
      if (!c) return none(`no GatewayClass ${name} in the cluster`);
      return { status: { conditions: c.conditions }, ok: true, hops: c.conditions.map((x) => hop('GatewayClass', x)) };
    }
  }
  return none(`sim status answers for HTTPRoute, Gateway and GatewayClass objects (KIND/NS/NAME), got ${JSON.stringify(ref)}`);
}
