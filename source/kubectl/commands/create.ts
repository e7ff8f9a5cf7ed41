// `kubectl create -f FILE` and `kubectl create service|deployment|ingress|namespace NAME`
// over the simulated API server (pkg/cmd/create). -f creates every object it can and reports
// each failure ("error when creating FILE"); the generators stop at their one object, and
// `create service` wraps the server's refusal in "failed to create TYPE service: ...".
import { dryRunStrategy, flagBool, flagString, flagStrings } from '../args.js';
import type { CommandContext, CommandOutcome } from '../context.js';
import { runGenerateCommand } from './generate.js';
import { readObjects } from '../api/files.js';
import { createObject } from '../api/write.js';
import { createAll, failureText, withNamespace, type FailureStyle } from './writes.js';
import { CHANGE_FORMATS, parseOutputFormat } from '../printers/output.js';
import { printTyped } from '../printers/typed.js';
import { failure, usageError, type KubectlResult } from '../result.js';
import { namespaceMismatch } from './namespaces.js';

const SERVICE_TYPES: Record<string, string> = { clusterip: 'ClusterIP', nodeport: 'NodePort', loadbalancer: 'LoadBalancer', externalname: 'ExternalName' };

export function createCommand(c: CommandContext): CommandOutcome {
  const { cmd } = c;
  if (cmd.path.length === 1) {
    if (flagStrings(cmd, 'filename').length === 0) {
      if (cmd.args.length > 0) return usageError('create', `Unexpected args: [${cmd.args.join(' ')}]`);
      return failure('must specify one of -f and -k');
    }
    return createFromFiles(c);
  }
  if (flagBool(cmd, 'edit')) return failure('--edit is not available in kubeprep\'s kubectl emulator');
  const style: FailureStyle = cmd.path[1] === 'service' ? { kind: 'wrapped', prefix: `failed to create ${SERVICE_TYPES[cmd.path[2]] ?? ''} service: ` } : { kind: 'checkErr' };
  return createGenerated(c, style);
}

/** The generator commands (create ..., run, expose): build, then create unless --dry-run=client. */
export function createGenerated(c: CommandContext, style: FailureStyle = { kind: 'checkErr' }): CommandOutcome {
  const outcome = runGenerateCommand(c.cmd, {
    now: c.env.now,
    contextNamespace: c.contextNamespace,
    lookup: (type, name, namespace) => c.view().cluster.index.byRef.get(type.namespaced ? `${type.kind}/${namespace}/${name}` : `${type.kind}/${name}`),
    readFiles: (files) => {
      const read = readObjects(files, c.env, flagBool(c.cmd, 'recursive'));
      return read.ok ? read.objects.map((o) => o.object) : read.result;
    },
  });
  if (outcome.kind === 'done') return outcome.result;
  const objects = outcome.objects.map((o) => withNamespace(o, c));
  const created = createAll(c.view(), objects, c.env.now);
  if (!created.ok) {
    const printed = created.stored.length ? outcome.print(created.stored) : { stdout: '', stderr: '', exitCode: 0 };
    return { stdout: printed.stdout, stderr: printed.stderr + failureText(created.failure, style), exitCode: 1, ...(created.stored.length && outcome.dryRun === 'none' ? { view: created.view } : {}) };
  }
  const printed = outcome.print(created.stored);
  return outcome.dryRun === 'server' ? printed : { ...printed, view: created.view };
}

function createFromFiles(c: CommandContext): CommandOutcome {
  const { cmd } = c;
  const dry = dryRunStrategy(cmd, c.env.now);
  if ('error' in dry) return dry.error;
  const output = parseOutputFormat(flagString(cmd, 'output'), CHANGE_FORMATS);
  if (!output.ok) return failure(output.error);
  const read = readObjects(flagStrings(cmd, 'filename'), c.env, flagBool(cmd, 'recursive'));
  if (!read.ok) return read.result;
  if (read.objects.length === 0) return failure('no objects passed to create');
  let view = c.view();
  let changed = false;
  const results: KubectlResult[] = [];
  for (const { object, source } of read.objects) {
    const mismatch = namespaceMismatch(c, object);
    if (mismatch) { results.push(failure(mismatch)); continue; }
    const obj = withNamespace(object, c);
    if (dry.strategy === 'client') { results.push(printTyped([obj], output.format, 'created', 'client')); continue; }
    const r = createObject(view, obj, c.env.now);
    if (!r.ok) { results.push({ stdout: '', stderr: failureText(r, { kind: 'checkErr' }, { verb: 'creating', file: source }), exitCode: 1 }); continue; }
    if (dry.strategy === 'none') { view = r.view; changed = true; }
    results.push(printTyped([r.stored ?? obj], output.format, 'created', dry.strategy));
  }
  const stdout = results.map((r) => r.stdout).join('');
  const stderr = dry.warning + results.map((r) => r.stderr).join('');
  const exitCode = results.some((r) => r.exitCode !== 0) ? 1 : 0;
  return { stdout, stderr, exitCode, ...(changed ? { view } : {}) };
}
