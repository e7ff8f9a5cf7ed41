// printers.go printEndpoints / formatEndpoints: ready addresses with each port, three at
// most then "+ N more...", "<none>" without subsets. Addresses print in the object's
// order (the endpoints controller sorts them).
import { age } from '../duration.js';
import { AGE, NAME, type KindTable } from './types.js';

export const endpointsTable: KindTable = {
  columns: [NAME, { name: 'Endpoints' }, AGE],
  row(obj, { now }) {
    return [obj.metadata.name ?? '', formatEndpoints((obj as any).subsets), age(obj.metadata.creationTimestamp, now)];
  },
};

interface Subset { addresses?: Array<{ ip: string }>; ports?: Array<{ port: number }> }

export function formatEndpoints(subsets: Subset[] | undefined): string {
  if (!subsets || subsets.length === 0) return '<none>';
  const list: string[] = [];
  const max = 3;
  let more = false;
  let count = 0;
  for (const ss of subsets) {
    const addresses = ss.addresses ?? [];
    if (!ss.ports || ss.ports.length === 0) {
      // headless services may have no ports
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) { more = true; break; }
        list.push(a.ip);
      }
      continue;
    }
    for (const port of ss.ports) {
      count += addresses.length;
      for (const a of addresses) {
        if (list.length === max) { more = true; break; }
        list.push(joinHostPort(a.ip, port.port));
      }
    }
  }
  const ret = list.join(',');
  return more ? `${ret} + ${count - max} more...` : ret;
}

/** net.JoinHostPort: IPv6 addresses in brackets */
export function joinHostPort(host: string, port: number): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}
