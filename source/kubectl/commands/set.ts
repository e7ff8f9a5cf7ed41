// `kubectl set selector` (replaces a Service's selector whole: "service/web selector updated")
// and `kubectl set image` ("deployment.apps/web image updated"), pkg/cmd/set.
import type { KObject } from '../../sim/types.js';
import { canonicalJson } from '../../sim/hash.js';
import { clone } from '../../sim/meta.js';
import { parseSelector } from '../../sim/selectors.js';
import { flagBool, flagString, flagStrings } from '../args.js';
import { changeFlags } from './change-flags.js';
import type { CommandContext, CommandOutcome } from '../context.js';
import { readObjects } from '../api/files.js';
import { updateObject } from '../api/write.js';
import { failureText } from './writes.js';
import { resolveTargets } from './targets.js';
import { derivedRefusal, isDerived } from './derived.js';
import { printResult } from './print.js';
import { failure, usageError } from '../result.js';

/** metav1.ParseToLabelSelector, kept as a map when it only has equality terms. */
function parseToLabelSelector(text: string): { matchLabels: Record<string, string>; expressions: boolean } | { error: string } {
  const parsed = parseSelector(text);
  if (!parsed.ok) return { error: parsed.error };
  const matchLabels: Record<string, string> = {};
  let expressions = false;
  for (const r of parsed.selector.matchExpressions ?? []) {
    if (r.operator === 'In' && r.values?.length === 1) matchLabels[r.key] = r.values[0];
    else expressions = true;
  }
  return { matchLabels, expressions };
}

/** The object as a typed Go struct prints it: creationTimestamp null, a Service's empty status. */
function typed(obj: KObject): KObject {
  const o = clone(obj);
  if (o.metadata.creationTimestamp === undefined) o.metadata = { ...o.metadata, creationTimestamp: null as unknown as string };
  if (o.kind === 'Service' && o.status === undefined) o.status = { loadBalancer: {} };
  return o;
}

export function setSelectorCommand(c: CommandContext): CommandOutcome {
  const { cmd } = c;
  const flags = changeFlags(c);
  if (!flags.ok) return flags.result;
  const { output, dry } = flags;
  const files = flagStrings(cmd, 'filename');
  const resources = cmd.args.slice(0, -1);
  const expression = cmd.args[cmd.args.length - 1];
  const selector = expression === undefined ? undefined : parseToLabelSelector(expression);
  if (selector && 'error' in selector) return failure(selector.error);
  if (resources.length < 1 && files.length === 0) return usageError('set selector', 'one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (!selector) return failure('one selector is required');
  const local = flagBool(cmd, 'local');
  let objects: KObject[];
  let errors = '';
  if (local) {
    const read = readObjects(files, c.env, flagBool(cmd, 'recursive'));
    if (!read.ok) return read.result;
    objects = read.objects.map((o) => o.object);
  } else {
    const t = resolveTargets(c, { args: resources, files, recursive: flagBool(cmd, 'recursive'), all: flagBool(cmd, 'all') });
    if (!t.ok) return t.result;
    objects = t.objects;
    errors = t.errors;
  }
  let view = local ? undefined : c.view();
  let stdout = '';
  let stderr = dry.warning;
  let changed = false;
  for (const obj of objects) {
    if (obj.kind !== 'Service') return failure('setting a selector is only supported for Services');
    if (selector.expressions) return failure('cannot use set-based selectors (in, notin, exists) in a Service selector');
    const next = clone(obj);
    next.spec = { ...(next.spec ?? {}), selector: { ...selector.matchLabels } };
    if (local || dry.strategy === 'client') { stdout += printResult([typed(next)], output.format, 'selector updated', dry.strategy === 'client' ? 'client' : 'none', 'typed').stdout; continue; }
    if (isDerived(view!, obj)) return derivedRefusal(obj);
    const r = updateObject(view!, next, obj, c.env.now);
    if (!r.ok) { stderr += failureText(r); return { stdout, stderr: stderr + errors, exitCode: 1, ...(changed ? { view } : {}) }; }
    if (dry.strategy === 'none') { view = r.view; changed = true; }
    stdout += printResult([r.stored ?? next], output.format, 'selector updated', dry.strategy, 'typed').stdout;
  }
  return { stdout, stderr: stderr + errors, exitCode: errors ? 1 : 0, ...(changed ? { view } : {}) };
}

export function setImageCommand(c: CommandContext): CommandOutcome {
  const { cmd } = c;
  const flags = changeFlags(c);
  if (!flags.ok) return flags.result;
  const { output, dry } = flags;
  const resources = cmd.args.filter((a) => !a.includes('='));
  const pairs = cmd.args.filter((a) => a.includes('='));
  if (pairs.length === 0) return usageError('set image', 'at least one image update is required');
  const images: Record<string, string> = {};
  for (const p of pairs) {
    const i = p.indexOf('=');
    images[p.slice(0, i)] = p.slice(i + 1);
  }
  const t = resolveTargets(c, { args: resources, files: flagStrings(cmd, 'filename'), selector: flagString(cmd, 'selector'), all: flagBool(cmd, 'all') });
  if (!t.ok) return t.result;
  let view = c.view();
  let stdout = '';
  let changed = false;
  for (const obj of t.objects) {
    const next = clone(obj);
    const spec = obj.kind === 'Pod' ? next.spec : next.spec?.template?.spec;
    if (!spec) return failure(`${obj.kind.toLowerCase()}/${obj.metadata.name} has no containers`);
    const containers: Array<{ name: string; image?: string }> = [...(spec.initContainers ?? []), ...(spec.containers ?? [])];
    for (const name of Object.keys(images)) {
      const targets = name === '*' ? containers : containers.filter((x) => x.name === name);
      if (targets.length === 0) return { stdout, stderr: `error: unable to find container named "${name}"\n`, exitCode: 1, ...(changed ? { view } : {}) };
      for (const x of targets) x.image = images[name];
    }
    if (dry.strategy === 'client') { stdout += printResult([next], output.format, 'image updated', 'client', 'unstructured').stdout; continue; }
    if (isDerived(view, obj)) return derivedRefusal(obj);
    if (canonicalJson(next) === canonicalJson(obj)) { stdout += printResult([obj], output.format, 'image updated', dry.strategy, 'unstructured').stdout; continue; }
    const r = updateObject(view, next, obj, c.env.now);
    if (!r.ok) return { stdout, stderr: failureText(r), exitCode: 1, ...(changed ? { view } : {}) };
    if (dry.strategy === 'none') { view = r.view; changed = true; }
    stdout += printResult([r.stored ?? next], output.format, 'image updated', dry.strategy, 'unstructured').stdout;
  }
  return { stdout, stderr: dry.warning + t.errors, exitCode: t.errors ? 1 : 0, ...(changed ? { view } : {}) };
}
