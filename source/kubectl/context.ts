// What every command gets: the parsed command line, the environment it runs in (the state,
// the clock, files, stdin, the editor) and a lazily built view of the simulated API server.
// Commands return a result and, when they changed the cluster, the new view.
import type { KObject } from '../sim/types.js';
import type { ParsedCommand } from './args.js';
import { namespaceOf } from './args.js';
import type { KubectlResult } from './result.js';
import { viewOf, type ApiView } from './api/view.js';
import type { FileAccess } from './api/files.js';

/** What the editor gives back: the saved text (and where it was kept), or why it failed. */
export type EditorAnswer = string | { text: string; path?: string } | { error: string };

export interface KubectlEnv extends FileAccess {
  /** The user's objects (as the API server stored them after earlier commands). */
  state: KObject[];
  /** Start from a fresh kubeadm cluster around the state. */
  kubeadm?: boolean;
  now: Date;
  /** The kubeconfig context's namespace (default "default"). */
  namespace?: string;
  /** `kubectl edit`: open the text in the user's editor; `attempt` counts reopenings from 1. */
  editor?: (text: string, info: { attempt: number; extension: string }) => EditorAnswer;
}

export interface CommandContext {
  cmd: ParsedCommand;
  env: KubectlEnv;
  /** The context's namespace. */
  contextNamespace: string;
  /** -n, else the context's namespace. */
  namespace: string;
  /** Whether -n was given (kubectl's enforceNamespace). */
  enforceNamespace: boolean;
  view(): ApiView;
}

export interface CommandOutcome extends KubectlResult {
  /** Set when the command changed the cluster. */
  view?: ApiView;
}

export function commandContext(cmd: ParsedCommand, env: KubectlEnv): CommandContext {
  const contextNamespace = env.namespace || 'default';
  let view: ApiView | undefined;
  return {
    cmd, env, contextNamespace,
    namespace: namespaceOf(cmd, contextNamespace),
    enforceNamespace: cmd.changed.has('namespace') && cmd.flags.namespace !== '',
    view: () => (view ??= viewOf(env.state, { kubeadm: env.kubeadm, now: env.now })),
  };
}
