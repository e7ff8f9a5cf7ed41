// `kubectl apply -f FILE|DIR|-` (pkg/cmd/apply, client-side apply): an object that does not
// exist is created with the kubectl.kubernetes.io/last-applied-configuration annotation; one
// that does is merged three ways (live, last applied, new) and reported "configured", or
// "unchanged" when nothing would change. Every object is tried; failures are reported after.
import type { KObject } from '../../sim/types.js';
import { canonicalJson } from '../../sim/hash.js';
import { clone } from '../../sim/meta.js';
import { flagBool, flagStrings } from '../args.js';
import { changeFlags } from './change-flags.js';
import type { CommandContext, CommandOutcome } from '../context.js';
import { readObjects } from '../api/files.js';
import { createObject, updateObject } from '../api/write.js';
import { getObject } from '../api/list.js';
import { failureText, withNamespace } from './writes.js';
import { derivedRefusal, isDerived } from './derived.js';
import { namespaceMismatch } from './namespaces.js';
import { resourceForObject } from '../resources.js';
import { printResult } from './print.js';
import { toGoJsonCompact } from '../printers/go-json.js';
import { failure } from '../result.js';
import { threeWayMerge } from '../patch/three-way.js';
import type { Json } from '../patch/merge.js';
import { qualifiedResource } from '../api/errors.js';

export const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';

/** util.GetModifiedConfiguration with annotate: the object carrying its own JSON as the annotation. */
export function withLastApplied(obj: KObject): KObject {
  const o = clone(obj);
  const annotations = { ...(o.metadata.annotations ?? {}) };
  delete annotations[LAST_APPLIED];
  o.metadata.annotations = annotations;
  const json = toGoJsonCompact(o) + '\n';
  o.metadata.annotations = { ...annotations, [LAST_APPLIED]: json };
  return o;
}

export function applyCommand(c: CommandContext): CommandOutcome {
  const { cmd } = c;
  const flags = changeFlags(c);
  if (!flags.ok) return flags.result;
  const { output, dry } = flags;
  if (flagBool(cmd, 'server-side')) return failure("--server-side apply is not available in kubeprep's kubectl emulator; use client-side apply (the default)");
  if (flagBool(cmd, 'prune')) return failure("--prune is not available in kubeprep's kubectl emulator");
  const files = flagStrings(cmd, 'filename');
  if (files.length === 0) return failure('must specify one of -f and -k');
  const read = readObjects(files, c.env, flagBool(cmd, 'recursive'));
  if (!read.ok) return read.result;
  if (read.objects.length === 0) return failure('no objects passed to apply');

  let view = c.view();
  let changed = false;
  let stdout = '';
  let stderr = dry.warning;
  let errors = '';
  for (const { object, source } of read.objects) {
    const mismatch = namespaceMismatch(c, object);
    if (mismatch) { errors += `error: ${mismatch}\n`; continue; }
    const type = resourceForObject(object);
    if (!type) { errors += `error: resource mapping not found for name: "${object.metadata?.name ?? ''}" namespace: "${object.metadata?.namespace ?? ''}" from "${source}": no matches for kind "${object.kind}" in version "${object.apiVersion ?? ''}"\nensure CRDs are installed first\n`; continue; }
    const desired = withLastApplied(withNamespace(object, c));
    const live = getObject(view, type, type.namespaced ? desired.metadata.namespace : undefined, desired.metadata.name ?? '');
    if (!live) {
      if (dry.strategy === 'client') { stdout += printResult([desired], output.format, 'created', 'client', 'unstructured').stdout; continue; }
      const r = createObject(view, desired, c.env.now);
      if (!r.ok) { errors += failureText(r, { kind: 'checkErr' }, { verb: 'creating', file: source }); continue; }
      if (dry.strategy === 'none') { view = r.view; changed = true; }
      stdout += printResult([r.stored ?? desired], output.format, 'created', dry.strategy, 'unstructured').stdout;
      continue;
    }
    const lastText = live.metadata.annotations?.[LAST_APPLIED];
    if (lastText === undefined)
      stderr += `Warning: resource ${qualifiedResource(type)}/${live.metadata.name} is missing the ${LAST_APPLIED} annotation which is required by kubectl apply. kubectl apply should only be used on resources created declaratively by either kubectl create --save-config or kubectl apply. The missing annotation will be patched automatically.\n`;
    let last: Json | undefined;
    try { last = lastText ? (JSON.parse(lastText) as Json) : undefined; } catch { last = undefined; }
    const merged = threeWayMerge(live.kind, live as unknown as Json, last, desired as unknown as Json) as unknown as KObject;
    if (canonicalJson(merged) === canonicalJson(live)) { stdout += printResult([live], output.format, 'unchanged', dry.strategy, 'unstructured').stdout; continue; }
    if (dry.strategy === 'client') { stdout += printResult([merged], output.format, 'configured', 'client', 'unstructured').stdout; continue; }
    if (isDerived(view, live)) { errors += derivedRefusal(live).stderr; continue; }
    const r = updateObject(view, merged, live, c.env.now);
    if (!r.ok) { errors += failureText(r, { kind: 'checkErr' }, { verb: 'applying', file: source }); continue; }
    if (dry.strategy === 'none') { view = r.view; changed = true; }
    stdout += printResult([r.stored ?? merged], output.format, 'configured', dry.strategy, 'unstructured').stdout;
  }
  return { stdout, stderr: stderr + errors, exitCode: errors ? 1 : 0, ...(changed ? { view } : {}) };
}

