// `kubectl run NAME --image=IMAGE [...]`: creates the pod ("pod/NAME created"). Attached
// (-i/-t/--attach), the command runs in the new pod and its output is shown; with --rm the
// pod is deleted afterwards (`pod "tmp" deleted`), so
// `kubectl run tmp --rm -it --image=busybox --restart=Never -- wget -qO- http://web` tests a
// Service from a throwaway pod, as in the exam.
import type { KObject, Pod } from '../../sim/types.js';
import { clone } from '../../sim/meta.js';
import { dryRunStrategy, flagBool } from '../args.js';
import type { CommandContext, CommandOutcome } from '../context.js';
import { createGenerated } from './create.js';
import { buildRun } from '../generators/from-args.js';
import { createObject, deleteObjects } from '../api/write.js';
import { failureText, withNamespace } from './writes.js';
import { runTool } from '../exec/tools.js';
import { rfc3339 } from '../api/metadata.js';
import { failure } from '../result.js';

export function runCommand(c: CommandContext): CommandOutcome {
  const { cmd } = c;
  const attach = flagBool(cmd, 'stdin') || flagBool(cmd, 'tty') || flagBool(cmd, 'attach');
  const rm = flagBool(cmd, 'rm');
  if (rm && !attach) return failure('--rm should only be used for attached containers');
  if (!attach) return createGenerated(c);
  const dry = dryRunStrategy(cmd, c.env.now);
  if ('error' in dry) return dry.error;
  if (dry.strategy !== 'none') return failure("can't be used with attached containers options (--attach, --stdin, or --tty)");
  if (flagBool(cmd, 'expose')) return failure("--expose is not available with an attached container in kubeprep's kubectl emulator");
  const built = buildRun(cmd);
  if (!built.ok) return built.result;
  const pod = withNamespace(built.objects[0], c) as Pod;
  const argv = cmd.argsLenAtDash >= 0 ? cmd.args.slice(cmd.argsLenAtDash) : cmd.args.slice(1);
  if (argv.length === 0) return failure("an interactive shell is not available in kubeprep's kubectl emulator; give the command to run after --, for example: kubectl run tmp --rm -i --image=busybox --restart=Never -- wget -qO- http://SERVICE");

  // the pod is created, scheduled and given an address; then the command runs in it
  const created = createObject(c.view(), pod, c.env.now);
  if (!created.ok) return { stdout: '', stderr: failureText(created), exitCode: 1 };
  const running = created.view.cluster.index.pods.get(`${pod.metadata.namespace}/${pod.metadata.name}`)!;
  const r = runTool(created.view.cluster, running, argv, c.env.now);
  if (r.exitCode === -1 || r.exitCode === 127) {
    const msg = r.exitCode === -1 ? "an interactive shell is not available in kubeprep's kubectl emulator" : `exec: "${argv[0]}": executable file not found in $PATH`;
    if (rm) return { stdout: `pod "${pod.metadata.name}" deleted\n`, stderr: `error: ${msg}\n`, exitCode: 1 };
    return { stdout: '', stderr: `error: ${msg}\n`, exitCode: 1, view: created.view };
  }
  let stdout = r.stdout;
  let stderr = r.stderr;
  const exitCode = r.exitCode;
  let view = created.view;
  if (rm) {
    const d = deleteObjects(view, [running], c.env.now);
    if (d.ok) view = d.view;
    stdout += `pod "${pod.metadata.name}" deleted\n`;
  } else {
    // the command has finished: the pod stays, Completed or in Error
    const done = finished(running, exitCode, c.env.now);
    const stored = created.stored ?? running;
    const w = deleteObjects(view, [stored], c.env.now);
    if (w.ok) { const again = createObject(w.view, done, c.env.now); if (again.ok) view = again.view; }
  }
  if (exitCode !== 0) stderr += `pod ${pod.metadata.namespace}/${pod.metadata.name} terminated (Error)\n`;
  // with --rm the cluster ends as it began
  return rm ? { stdout, stderr, exitCode } : { stdout, stderr, exitCode, view };
}

function finished(pod: KObject, exitCode: number, now: Date): KObject {
  const p = clone(pod);
  const reason = exitCode === 0 ? 'Completed' : 'Error';
  const started = p.metadata.creationTimestamp;
  p.status = {
    ...(p.status ?? {}),
    phase: exitCode === 0 ? 'Succeeded' : 'Failed',
    conditions: [{ type: 'Ready', status: 'False', reason: 'PodCompleted' }, { type: 'PodScheduled', status: 'True' }],
    containerStatuses: (p.spec?.containers ?? []).map((x: { name: string; image?: string }) => ({
      name: x.name, image: x.image ?? '', imageID: '', ready: false, restartCount: 0, started: false,
      state: { terminated: { exitCode, reason, startedAt: started, finishedAt: rfc3339(now) } },
    })),
  };
  return p;
}
