// The cluster-independent part of `kubectl create service|deployment|ingress|namespace`,
// `kubectl run` and `kubectl expose`: checks in kubectl's order (name, --dry-run, -o), the
// objects built, and for --dry-run=client the output. Creating the objects in the cluster
// (and printing "service/web created") is the caller's: it gets the objects and a printer.
import type { KObject } from '../../sim/types.js';
import { dryRunStrategy, flagString, flagStrings, namespaceOf, type DryRun, type ParsedCommand } from '../args.js';
import { buildCreate, buildExpose, buildRun, type Built } from '../generators/from-args.js';
import { CHANGE_FORMATS, parseOutputFormat, type OutputFormat } from '../printers/output.js';
import { printTyped } from '../printers/typed.js';
import { parseResourceArgs, notFoundLine } from '../resource-args.js';
import type { ResourceType } from '../resources.js';
import { combine, failure, type KubectlResult } from '../result.js';

export interface GenerateContext {
  now: Date;
  /** the kubeconfig context's namespace */
  contextNamespace?: string;
  /** expose: the object a TYPE NAME argument names, if it exists */
  lookup?: (type: ResourceType, name: string, namespace: string) => KObject | undefined;
  /** expose -f: the objects in the files */
  readFiles?: (files: string[]) => KObject[] | KubectlResult;
}

export type GenerateOutcome =
  /** finished: an error, or the dry-run output */
  | { kind: 'done'; result: KubectlResult }
  /** create these in the cluster, then print the stored objects with `print` */
  | { kind: 'create'; objects: KObject[]; dryRun: DryRun; print: (stored: KObject[]) => KubectlResult };

export function runGenerateCommand(cmd: ParsedCommand, ctx: GenerateContext): GenerateOutcome {
  const verb = cmd.path[0];
  let built: Built;
  let warning = '';
  let dry = 'none' as DryRun;
  let output = { kind: 'table' } as OutputFormat;

  const prepare = (): KubectlResult | undefined => {
    const d = dryRunStrategy(cmd, ctx.now);
    if ('error' in d) return d.error;
    warning = d.warning;
    dry = d.strategy;
    const o = parseOutputFormat(flagString(cmd, 'output'), CHANGE_FORMATS);
    if (!o.ok) return failure(o.error);
    output = o.format;
    return undefined;
  };

  if (verb === 'create') {
    // Complete: name first (inside buildCreate), then dry-run and printer
    const name = cmd.path.length > 1 ? checkName(cmd) : undefined;
    if (name) return done(name);
    const err = prepare();
    if (err) return done(err);
    built = buildCreate(cmd);
  } else if (verb === 'run') {
    const err = prepare();
    if (err) return done(err);
    built = buildRun(cmd);
  } else if (verb === 'expose') {
    const err = prepare();
    if (err) return done(err);
    const targets = exposeTargets(cmd, ctx);
    if (!targets.ok) return done(targets.result);
    const results: KObject[] = [];
    for (const t of targets.objects) {
      const b = buildExpose(cmd, t);
      if (!b.ok) return done(b.result);
      results.push(...b.objects);
    }
    built = { ok: true, objects: results };
  } else {
    return done(failure(`"kubectl ${cmd.path.join(' ')}" is not a generator command`));
  }
  if (!built.ok) return done({ ...built.result, stderr: warning + built.result.stderr });

  const print = (objects: KObject[]): KubectlResult => {
    const r = printGenerated(cmd, objects, output, dry);
    return { ...r, stderr: warning + r.stderr };
  };
  if (dry === 'client') return done(print(built.objects));
  return { kind: 'create', objects: built.objects, dryRun: dry, print };
}

function done(result: KubectlResult): GenerateOutcome {
  return { kind: 'done', result };
}

/** create's NameFromCommandArgs runs before anything else (even before --dry-run is read). */
function checkName(cmd: ParsedCommand): KubectlResult | undefined {
  const r = buildCreate({ ...cmd, flags: { ...cmd.flags, 'dry-run': 'none' } });
  if (!r.ok && r.result.stderr.includes('exactly one NAME is required')) return r.result;
  return undefined;
}

function printGenerated(cmd: ParsedCommand, objects: KObject[], output: OutputFormat, dry: DryRun): KubectlResult {
  // run --expose prints the Service, then a "---" of its own before the Pod's YAML document
  if (cmd.path[0] === 'run' && objects.length === 2 && output.kind === 'yaml') {
    const svc = printTyped([objects[0]], output, 'created', dry);
    const pod = printTyped([objects[1]], output, 'created', dry);
    return combine([svc, { stdout: '---\n---\n', stderr: '', exitCode: 0 }, pod]);
  }
  return printTyped(objects, output, cmd.path[0] === 'expose' ? 'exposed' : 'created', dry);
}

function exposeTargets(cmd: ParsedCommand, ctx: GenerateContext): { ok: true; objects: KObject[] } | { ok: false; result: KubectlResult } {
  const files = flagStrings(cmd, 'filename');
  if (files.length > 0) {
    if (cmd.args.length > 0) return { ok: false, result: failure('when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well') };
    if (!ctx.readFiles) return { ok: false, result: failure('reading files is not available here') };
    const read = ctx.readFiles(files);
    if (!Array.isArray(read)) return { ok: false, result: read };
    return { ok: true, objects: read };
  }
  const parsed = parseResourceArgs(cmd.args);
  if (!parsed.ok) return parsed;
  const namespace = namespaceOf(cmd, ctx.contextNamespace);
  const objects: KObject[] = [];
  for (const req of parsed.requests) {
    for (const name of req.names) {
      const obj = ctx.lookup?.(req.type, name, namespace);
      if (!obj) return { ok: false, result: { stdout: '', stderr: notFoundLine(req.type, name), exitCode: 1 } };
      objects.push(obj);
    }
  }
  return { ok: true, objects };
}
