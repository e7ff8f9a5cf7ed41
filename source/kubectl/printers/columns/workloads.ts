// printers.go printDeployment and printReplicaSet (+ layoutContainerCells for -o wide).
import { age } from '../duration.js';
import { formatLabelSelector, selectorString } from '../labels.js';
import { AGE, NAME, type KindTable } from './types.js';

function containerCells(containers: Array<{ name: string; image?: string }> = []): [string, string] {
  return [containers.map((c) => c.name).join(','), containers.map((c) => c.image ?? '').join(',')];
}

export const deploymentTable: KindTable = {
  columns: [NAME, { name: 'Ready' }, { name: 'Up-to-date' }, { name: 'Available' }, AGE,
    { name: 'Containers', priority: 1 }, { name: 'Images', priority: 1 }, { name: 'Selector', priority: 1 }],
  row(obj, { now, wide }) {
    const spec = obj.spec ?? {};
    const st = (obj.status ?? {}) as any;
    const cells: Array<string | number> = [obj.metadata.name ?? '', `${st.readyReplicas ?? 0}/${spec.replicas ?? 0}`, st.updatedReplicas ?? 0, st.availableReplicas ?? 0, age(obj.metadata.creationTimestamp, now)];
    if (wide) {
      // LabelSelectorAsSelector(...).String(), "<invalid>" on error, "" when empty
      const sel = spec.selector ? selectorString(spec.selector) : '';
      cells.push(...containerCells(spec.template?.spec?.containers), sel === undefined ? '<invalid>' : sel);
    }
    return cells;
  },
};

export const replicaSetTable: KindTable = {
  columns: [NAME, { name: 'Desired' }, { name: 'Current' }, { name: 'Ready' }, AGE,
    { name: 'Containers', priority: 1 }, { name: 'Images', priority: 1 }, { name: 'Selector', priority: 1 }],
  row(obj, { now, wide }) {
    const spec = obj.spec ?? {};
    const st = (obj.status ?? {}) as any;
    const cells: Array<string | number> = [obj.metadata.name ?? '', spec.replicas ?? 0, st.replicas ?? 0, st.readyReplicas ?? 0, age(obj.metadata.creationTimestamp, now)];
    if (wide) cells.push(...containerCells(spec.template?.spec?.containers), formatLabelSelector(spec.selector));
    return cells;
  },
};
