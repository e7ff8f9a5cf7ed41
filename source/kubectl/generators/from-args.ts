// From a parsed command line to the objects kubectl would build, with kubectl's checks in
// kubectl's order (name, then the command's Validate, then the generator). The objects go
// to the cluster or, with --dry-run=client, straight to the printer (printers/typed.ts).
import type { KObject } from '../../sim/types.js';
import { flagBool, flagInt, flagString, flagStrings, type ParsedCommand } from '../args.js';
import { failure, usageError, type KubectlResult } from '../result.js';
import { createService, type ServiceType } from './service.js';
import { createDeployment } from './deployment.js';
import { createIngress } from './ingress.js';
import { createNamespace } from './namespace.js';
import { runPod, runService, validateRun } from './run.js';
import { exposeObject } from './expose.js';

export type Built = { ok: true; objects: KObject[] } | { ok: false; result: KubectlResult };

const SERVICE_TYPES: Record<string, ServiceType> = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer', externalname: 'ExternalName' };

/** kubectl's NameFromCommandArgs: exactly one NAME before any "--". */
function nameFromArgs(cmd: ParsedCommand): { ok: true; name: string } | { ok: false; result: KubectlResult } {
  const n = cmd.argsLenAtDash === -1 ? cmd.args.length : cmd.argsLenAtDash;
  if (n !== 1) return { ok: false, result: usageError(cmd.path.join(' '), `exactly one NAME is required, got ${n}`) };
  return { ok: true, name: cmd.args[0] };
}

/** The namespace written into generated objects: only an explicit -n (kubectl's EnforceNamespace). */
function enforcedNamespace(cmd: ParsedCommand): string | undefined {
  return cmd.changed.has('namespace') && flagString(cmd, 'namespace') !== '' ? flagString(cmd, 'namespace') : undefined;
}

const fail = (error: string): Built => ({ ok: false, result: failure(error) });

/** `kubectl create service|deployment|ingress|namespace ...` */
export function buildCreate(cmd: ParsedCommand): Built {
  const [, what, sub] = cmd.path;
  const namespace = enforcedNamespace(cmd);
  if (what === 'service' && sub && SERVICE_TYPES[sub]) {
    const name = nameFromArgs(cmd);
    if (!name.ok) return name;
    const r = createService({
      name: name.name, type: SERVICE_TYPES[sub], tcp: flagStrings(cmd, 'tcp'), namespace,
      clusterIP: cmd.flags.clusterip !== undefined ? flagString(cmd, 'clusterip') || undefined : undefined,
      nodePort: cmd.flags['node-port'] !== undefined ? flagInt(cmd, 'node-port') : undefined,
      externalName: cmd.flags['external-name'] !== undefined ? flagString(cmd, 'external-name') : undefined,
    });
    return r.ok ? { ok: true, objects: [r.object] } : fail(r.error);
  }
  if (what === 'deployment') {
    const name = nameFromArgs(cmd);
    if (!name.ok) return name;
    const command = cmd.argsLenAtDash >= 0 ? cmd.args.slice(cmd.argsLenAtDash) : [];
    const r = createDeployment({ name: name.name, images: flagStrings(cmd, 'image'), port: flagInt(cmd, 'port'), replicas: flagInt(cmd, 'replicas'), command, namespace });
    return r.ok ? { ok: true, objects: [r.object] } : fail(r.error);
  }
  if (what === 'ingress') {
    const name = nameFromArgs(cmd);
    if (!name.ok) return name;
    const r = createIngress({ name: name.name, rules: flagStrings(cmd, 'rule'), ingressClass: flagString(cmd, 'class'), defaultBackend: flagString(cmd, 'default-backend'), annotations: flagStrings(cmd, 'annotation'), namespace });
    return r.ok ? { ok: true, objects: [r.object] } : fail(r.error);
  }
  if (what === 'namespace') {
    const name = nameFromArgs(cmd);
    if (!name.ok) return name;
    return { ok: true, objects: [createNamespace(name.name)] };
  }
  if (what === undefined && cmd.args.length > 0 && flagStrings(cmd, 'filename').length === 0) {
    return { ok: false, result: usageError('create', `Unexpected args: [${cmd.args.join(' ')}]`) };
  }
  return fail(`"kubectl ${cmd.path.join(' ')}" is not available in kubeprep's kubectl emulator`);
}

/** `kubectl run NAME --image=...`: the Pod, and with --expose the Service first. */
export function buildRun(cmd: ParsedCommand): Built {
  const n = cmd.argsLenAtDash === -1 ? cmd.args.length : cmd.argsLenAtDash;
  if (n < 1) return { ok: false, result: usageError('run', 'NAME is required for run') };
  const name = cmd.args[0];
  const opts = {
    name, image: flagString(cmd, 'image'), port: flagString(cmd, 'port'), labels: flagString(cmd, 'labels'),
    annotations: flagStrings(cmd, 'annotations'), env: flagStrings(cmd, 'env'), restart: flagString(cmd, 'restart'),
    command: flagBool(cmd, 'command'), args: cmd.args.slice(1), imagePullPolicy: flagString(cmd, 'image-pull-policy'),
    stdin: flagBool(cmd, 'stdin'), tty: flagBool(cmd, 'tty'), leaveStdinOpen: flagBool(cmd, 'leave-stdin-open'),
    privileged: flagBool(cmd, 'privileged'), namespace: enforcedNamespace(cmd),
  };
  const invalid = validateRun(opts, flagBool(cmd, 'expose'));
  if (invalid) return { ok: false, result: usageError('run', invalid.usage) };
  const pod = runPod(opts);
  if (!pod.ok) return fail(pod.error);
  if (!flagBool(cmd, 'expose')) return { ok: true, objects: [pod.object] };
  return { ok: true, objects: [runService(opts, pod.object.metadata.labels ?? {}), pod.object] };
}

/** `kubectl expose TYPE NAME` once the caller has found the object (in the cluster or in -f). */
export function buildExpose(cmd: ParsedCommand, target: KObject): Built {
  const r = exposeObject(target, {
    port: flagString(cmd, 'port'), targetPort: flagString(cmd, 'target-port'), protocol: flagString(cmd, 'protocol'),
    type: flagString(cmd, 'type'), name: flagString(cmd, 'name'), selector: flagString(cmd, 'selector'), labels: flagString(cmd, 'labels'),
    externalIP: flagString(cmd, 'external-ip'), clusterIP: flagString(cmd, 'cluster-ip'), loadBalancerIP: flagString(cmd, 'load-balancer-ip'),
    sessionAffinity: flagString(cmd, 'session-affinity'), namespace: enforcedNamespace(cmd),
  });
  if (r.ok) return { ok: true, objects: [r.object] };
  return { ok: false, result: r.usage ? usageError('expose', r.error) : failure(r.error) };
}
