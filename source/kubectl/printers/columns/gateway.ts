// The Gateway API CRDs' additionalPrinterColumns (config/crd/standard/*.yaml): a CRD's table is
// its JSONPath columns. A missing value prints empty; ACCEPTED and PROGRAMMED read the status
// conditions, which the CRDs default to Unknown ("Waiting for controller") until a controller writes them.
import type { KObject } from '../../../sim/types.js';
import { age } from '../duration.js';
import { AGE, NAME, type KindTable } from './types.js';

function condition(obj: KObject, type: string): string {
  const conds = (obj.status?.conditions ?? []) as Array<{ type?: string; status?: string }>;
  return conds.find((c) => c?.type === type)?.status ?? 'Unknown';
}

export const gatewayClassTable: KindTable = {
  columns: [NAME, { name: 'Controller' }, { name: 'Accepted' }, AGE, { name: 'Description', priority: 1 }],
  row(obj, { now, wide }) {
    const cells = [obj.metadata.name ?? '', obj.spec?.controllerName ?? '', condition(obj, 'Accepted'), age(obj.metadata.creationTimestamp, now)];
    return wide ? [...cells, obj.spec?.description ?? ''] : cells;
  },
};

export const gatewayTable: KindTable = {
  columns: [NAME, { name: 'Class' }, { name: 'Address' }, { name: 'Programmed' }, AGE],
  row(obj, { now }) {
    // .status.addresses[*].value: several results are joined by a space
    const addresses = ((obj.status?.addresses ?? []) as Array<{ value?: string }>).map((a) => a?.value ?? '').filter(Boolean).join(' ');
    return [obj.metadata.name ?? '', obj.spec?.gatewayClassName ?? '', addresses, condition(obj, 'Programmed'), age(obj.metadata.creationTimestamp, now)];
  },
};

export const httpRouteTable: KindTable = {
  columns: [NAME, { name: 'Hostnames' }, AGE],
  row(obj, { now }) {
    // .spec.hostnames is a list: the column shows it as JSON
    const h = obj.spec?.hostnames as string[] | undefined;
    return [obj.metadata.name ?? '', h?.length ? JSON.stringify(h) : '', age(obj.metadata.creationTimestamp, now)];
  },
};

export const referenceGrantTable: KindTable = {
  columns: [NAME, AGE],
  row(obj, { now }) { return [obj.metadata.name ?? '', age(obj.metadata.creationTimestamp, now)]; },
};
