// `kubectl ARGS...` over a simulated cluster, pure over its environment: the words are parsed
// as kubectl parses them, the command runs against a view of the state (the user's objects)
// built into the simulator, and every change goes through the simulated API server, which
// may refuse it as Kubernetes would. The result carries the new state (the old one when the
// command failed or changed nothing).
import type { KObject } from '../sim/types.js';
import { parseCommandLine } from './args.js';
import { commandContext, type CommandContext, type CommandOutcome, type KubectlEnv } from './context.js';
import { failure, type KubectlResult } from './result.js';
import { COMMANDS } from './commands/index.js';

export type { KubectlEnv, EditorAnswer } from './context.js';

export interface KubectlRun extends KubectlResult {
  /** The user's objects after the command (the same array when nothing changed). */
  state: KObject[];
  changed: boolean;
}

const OVERVIEW = `kubectl controls the Kubernetes cluster manager (here, kubeprep's simulated cluster).

 Commands the emulator runs:
  get, describe, create, expose, run, apply, edit, patch, replace, label, annotate,
  set selector, set image, scale, rollout status|history|undo|restart, delete, explain,
  exec (curl, wget, nc, nslookup), proxy, port-forward, api-resources, version

Usage:
  kubectl [flags] [options]
`;

export function runKubectl(words: string[], env: KubectlEnv): KubectlRun {
  const unchanged = (r: KubectlResult): KubectlRun => ({ stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode, state: env.state, changed: false });
  const parsed = parseCommandLine(words);
  if (!parsed.ok) return unchanged(parsed.result);
  const cmd = parsed.command;
  const key = cmd.path.join(' ');
  if (key === '') return unchanged(words.length === 0 ? { stdout: OVERVIEW, stderr: '', exitCode: 0 } : failure(`unknown command "${words[0]}" for "kubectl"`));
  if (cmd.help) return unchanged({ stdout: `kubectl ${key}: see the real kubectl's "kubectl ${key} --help"; kubeprep emulates the command, not its help text.\n`, stderr: '', exitCode: 0 });
  const handler = COMMANDS[key];
  if (!handler) return unchanged(failure(`"kubectl ${key}" is not available in kubeprep's kubectl emulator`));
  const c: CommandContext = commandContext(cmd, env);
  const out: CommandOutcome = handler(c);
  const result = { stdout: out.stdout, stderr: out.stderr, exitCode: out.exitCode };
  if (!out.view) return unchanged(result);
  return { ...result, state: out.view.stored, changed: true };
}
