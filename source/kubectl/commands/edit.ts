// `kubectl edit TYPE NAME | TYPE/NAME | -f FILE` (pkg/cmd/util/editor/editoptions.go): the
// object goes to the editor as YAML under kubectl's comment header; saving it unchanged
// cancels ("Edit cancelled, no changes made."); an edit the API server refuses reopens the
// editor with the reasons in the header, and saving that unchanged gives up ("Edit cancelled,
// no valid changes were saved.", exit 1); an accepted edit prints "service/web edited".
import type { KObject } from '../../sim/types.js';
import { parseAllDocuments } from 'yaml';
import { canonicalJson } from '../../sim/hash.js';
import { clone } from '../../sim/meta.js';
import { formatFieldError } from '../../sim/field.js';
import { flagBool, flagString, flagStrings } from '../args.js';
import type { CommandContext, CommandOutcome, EditorAnswer } from '../context.js';
import { updateObject, type WriteFailure } from '../api/write.js';
import { qualifiedResource, statusMessage } from '../api/errors.js';
import { resolveTargets } from './targets.js';
import { derivedRefusal, isDerived } from './derived.js';
import { listOf } from '../printers/index.js';
import { toGoYaml } from '../printers/go-yaml.js';
import { toGoJson } from '../printers/go-json.js';
import { CHANGE_FORMATS, parseOutputFormat } from '../printers/output.js';
import { printResult } from './print.js';
import { resourceForObject } from '../resources.js';
import { failure } from '../result.js';

const HEADER = "# Please edit the object below. Lines beginning with a '#' will be ignored,\n"
  + '# and an empty file will abort the edit. If an error occurs while saving this file will be\n'
  + '# reopened with the relevant failures.\n'
  + '#\n';

interface Reason { head: string; other: string[] }

/** editHeader.writeTo */
function header(reasons: Reason[]): string {
  let s = HEADER;
  for (const r of reasons) {
    s += r.other.length ? `# ${hashOnLineBreak(r.head)}:\n` : `# ${hashOnLineBreak(r.head)}\n`;
    for (const o of r.other) s += `# * ${hashOnLineBreak(o)}\n`;
    s += '#\n';
  }
  return s;
}

function hashOnLineBreak(s: string): string {
  let r = '';
  for (let i = 0; i < s.length; i++) r += s[i] === '\n' && i + 1 < s.length && s[i + 1] !== '#' ? '\n# ' : s[i];
  return r;
}

/** cmdutil.ManualStrip: drop comment lines. */
function manualStrip(text: string): string {
  const lines = text.split('\n');
  return lines.filter((l) => { const t = l.trim(); return !(t.startsWith('#') && !t.startsWith('#!')); }).join('\n');
}

/** cmdutil.StripComments: the JSON the YAML reads as, else the text without comment lines. */
function stripComments(text: string): string {
  try {
    const docs = parseAllDocuments(text, { version: '1.1' });
    if (!Array.isArray(docs) || docs.some((d) => d.errors.length)) return manualStrip(text);
    return canonicalJson(docs.map((d) => d.toJS()));
  } catch {
    return manualStrip(text);
  }
}

/** hasLines: any line that is neither blank nor a comment. */
function hasLines(text: string): boolean {
  return text.split('\n').some((l) => { const t = l.trim(); return t.length > 0 && t[0] !== '#'; });
}

function withoutManagedFields(o: KObject): KObject {
  const c = clone(o);
  delete (c.metadata as Record<string, unknown>).managedFields;
  return c;
}

function answerText(a: EditorAnswer): { text: string; path?: string } | { error: string } {
  return typeof a === 'string' ? { text: a } : a;
}

