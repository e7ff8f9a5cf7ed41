// printers.go printEndpointSlice / formatDiscoveryPorts / formatDiscoveryEndpoints
import { age } from '../duration.js';
import { AGE, NAME, type KindTable } from './types.js';

export const endpointSliceTable: KindTable = {
  columns: [NAME, { name: 'AddressType' }, { name: 'Ports' }, { name: 'Endpoints' }, AGE],
  row(obj, { now }) {
    const o = obj as any;
    return [obj.metadata.name ?? '', o.addressType ?? '', formatPorts(o.ports ?? []), formatEndpoints(o.endpoints ?? []), age(obj.metadata.creationTimestamp, now)];
  },
};

function listWithMore(list: string[], more: boolean, count: number, max: number): string {
  const ret = list.join(',');
  if (more) return `${ret} + ${count - max} more...`;
  return ret === '' ? '<unset>' : ret;
}

function formatPorts(ports: Array<{ port?: number; name?: string }>): string {
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const p of ports) {
    if (list.length < max) list.push(p.port !== undefined && p.port !== null ? String(p.port) : p.name !== undefined ? p.name : '*');
    else if (list.length === max) more = true;
    count++;
  }
  return listWithMore(list, more, count, max);
}

function formatEndpoints(endpoints: Array<{ addresses?: string[] }>): string {
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const e of endpoints) {
    for (const a of e.addresses ?? []) {
      if (list.length < max) list.push(a);
      else if (list.length === max) more = true;
      count++;
    }
  }
  return listWithMore(list, more, count, max);
}
