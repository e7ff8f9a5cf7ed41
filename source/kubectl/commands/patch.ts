// `kubectl patch TYPE NAME -p PATCH [--type strategic|merge|json]` (pkg/cmd/patch):
// "service/web patched", or "patched (no change)" when the object came back the same.
import type { KObject } from '../../sim/types.js';
import { parseDocument } from 'yaml';
import { canonicalJson } from '../../sim/hash.js';
import { flagBool, flagString, flagStrings } from '../args.js';
import { changeFlags } from './change-flags.js';
import type { CommandContext, CommandOutcome } from '../context.js';
import { readObjects } from '../api/files.js';
import { updateObject } from '../api/write.js';
import { failureText } from './writes.js';
import { resolveTargets } from './targets.js';
import { derivedRefusal, isDerived } from './derived.js';
import { printResult } from './print.js';
import { failure, serverErrorLine } from '../result.js';
import { mergePatch, type Json } from '../patch/merge.js';
import { strategicMergePatch } from '../patch/strategic.js';
import { applyJsonPatch, type JsonPatchOp } from '../patch/json-patch.js';

const TYPES = ['json', 'merge', 'strategic'];

/** yaml.ToJSON: a patch may be written as JSON or YAML. */
export function parsePatchText(text: string): { ok: true; value: Json } | { ok: false; error: string } {
  const doc = parseDocument(text, { version: '1.1' });
  if (doc.errors.length) return { ok: false, error: `unable to parse "${text}": yaml: ${doc.errors[0].message.split('\n')[0]}` };
  return { ok: true, value: (doc.toJS() ?? null) as Json };
}

export type PatchOutcome = { ok: true; object: KObject } | { ok: false; result: { stdout: string; stderr: string; exitCode: number } };

export function applyPatch(obj: KObject, patch: Json, type: string): PatchOutcome {
  if (type === 'json') {
    if (!Array.isArray(patch)) return { ok: false, result: failure(`unable to parse "${JSON.stringify(patch)}": json: cannot unmarshal object into Go value of type jsonpatch.Patch`) };
    const r = applyJsonPatch(obj as unknown as Json, patch as unknown as JsonPatchOp[]);
    if (!r.ok) return { ok: false, result: { stdout: '', stderr: `The request is invalid: ${r.error}\n`, exitCode: 1 } };
    return { ok: true, object: r.value as unknown as KObject };
  }
  if (type === 'merge') return { ok: true, object: mergePatch(obj as unknown as Json, patch) as unknown as KObject };
  const r = strategicMergePatch(obj.kind, obj as unknown as Json, patch);
  if (!r.ok) return { ok: false, result: { stdout: '', stderr: serverErrorLine('BadRequest', r.error).replace('Error from server (BadRequest)', 'Error from server'), exitCode: 1 } };
  return { ok: true, object: r.value as unknown as KObject };
}

export function patchCommand(c: CommandContext): CommandOutcome {
  const { cmd } = c;
  const flags = changeFlags(c);
  if (!flags.ok) return flags.result;
  const { output, dry } = flags;
  const type = flagString(cmd, 'type') || 'strategic';
  if (!TYPES.includes(type)) return failure(`--type must be one of [${TYPES.join(' ')}], not "${type}"`);
  let text = flagString(cmd, 'patch');
  const patchFile = flagString(cmd, 'patch-file');
  if (text && patchFile) return failure('--patch and --patch-file are mutually exclusive');
  if (patchFile) {
    const t = c.env.readFile?.(patchFile);
    if (t === undefined) return failure(`unable to read patch file: open ${patchFile}: no such file or directory`);
    text = t;
  }
  if (!text) return failure('must specify --patch or --patch-file containing the contents of the patch');
  const parsed = parsePatchText(text);
  if (!parsed.ok) return failure(parsed.error);
  const local = flagBool(cmd, 'local');
  const files = flagStrings(cmd, 'filename');
  let objects: KObject[];
  let errors = '';
  if (local) {
    if (files.length === 0) return failure('cannot specify --local and server resources');
    const read = readObjects(files, c.env, flagBool(cmd, 'recursive'));
    if (!read.ok) return read.result;
    objects = read.objects.map((o) => o.object);
  } else {
    const t = resolveTargets(c, { args: cmd.args, files, recursive: flagBool(cmd, 'recursive') });
    if (!t.ok) return t.result;
    objects = t.objects;
    errors = t.errors;
  }
  let view = local ? undefined : c.view();
  let stdout = '';
  let changed = false;
  for (const obj of objects) {
    const patched = applyPatch(obj, parsed.value, type);
    if (!patched.ok) return { ...patched.result, stdout, ...(changed ? { view } : {}) };
    const next = patched.object;
    const same = canonicalJson(next) === canonicalJson(obj);
    if (local || dry.strategy === 'client') { stdout += printResult([next], output.format, same ? 'patched (no change)' : 'patched', dry.strategy === 'client' ? 'client' : 'none', 'unstructured').stdout; continue; }
    if (same) { stdout += printResult([obj], output.format, 'patched (no change)', dry.strategy, 'unstructured').stdout; continue; }
    if (isDerived(view!, obj)) return derivedRefusal(obj);
    const r = updateObject(view!, next, obj, c.env.now);
    if (!r.ok) return { stdout, stderr: dry.warning + failureText(r), exitCode: 1, ...(changed ? { view } : {}) };
    if (dry.strategy === 'none') { view = r.view; changed = true; }
    stdout += printResult([r.stored ?? next], output.format, 'patched', dry.strategy, 'unstructured').stdout;
  }
  return { stdout, stderr: dry.warning + errors, exitCode: errors ? 1 : 0, ...(changed ? { view } : {}) };
}
