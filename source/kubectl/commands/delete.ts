// `kubectl delete TYPE NAME... | TYPE/NAME | -f FILE | TYPE -l SELECTOR | TYPE --all`
// (pkg/cmd/delete): `service "web" deleted` per object. Deleting a Namespace deletes what is
// in it; deleting a Deployment or ReplicaSet deletes what it owns (background cascade). An
// object the controllers made (a Deployment's pod) is deleted and made again by its owner.
import type { KObject } from '../../sim/types.js';
import { isNamespaced, objectRef } from '../../sim/meta.js';
import { dryRunStrategy, flagBool, flagInt, flagString, flagStrings } from '../args.js';
import type { CommandContext, CommandOutcome } from '../context.js';
import { resourceForObject, kindPrefix } from '../resources.js';
import { deleteObjects, storedObject } from '../api/write.js';
import { refusalText } from '../api/errors.js';
import { failure } from '../result.js';
import { resolveTargets } from './targets.js';
import type { ApiView } from '../api/view.js';

export function deleteCommand(c: CommandContext): CommandOutcome {
  const { cmd } = c;
  const dry = dryRunStrategy(cmd, c.env.now);
  if ('error' in dry) return dry.error;
  const output = flagString(cmd, 'output');
  if (output !== '' && output !== 'name') return failure(`unexpected -o output mode: ${output}. We only support '-o name'`);
  const all = flagBool(cmd, 'all');
  if (all && flagString(cmd, 'selector')) return failure('cannot set --all and --selector at the same time');
  const targets = resolveTargets(c, {
    args: cmd.args, files: flagStrings(cmd, 'filename'), recursive: flagBool(cmd, 'recursive'),
    selector: flagString(cmd, 'selector'), all, allNamespaces: flagBool(cmd, 'all-namespaces'),
  });
  if (!targets.ok) return targets.result;
  const ignoreNotFound = flagBool(cmd, 'ignore-not-found');
  const errors = ignoreNotFound ? '' : targets.errors;
  // delete.go Complete: --force means --grace-period=0 unless given; 0 without --force becomes 1
  let grace = flagBool(cmd, 'now') ? 1 : flagInt(cmd, 'grace-period');
  if (flagBool(cmd, 'force') && grace < 0) grace = 0;
  if (grace === 0 && !flagBool(cmd, 'force')) grace = 1;
  let warning = dry.warning;
  if (grace === 0) warning += 'Warning: Immediate deletion does not wait for confirmation that the running resource has been terminated. The resource may continue to run on the cluster indefinitely.\n';
  if (targets.objects.length === 0) {
    if (errors) return { stdout: '', stderr: warning + errors, exitCode: 1 };
    return { stdout: ignoreNotFound && cmd.args.length > 1 ? '' : 'No resources found\n', stderr: warning, exitCode: 0 };
  }

  let view = c.view();
  let changed = false;
  let stdout = '';
  let stderr = warning;
  let operation = grace === 0 ? 'force deleted' : 'deleted';
  if (dry.strategy === 'client') operation += ' (dry run)';
  else if (dry.strategy === 'server') operation += ' (server dry run)';
  for (const obj of targets.objects) {
    const rt = resourceForObject(obj);
    const kind = rt ? kindPrefix(rt) : obj.kind.toLowerCase();
    const line = output === 'name' ? `${kind}/${obj.metadata.name}\n` : `${kind} "${obj.metadata.name}" ${operation}\n`;
    if (dry.strategy !== 'none') { stdout += line; continue; }
    const doomed = cascade(view, obj);
    if (doomed.length) {
      const r = deleteObjects(view, doomed, c.env.now);
      if (!r.ok) { stderr += r.reason === 'Rejected' ? refusalText(r.rejected) : ''; continue; }
      view = r.view;
      changed = true;
    }
    // a derived object (a Deployment's pod, an Endpoints) is made again by its controller
    stdout += line;
  }
  return { stdout, stderr: stderr + errors, exitCode: errors ? 1 : 0, ...(changed ? { view } : {}) };
}

/** The stored objects a delete removes: the object, what it owns, and a namespace's contents. */
function cascade(view: ApiView, obj: KObject): KObject[] {
  const stored = view.stored;
  const out: KObject[] = [];
  const own = storedObject(view, objectRef(obj));
  if (own) out.push(own);
  if (obj.kind === 'Namespace') {
    const ns = obj.metadata.name;
    out.push(...stored.filter((o) => isNamespaced(o.kind) && (o.metadata?.namespace || 'default') === ns));
    return out;
  }
  // garbage collection: objects whose ownerReferences name a deleted owner, transitively
  const doomed = new Set(out.map((o) => `${o.kind}/${o.metadata.namespace}/${o.metadata.name}`));
  for (let grew = true; grew;) {
    grew = false;
    for (const o of stored) {
      const key = `${o.kind}/${o.metadata?.namespace}/${o.metadata?.name}`;
      if (doomed.has(key)) continue;
      if ((o.metadata?.ownerReferences ?? []).some((r) => doomed.has(`${r.kind}/${o.metadata.namespace}/${r.name}`))) {
        doomed.add(key); out.push(o); grew = true;
      }
    }
  }
  return out;
}