export function editCommand(c: CommandContext): CommandOutcome {
  const { cmd } = c;
  const format = flagString(cmd, 'output');
  if (format !== '' && format !== 'yaml' && format !== 'json') {
    const o = parseOutputFormat(format, CHANGE_FORMATS);
    if (!o.ok) return failure(o.error);
  }
  const json = format === 'json';
  const printFormat = parseOutputFormat(format === 'yaml' || format === 'json' ? '' : format, CHANGE_FORMATS);
  if (!c.env.editor) return failure('no editor is available to kubeprep\'s kubectl emulator');
  const targets = resolveTargets(c, { args: cmd.args, files: flagStrings(cmd, 'filename'), recursive: flagBool(cmd, 'recursive') });
  if (!targets.ok) return targets.result;
  if (targets.errors) return { stdout: '', stderr: targets.errors, exitCode: 1 };
  const infos = targets.objects;
  if (infos.length === 0) return failure('edit cancelled, no objects found');
  let view = c.view();
  for (const o of infos) if (isDerived(view, o)) return derivedRefusal(o);

  const originalObj: unknown = infos.length === 1 ? withoutManagedFields(infos[0]) : { ...listOf(infos.map(withoutManagedFields)), metadata: {} };
  const render = (o: unknown) => (json ? toGoJson(o, { sortKeys: true }) : toGoYaml(o));
  const extension = json ? '.json' : '.yaml';
  let reasons: Reason[] = [];
  let containsError = false;
  let original = '';
  let edited = '';
  let file: string | undefined;
  let stdout = '';
  let stderr = '';
  let changed = false;
  const preserved = (message: string): CommandOutcome => ({
    stdout,
    stderr: stderr + (file ? `A copy of your changes has been stored to "${file}"\n` : '') + `error: ${message}\n`,
    exitCode: 1,
    ...(changed ? { view } : {}),
  });

  for (let attempt = 1; ; attempt++) {
    let buf = json ? '' : header(reasons);
    if (!containsError) { buf += render(originalObj); original = buf; }
    else buf += manualStrip(edited);
    const previous = edited;
    const answer = answerText(c.env.editor(buf, { attempt, extension }));
    if ('error' in answer) return preserved(answer.error);
    edited = answer.text;
    file = answer.path ?? file ?? `/tmp/kubectl-edit-${String(1000000000 + (c.env.now.getTime() % 1000000000)).slice(1)}${extension}`;
    if (containsError && stripComments(previous) === stripComments(edited)) return preserved('Edit cancelled, no valid changes were saved.');
    if (stripComments(original) === stripComments(edited)) return { stdout, stderr: stderr + 'Edit cancelled, no changes made.\n', exitCode: 0, ...(changed ? { view } : {}) };
    if (!hasLines(edited)) return { stdout, stderr: stderr + 'Edit cancelled, saved file was empty.\n', exitCode: 0, ...(changed ? { view } : {}) };

    reasons = [];
    // schema.ValidateBytes(StripComments(edited)): a file that is not YAML is validated without its comment lines
    const parsed = parseEdited(edited, manualStrip(edited));
    if ('error' in parsed) {
      // schema.ValidateBytes fails first: reported against the first object edited
      containsError = true;
      const type = resourceForObject(infos[0]);
      const resource = type ? qualifiedResource(type) : infos[0].kind;
      stderr += `error: ${resource} "${infos[0].metadata.name}" is invalid\n`;
      reasons.push({ head: `${resource} "${infos[0].metadata.name}" was not valid`, other: [`<nil>: Invalid value: "The edited file failed validation": ${parsed.error}`] });
      continue;
    }
    containsError = false;
    let invalid = false;
    for (const updated of parsed.objects) {
      const original = infos.find((o) => o.metadata.uid && o.metadata.uid === updated.metadata?.uid)
        ?? infos.find((o) => o.kind === updated.kind && o.metadata.name === updated.metadata?.name);
      if (!original) return preserved(`no original object found for ${updated.kind} "${updated.metadata?.name ?? ''}"`);
      if (updated.apiVersion !== original.apiVersion || updated.kind !== original.kind || updated.metadata?.name !== original.metadata.name)
        return preserved('At least one of apiVersion, kind and name was changed');
      const ns = updated.metadata?.namespace;
      if (ns && original.metadata.namespace && ns !== original.metadata.namespace)
        return preserved(`the namespace from the provided object "${ns}" does not match the namespace "${original.metadata.namespace}". You must pass '--namespace=${ns}' to perform this operation.`);
      const type = resourceForObject(original);
      const name = `${type ? qualifiedResource(type) : original.kind}`;
      if (canonicalJson(updated) === canonicalJson(withoutManagedFields(original))) {
        stdout += printResult([original], printFormat.ok ? printFormat.format : { kind: 'table' }, 'skipped', 'none', 'unstructured').stdout;
        continue;
      }
      const r = updateObject(view, { ...updated, metadata: { ...updated.metadata, namespace: original.metadata.namespace } }, original, c.env.now);
      if (!r.ok) {
        const text = editFailure(r, name, original.metadata.name ?? '', reasons);
        stderr += text.line;
        if (text.retryable) return { stdout, stderr: stderr + `You can run \`kubectl replace -f ${file}\` to try this update again.\n`, exitCode: 1, ...(changed ? { view } : {}) };
        invalid = true;
        continue;
      }
      view = r.view;
      changed = true;
      stdout += printResult([r.stored ?? updated], printFormat.ok ? printFormat.format : { kind: 'table' }, 'edited', 'none', 'unstructured').stdout;
    }
    if (!invalid) return { stdout, stderr, exitCode: 0, ...(changed ? { view } : {}) };
    containsError = true;
  }
}

