// `kubectl scale deployment|replicaset NAME --replicas=N [--current-replicas=M]`
// (pkg/cmd/scale): "deployment.apps/web scaled". Other kinds have no scale subresource.
import { clone } from '../../sim/meta.js';
import { flagBool, flagInt, flagString, flagStrings } from '../args.js';
import { changeFlags } from './change-flags.js';
import type { CommandContext, CommandOutcome } from '../context.js';
import { updateObject } from '../api/write.js';
import { failureText } from './writes.js';
import { resolveTargets } from './targets.js';
import { isDerived } from './derived.js';
import { printResult } from './print.js';
import { failure, serverErrorLine } from '../result.js';

const SCALABLE = ['Deployment', 'ReplicaSet', 'StatefulSet', 'ReplicationController'];

export function scaleCommand(c: CommandContext): CommandOutcome {
  const { cmd } = c;
  const flags = changeFlags(c);
  if (!flags.ok) return flags.result;
  const { output, dry } = flags;
  const replicas = flagInt(cmd, 'replicas');
  if (replicas < 0) return failure('The --replicas=COUNT flag is required, and COUNT must be greater than or equal to 0');
  const t = resolveTargets(c, { args: cmd.args, files: flagStrings(cmd, 'filename'), selector: flagString(cmd, 'selector'), all: flagBool(cmd, 'all') });
  if (!t.ok) return t.result;
  if (t.objects.length === 0 && !t.errors) return failure('no objects passed to scale');
  const current = flagInt(cmd, 'current-replicas');
  let view = c.view();
  let stdout = '';
  let stderr = dry.warning;
  let changed = false;
  for (const obj of t.objects) {
    if (!SCALABLE.includes(obj.kind)) { stderr += serverErrorLine('NotFound', 'the server could not find the requested resource'); continue; }
    const now = typeof obj.spec?.replicas === 'number' ? obj.spec.replicas : 1;
    if (current >= 0 && current !== now) { stderr += `error: Expected replicas to be ${current}, was ${now}\n`; continue; }
    const next = clone(obj);
    next.spec = { ...(next.spec ?? {}), replicas };
    // a Deployment's own ReplicaSet is scaled back by the Deployment controller
    if (dry.strategy !== 'none' || now === replicas || isDerived(view, obj)) { stdout += printResult([next], output.format, 'scaled', dry.strategy, 'unstructured').stdout; continue; }
    const r = updateObject(view, next, obj, c.env.now);
    if (!r.ok) { stderr += failureText(r); continue; }
    view = r.view;
    changed = true;
    stdout += printResult([r.stored ?? next], output.format, 'scaled', 'none', 'unstructured').stdout;
  }
  stderr += t.errors;
  const failed = stderr.replace(dry.warning, '') !== '';
  return { stdout, stderr, exitCode: failed ? 1 : 0, ...(changed ? { view } : {}) };
}
