// `kubectl exec POD|TYPE/NAME [-c CONTAINER] -- COMMAND [ARGS...]` (pkg/cmd/exec): the
// command runs in the simulated pod (exec/tools.ts); a non-zero exit prints "command
// terminated with exit code N" and kubectl exits with N. Interactive shells cannot be
// emulated, and say so.
import type { Pod } from '../../sim/types.js';
import type { Cluster } from '../../sim/cluster.js';
import { flagBool, flagString } from '../args.js';
import type { CommandContext, CommandOutcome } from '../context.js';
import { getObject, listObjects } from '../api/list.js';
import { notFoundText } from '../api/errors.js';
import { resolveResourceType, RESOURCES } from '../resources.js';
import { runTool } from '../exec/tools.js';
import { matchesSelector } from '../../sim/selectors.js';
import { failure, usageError, type KubectlResult } from '../result.js';

const INTERACTIVE = "an interactive shell is not available in kubeprep's kubectl emulator; run one command at a time, for example: kubectl exec POD -- wget -qO- http://SERVICE";

/** The pod a TYPE/NAME names (polymorphichelpers.AttachablePodForObject: the first of a workload's pods). */
export function podFor(c: CommandContext, target: string): { ok: true; pod: Pod } | { ok: false; result: KubectlResult } {
  const view = c.view();
  const slash = target.indexOf('/');
  const typeName = slash >= 0 ? target.slice(0, slash) : 'pod';
  const name = slash >= 0 ? target.slice(slash + 1) : target;
  const type = resolveResourceType(typeName);
  if (!type) return { ok: false, result: failure(`the server doesn't have a resource type "${typeName}"`) };
  const obj = getObject(view, type, type.namespaced ? c.namespace : undefined, name);
  if (!obj) return { ok: false, result: { stdout: '', stderr: notFoundText(type, name), exitCode: 1 } };
  if (obj.kind === 'Pod') return { ok: true, pod: obj as Pod };
  const selector = obj.kind === 'Service' ? (obj.spec?.selector ? { matchLabels: obj.spec.selector } : undefined) : obj.spec?.selector;
  const pods = listObjects(view, RESOURCES.find((r) => r.kind === 'Pod')!, c.namespace).filter((p) => selector && matchesSelector(p.metadata.labels, selector));
  const running = pods.filter((p) => p.status?.phase === 'Running');
  const pod = (running.length ? running : pods)[0];
  if (!pod) return { ok: false, result: failure(`cannot attach to ${obj.kind.toLowerCase()}/${name}: no pods found`) };
  return { ok: true, pod: pod as Pod };
}

/** Run a command in a pod as `kubectl exec` reports it. */
export function execInPod(cluster: Cluster, pod: Pod, container: string, argv: string[], now: Date): KubectlResult {
  const containers = pod.spec?.containers ?? [];
  let stderr = '';
  if (container && !containers.some((x) => x.name === container)) return failure(`unable to upgrade connection: container not found ("${container}")`);
  if (!container && containers.length > 1) stderr += `Defaulted container "${containers[0].name}" out of: ${containers.map((x) => x.name).join(', ')}\n`;
  const r = runTool(cluster, pod, argv, now);
  if (r.exitCode === -1) return failure(INTERACTIVE);
  if (r.exitCode === 127) {
    return { stdout: '', stderr: stderr + `error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec: OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0]}": executable file not found in $PATH: unknown\n`, exitCode: 1 };
  }
  stderr += r.stderr;
  if (r.exitCode !== 0) stderr += `command terminated with exit code ${r.exitCode}\n`;
  return { stdout: r.stdout, stderr, exitCode: r.exitCode };
}

export function execCommand(c: CommandContext): CommandOutcome {
  const { cmd } = c;
  const dash = cmd.argsLenAtDash;
  const before = dash < 0 ? cmd.args : cmd.args.slice(0, dash);
  const command = dash < 0 ? [] : cmd.args.slice(dash);
  if (before.length === 0) return usageError('exec', 'pod, type/name or --filename must be specified');
  if (dash < 0 && before.length > 1) return usageError('exec', 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
  if (before.length > 1) return usageError('exec', 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
  if (command.length === 0) return usageError('exec', 'you must specify at least one command for the container');
  const target = podFor(c, before[0]);
  if (!target.ok) return target.result;
  const pod = target.pod;
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return failure(`cannot exec into a container in a completed pod; current phase is ${phase}`);
  if (!pod.status?.podIP && !(pod.spec as { hostNetwork?: boolean }).hostNetwork) return failure(`unable to upgrade connection: pod does not exist`);
  if (flagBool(cmd, 'stdin') && flagBool(cmd, 'tty') && /^(ba|a)?sh$/.test(command[0].split('/').pop() ?? '') && command.length === 1) return failure(INTERACTIVE);
  return execInPod(c.view().cluster, pod, flagString(cmd, 'container'), command, c.env.now);
}

