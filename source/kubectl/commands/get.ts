// `kubectl get`, given a way to list the (simulated) API server's objects: the order of
// kubectl's checks (no type, -o, --watch, resource args), NotFound errors after what was
// found, and the printers of printers/index.ts.
import type { KObject } from '../../sim/types.js';
import { flagBool, flagString, flagStrings, namespaceOf, refuseUnsupported, type ParsedCommand } from '../args.js';
import { GET_FORMATS, parseOutputFormat, printObjects } from '../printers/index.js';
import { getWithoutType, notFoundLine, parseResourceArgs } from '../resource-args.js';
import { resourceForObject, type ResourceType } from '../resources.js';
import { failure, type KubectlResult } from '../result.js';
import type { CommandContext, CommandOutcome } from '../context.js';
import { getObject, listObjects, selectorError } from '../api/list.js';
import { readObjects } from '../api/files.js';

export interface GetContext {
  now: Date;
  contextNamespace?: string;
  /**
   * The objects of a type, as the API server lists them (namespace, then name): in
   * `namespace`, or in every namespace when it is undefined; `selector` and
   * `fieldSelector` are the -l and --field-selector texts ("" when absent).
   */
  list: (type: ResourceType, namespace: string | undefined, selector: string, fieldSelector: string) => KObject[];
}

export function runGet(cmd: ParsedCommand, ctx: GetContext): KubectlResult {
  const refused = refuseUnsupported(cmd);
  if (refused) return refused;
  const output = parseOutputFormat(flagString(cmd, 'output'), GET_FORMATS);
  if (!output.ok) return failure(output.error);
  if (cmd.args.length === 0 && flagStrings(cmd, 'filename').length === 0) return getWithoutType();
  const parsed = parseResourceArgs(cmd.args);
  if (!parsed.ok) return parsed.result;

  const allNamespaces = flagBool(cmd, 'all-namespaces');
  const namespace = namespaceOf(cmd, ctx.contextNamespace);
  const selector = flagString(cmd, 'selector');
  const fieldSelector = flagString(cmd, 'field-selector');
  const found: KObject[] = [];
  let errors = '';
  for (const req of parsed.requests) {
    const ns = req.type.namespaced ? (allNamespaces && req.names.length === 0 ? undefined : namespace) : undefined;
    const objects = ctx.list(req.type, ns, req.names.length ? '' : selector, req.names.length ? '' : fieldSelector);
    if (req.names.length === 0) { found.push(...objects); continue; }
    for (const name of req.names) {
      const obj = objects.find((o) => o.metadata.name === name);
      if (obj) found.push(obj);
      else if (!flagBool(cmd, 'ignore-not-found')) errors += notFoundLine(req.type, name);
    }
  }
  const result = printObjects(found, {
    output: output.format,
    now: ctx.now,
    showLabels: flagBool(cmd, 'show-labels'),
    allNamespaces,
    withKind: flagBool(cmd, 'show-kind') || parsed.requests.length > 1 ? true : undefined,
    noHeaders: flagBool(cmd, 'no-headers'),
    labelColumns: flagStrings(cmd, 'label-columns'),
    singleItemImplied: parsed.singleItemImplied,
    namespace,
    requested: parsed.requests.map((r) => r.type),
    showManagedFields: flagBool(cmd, 'show-managed-fields'),
  });
  if (errors === '') return result;
  // found objects print, then the errors; "No resources found" only when nothing failed
  const stderr = result.stderr.startsWith('No resources found') ? '' : result.stderr;
  return { stdout: result.stdout, stderr: stderr + errors, exitCode: 1 };
}

// ---- over the simulated cluster ------------------------------------------------------

/** `kubectl get` over the simulated API server (stored and derived objects alike). */
export function getCommand(c: CommandContext): CommandOutcome {
  const { cmd } = c;
  const files = flagStrings(cmd, 'filename');
  if (files.length > 0) return getFromFiles(c, files);
  if (flagBool(cmd, 'all-namespaces') && cmd.args.length > 1 && !cmd.args.some((a) => a.includes('/')))
    return failure('a resource cannot be retrieved by name across all namespaces');
  let refusal: string | undefined;
  const result = runGet(cmd, {
    now: c.env.now,
    contextNamespace: c.contextNamespace,
    list: (type, namespace, selector, fieldSelector) => {
      refusal ??= selectorError([type], selector, fieldSelector);
      if (refusal) return [];
      return listObjects(c.view(), type, namespace, selector, fieldSelector);
    },
  });
  if (refusal) return { stdout: '', stderr: refusal, exitCode: 1 };
  return result;
}

function getFromFiles(c: CommandContext, files: string[]): CommandOutcome {
  const read = readObjects(files, c.env, flagBool(c.cmd, 'recursive'));
  if (!read.ok) return read.result;
  const output = parseOutputFormat(flagString(c.cmd, 'output'), GET_FORMATS);
  if (!output.ok) return failure(output.error);
  const found: KObject[] = [];
  let errors = '';
  for (const { object } of read.objects) {
    const type = resourceForObject(object);
    if (!type) { errors += `error: the server doesn't have a resource type "${object.kind}"\n`; continue; }
    const ns = type.namespaced ? object.metadata.namespace || c.namespace : undefined;
    const obj = getObject(c.view(), type, ns, object.metadata.name ?? '');
    if (obj) found.push(obj); else errors += notFoundLine(type, object.metadata.name ?? '');
  }
  const r = printObjects(found, { output: output.format, now: c.env.now, namespace: c.namespace, singleItemImplied: read.objects.length === 1, showLabels: flagBool(c.cmd, 'show-labels'), noHeaders: flagBool(c.cmd, 'no-headers') });
  return { stdout: r.stdout, stderr: (errors ? '' : r.stderr) + errors, exitCode: errors ? 1 : r.exitCode };
}
