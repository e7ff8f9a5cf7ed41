// printers.go printNamespace, printNode (status from the Ready condition, roles from
// node-role.kubernetes.io/* and kubernetes.io/role labels) and printConfigMap.
import { age } from '../duration.js';
import { AGE, NAME, type KindTable } from './types.js';

export const namespaceTable: KindTable = {
  columns: [NAME, { name: 'Status' }, AGE],
  row(obj, { now }) {
    return [obj.metadata.name ?? '', obj.status?.phase ?? '', age(obj.metadata.creationTimestamp, now)];
  },
};

export const nodeTable: KindTable = {
  columns: [NAME, { name: 'Status' }, { name: 'Roles' }, AGE, { name: 'Version' },
    { name: 'Internal-IP', priority: 1 }, { name: 'External-IP', priority: 1 }, { name: 'OS-Image', priority: 1 },
    { name: 'Kernel-Version', priority: 1 }, { name: 'Container-Runtime', priority: 1 }],
  row(obj, { now, wide }) {
    const st = (obj.status ?? {}) as any;
    const status: string[] = [];
    const ready = (st.conditions ?? []).filter((c: any) => c.type === 'Ready').pop();
    if (ready) status.push(ready.status === 'True' ? 'Ready' : 'NotReady');
    if (status.length === 0) status.push('Unknown');
    if (obj.spec?.unschedulable) status.push('SchedulingDisabled');
    const roles = new Set<string>();
    for (const [k, v] of Object.entries(obj.metadata.labels ?? {})) {
      if (k.startsWith('node-role.kubernetes.io/')) { const role = k.slice('node-role.kubernetes.io/'.length); if (role) roles.add(role); }
      else if (k === 'kubernetes.io/role' && v) roles.add(v);
    }
    const info = st.nodeInfo ?? {};
    const cells: Array<string | number> = [obj.metadata.name ?? '', status.join(','), [...roles].sort().join(',') || '<none>', age(obj.metadata.creationTimestamp, now), info.kubeletVersion ?? ''];
    if (wide) {
      const addr = (type: string) => (st.addresses ?? []).find((a: any) => a.type === type)?.address ?? '<none>';
      cells.push(addr('InternalIP'), addr('ExternalIP'), info.osImage || '<unknown>', info.kernelVersion || '<unknown>', info.containerRuntimeVersion || '<unknown>');
    }
    return cells;
  },
};

export const configMapTable: KindTable = {
  columns: [NAME, { name: 'Data' }, AGE],
  row(obj, { now }) {
    const o = obj as any;
    return [obj.metadata.name ?? '', Object.keys(o.data ?? {}).length + Object.keys(o.binaryData ?? {}).length, age(obj.metadata.creationTimestamp, now)];
  },
};

/** The table the API server gives objects without a printer of their own (tableconvertor default). */
export const defaultTable: KindTable = {
  columns: [NAME, AGE],
  row(obj, { now }) { return [obj.metadata.name ?? '', age(obj.metadata.creationTimestamp, now)]; },
};
