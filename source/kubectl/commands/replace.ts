// `kubectl replace -f FILE [--force]` (pkg/cmd/replace): each object replaces the stored one
// whole ("service/web replaced"); values the API server allocated are kept when the file
// leaves them out. --force deletes and creates instead.
import { flagBool, flagStrings } from '../args.js';
import { changeFlags } from './change-flags.js';
import type { CommandContext, CommandOutcome } from '../context.js';
import { readObjects } from '../api/files.js';
import { createObject, deleteObjects, updateObject } from '../api/write.js';
import { getObject } from '../api/list.js';
import { failureText, withNamespace } from './writes.js';
import { derivedRefusal, isDerived } from './derived.js';
import { namespaceMismatch } from './namespaces.js';
import { kindPrefix, resourceForObject } from '../resources.js';
import { printResult } from './print.js';
import { notFoundText, qualifiedResource } from '../api/errors.js';
import { failure, serverErrorLine } from '../result.js';

export function replaceCommand(c: CommandContext): CommandOutcome {
  const { cmd } = c;
  const flags = changeFlags(c);
  if (!flags.ok) return flags.result;
  const { output, dry } = flags;
  const files = flagStrings(cmd, 'filename');
  if (files.length === 0) return failure('must specify --filename to replace');
  const read = readObjects(files, c.env, flagBool(cmd, 'recursive'));
  if (!read.ok) return read.result;
  const force = flagBool(cmd, 'force');
  let view = c.view();
  let changed = false;
  let stdout = '';
  let errors = '';
  for (const { object, source } of read.objects) {
    const mismatch = namespaceMismatch(c, object);
    if (mismatch) { errors += `error: ${mismatch}\n`; continue; }
    const type = resourceForObject(object);
    if (!type) { errors += `error: the server doesn't have a resource type "${object.kind}"\n`; continue; }
    const obj = withNamespace(object, c);
    const live = getObject(view, type, type.namespaced ? obj.metadata.namespace : undefined, obj.metadata.name ?? '');
    if (force) {
      if (live && dry.strategy === 'none') {
        const d = deleteObjects(view, [live], c.env.now);
        if (d.ok) { view = d.view; changed = true; }
      }
      if (live) stdout += `${kindPrefix(type)} "${live.metadata.name}" deleted\n`;
      const r = dry.strategy === 'none' ? createObject(view, obj, c.env.now) : undefined;
      if (r && !r.ok) { errors += failureText(r, { kind: 'checkErr' }, { verb: 'replacing', file: source }); continue; }
      if (r?.ok) view = r.view;
      stdout += printResult([r?.ok && r.stored ? r.stored : obj], output.format, 'replaced', dry.strategy, 'unstructured').stdout;
      continue;
    }
    if (!live) { errors += notFoundText(type, obj.metadata.name ?? '', { verb: 'replacing', file: source }); continue; }
    const rv = obj.metadata.resourceVersion;
    if (rv && rv !== live.metadata.resourceVersion) {
      errors += serverErrorLine('Conflict', `error when replacing "${source}": Operation cannot be fulfilled on ${qualifiedResource(type)} "${live.metadata.name}": the object has been modified; please apply your changes to the latest version and try again`);
      continue;
    }
    if (dry.strategy === 'client') { stdout += printResult([obj], output.format, 'replaced', 'client', 'unstructured').stdout; continue; }
    if (isDerived(view, live)) { errors += derivedRefusal(live).stderr; continue; }
    const r = updateObject(view, obj, live, c.env.now);
    if (!r.ok) { errors += failureText(r, { kind: 'checkErr' }, { verb: 'replacing', file: source }); continue; }
    if (dry.strategy === 'none') { view = r.view; changed = true; }
    stdout += printResult([r.stored ?? obj], output.format, 'replaced', dry.strategy, 'unstructured').stdout;
  }
  return { stdout, stderr: dry.warning + errors, exitCode: errors ? 1 : 0, ...(changed ? { view } : {}) };
}