/** editResults.addError */
function editFailure(f: WriteFailure, resource: string, name: string, reasons: Reason[]): { line: string; retryable: boolean } {
  if (f.reason === 'Rejected' || f.reason === 'Immutable') {
    if (f.rejected.reason === 'Invalid') {
      reasons.push({ head: `${resource} "${name}" was not valid`, other: f.rejected.errors.map(formatFieldError) });
      return { line: `error: ${resource} "${name}" is invalid\n`, retryable: false };
    }
    return { line: `error: ${resource} "${name}" could not be patched: ${statusMessage(f.rejected)}\n`, retryable: true };
  }
  const message = f.reason === 'AlreadyExists' ? `${resource} "${name}" already exists` : `namespaces "${f.namespace}" not found`;
  return { line: `error: ${resource} "${name}" could not be patched: ${message}\n`, retryable: true };
}

/** The edited text as objects, or why kubectl's validation refuses it (yaml syntax, apiVersion or kind missing). */
function parseEdited(text: string, stripped: string): { objects: KObject[] } | { error: string } {
  const syntax = parseAllDocuments(stripped, { version: '1.1' });
  for (const d of Array.isArray(syntax) ? syntax : [syntax]) if (d.errors.length) {
    const e = d.errors[0];
    return { error: `yaml: line ${e.linePos?.[0]?.line ?? 1}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}` };
  }
  const docs = parseAllDocuments(text, { version: '1.1' });
  const list = Array.isArray(docs) ? docs : [docs];
  for (const d of list) if (d.errors.length) {
    const e = d.errors[0];
    const line = e.linePos?.[0]?.line ?? 1;
    return { error: `yaml: line ${line}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}` };
  }
  const objects: KObject[] = [];
  for (const d of list) {
    const v = d.toJS();
    if (v === null || v === undefined) continue;
    if (typeof v !== 'object' || Array.isArray(v)) return { error: 'yaml: the edited file is not an object' };
    if (Array.isArray((v as { items?: unknown }).items)) objects.push(...((v as { items: KObject[] }).items));
    else objects.push(v as KObject);
  }
  for (const o of objects) {
    if (!o.apiVersion) return { error: 'apiVersion not set' };
    if (!o.kind) return { error: 'kind not set' };
  }
  return { objects };
}

