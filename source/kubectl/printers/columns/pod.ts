// printers.go printPod: READY counts ready running containers (restartable init containers
// too), STATUS is the phase or the most telling container reason (waiting/terminated,
// Init:..., Terminating), RESTARTS adds "(X ago)" after a restart; wide adds IP, NODE,
// NOMINATED NODE and READINESS GATES.
import { age } from '../duration.js';
import { AGE, NAME, type KindTable } from './types.js';

export const podTable: KindTable = {
  columns: [NAME, { name: 'Ready' }, { name: 'Status' }, { name: 'Restarts' }, AGE,
    { name: 'IP', priority: 1 }, { name: 'Node', priority: 1 }, { name: 'Nominated Node', priority: 1 }, { name: 'Readiness Gates', priority: 1 }],
  row(obj, { now, wide }) {
    const pod = obj as any;
    const spec = pod.spec ?? {};
    const status = pod.status ?? {};
    let restarts = 0;
    let restartableInitRestarts = 0;
    let totalContainers = (spec.containers ?? []).length;
    let readyContainers = 0;
    let lastRestart = 0;
    let lastRestartableInitRestart = 0;
    const phase: string = status.phase ?? '';
    let reason: string = status.reason || phase;
    for (const c of status.conditions ?? []) {
      if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';
    }
    const initContainers = new Map<string, any>();
    for (const c of spec.initContainers ?? []) {
      initContainers.set(c.name, c);
      if (isRestartable(c)) totalContainers++;
    }
    let initializing = false;
    const initStatuses: any[] = status.initContainerStatuses ?? [];
    for (let i = 0; i < initStatuses.length; i++) {
      const c = initStatuses[i];
      restarts += c.restartCount ?? 0;
      const finished = time(c.lastState?.terminated?.finishedAt);
      if (finished > lastRestart) lastRestart = finished;
      const restartable = isRestartable(initContainers.get(c.name));
      if (restartable) {
        restartableInitRestarts += c.restartCount ?? 0;
        if (finished > lastRestartableInitRestart) lastRestartableInitRestart = finished;
      }
      const term = c.state?.terminated;
      const wait = c.state?.waiting;
      if (term && (term.exitCode ?? 0) === 0) continue;
      if (restartable && c.started === true) { if (c.ready) readyContainers++; continue; }
      if (term) {
        reason = term.reason ? `Init:${term.reason}` : term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode ?? 0}`;
      } else if (wait?.reason && wait.reason !== 'PodInitializing') {
        reason = `Init:${wait.reason}`;
      } else {
        reason = `Init:${i}/${(spec.initContainers ?? []).length}`;
      }
      initializing = true;
      break;
    }
    const initialized = (status.conditions ?? []).some((c: any) => c.type === 'Initialized' && c.status === 'True');
    if (!initializing || initialized) {
      restarts = restartableInitRestarts;
      lastRestart = lastRestartableInitRestart;
      let hasRunning = false;
      const statuses: any[] = status.containerStatuses ?? [];
      for (let i = statuses.length - 1; i >= 0; i--) {
        const c = statuses[i];
        restarts += c.restartCount ?? 0;
        const finished = time(c.lastState?.terminated?.finishedAt);
        if (finished > lastRestart) lastRestart = finished;
        const wait = c.state?.waiting;
        const term = c.state?.terminated;
        if (wait?.reason) reason = wait.reason;
        else if (term?.reason) reason = term.reason;
        else if (term) reason = term.signal ? `Signal:${term.signal}` : `ExitCode:${term.exitCode ?? 0}`;
        else if (c.ready && c.state?.running) { hasRunning = true; readyContainers++; }
      }
      if (reason === 'Completed' && hasRunning) {
        reason = (status.conditions ?? []).some((c: any) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
      }
    }
    if (pod.metadata.deletionTimestamp && status.reason === 'NodeLost') reason = 'Unknown';
    else if (pod.metadata.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed') reason = 'Terminating';

    let restartsText = String(restarts);
    if (restarts !== 0 && lastRestart > 0) restartsText = `${restarts} (${age(new Date(lastRestart).toISOString(), now)} ago)`;
    const cells: Array<string | number> = [obj.metadata.name ?? '', `${readyContainers}/${totalContainers}`, reason, restartsText, age(obj.metadata.creationTimestamp, now)];
    if (wide) {
      const podIP = status.podIPs?.length ? status.podIPs[0].ip : '';
      let gates = '<none>';
      if (spec.readinessGates?.length) {
        let trueConditions = 0;
        for (const g of spec.readinessGates) {
          const c = (status.conditions ?? []).find((x: any) => x.type === g.conditionType);
          if (c?.status === 'True') trueConditions++;
        }
        gates = `${trueConditions}/${spec.readinessGates.length}`;
      }
      cells.push(podIP || '<none>', spec.nodeName || '<none>', status.nominatedNodeName || '<none>', gates);
    }
    return cells;
  },
};

const isRestartable = (c: any) => c?.restartPolicy === 'Always';
const time = (t: string | undefined) => (t ? Date.parse(t) || 0 : 0);
