// `kubectl label` and `kubectl annotate` (pkg/cmd/label, pkg/cmd/annotate): KEY=VALUE sets,
// KEY- removes; an existing different value needs --overwrite; --local -f prints the changed
// file object without asking the server; --list prints the current values.
import type { KObject } from '../../sim/types.js';
import { canonicalJson } from '../../sim/hash.js';
import { clone } from '../../sim/meta.js';
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

type Field = 'labels' | 'annotations';

/** cmdutil.GetResourcesAndPairs */
export function splitPairs(args: string[], pairType: string): { resources: string[]; pairs: string[] } | { error: string } {
  const resources: string[] = [];
  const pairs: string[] = [];
  let found = false;
  for (const s of args) {
    const pair = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (pair) { found = true; pairs.push(s); } else if (!found) resources.push(s);
    else return { error: `all resources must be specified before ${pairType} changes: ${s}` };
  }
  return { resources, pairs };
}

const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;

function parsePairs(pairs: string[], field: Field): { set: Record<string, string>; remove: string[] } | { error: string } {
  const set: Record<string, string> = {};
  const remove: string[] = [];
  for (const p of pairs) {
    if (p.includes('=')) {
      const parts = field === 'labels' ? p.split('=') : [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)];
      if (parts.length !== 2 || parts[0] === '') return { error: field === 'labels' ? `invalid label spec: ${p}` : `invalid annotation format: ${p}` };
      if (field === 'labels' && (parts[1].length > 63 || !LABEL_VALUE.test(parts[1])))
        return { error: `invalid label value: "${p}": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')` };
      set[parts[0]] = parts[1];
    } else {
      remove.push(p.slice(0, -1));
    }
  }
  for (const k of remove) if (k in set) return { error: `can not both modify and remove ${field === 'labels' ? 'a label' : 'an annotation'} in the same command` };
  return { set, remove };
}

function overwriteError(obj: KObject, field: Field, set: Record<string, string>): string | undefined {
  const current = (obj.metadata[field] ?? {}) as Record<string, string>;
  const clashes = Object.keys(set).filter((k) => k in current && current[k] !== set[k] && !(field === 'annotations' && k === 'kubernetes.io/change-cause'));
  if (clashes.length === 0) return undefined;
  if (field === 'annotations') return `--overwrite is false but found the following declared annotation(s): ${clashes.map((k) => `'${k}' already has a value (${current[k]})`).join('; ')}`;
  const msgs = clashes.map((k) => `'${k}' already has a value (${current[k]}), and --overwrite is false`);
  return msgs.length === 1 ? msgs[0] : `[${msgs.join(', ')}]`;
}

export function labelCommand(c: CommandContext): CommandOutcome { return metadataCommand(c, 'labels'); }
export function annotateCommand(c: CommandContext): CommandOutcome { return metadataCommand(c, 'annotations'); }

function metadataCommand(c: CommandContext, field: Field): CommandOutcome {
  const { cmd } = c;
  const verb = field === 'labels' ? 'label' : 'annotate';
  const noun = field === 'labels' ? 'label' : 'annotation';
  const flags = changeFlags(c);
  if (!flags.ok) return flags.result;
  const { output, dry } = flags;
  const split = splitPairs(cmd.args, noun);
  if ('error' in split) return failure(split.error);
  const parsed = parsePairs(split.pairs, field);
  if ('error' in parsed) return failure(parsed.error);
  const files = flagStrings(cmd, 'filename');
  const list = flagBool(cmd, 'list');
  if (list && split.pairs.length) return failure(`can not both modify and list ${field}`);
  if (split.resources.length < 1 && files.length === 0) return usageError(verb, 'one or more resources must be specified as <resource> <name> or <resource>/<name>');
  if (!list && split.pairs.length === 0) return usageError(verb, `at least one ${noun} update is required`);
  const local = flagBool(cmd, 'local');
  if (local && files.length === 0) return failure('can only use local files by -f rsrc.yaml or --filename=rsrc.json when --local=true is set');
  const overwrite = flagBool(cmd, 'overwrite');

  let objects: KObject[];
  let errors = '';
  if (local) {
    if (split.resources.length) return failure('can only use local files by -f rsrc.yaml or --filename=rsrc.json when --local=true is set');
    const read = readObjects(files, c.env, flagBool(cmd, 'recursive'));
    if (!read.ok) return read.result;
    objects = read.objects.map((o) => o.object);
  } else {
    const targets = resolveTargets(c, { args: split.resources, files, recursive: flagBool(cmd, 'recursive'), selector: flagString(cmd, 'selector'), all: flagBool(cmd, 'all'), allNamespaces: flagBool(cmd, 'all-namespaces') });
    if (!targets.ok) return targets.result;
    objects = targets.objects;
    errors = targets.errors;
  }

  let view = local ? undefined : c.view();
  let stdout = '';
  let stderr = dry.warning;
  let changed = false;
  let failed = false;
  for (const obj of objects) {
    if (list) {
      const m = (obj.metadata[field] ?? {}) as Record<string, string>;
      stdout += Object.keys(m).sort().map((k) => `${k}=${m[k]}\n`).join('');
      continue;
    }
    if (field === 'labels') for (const k of parsed.remove) if (!(k in (obj.metadata.labels ?? {}))) stdout += `label "${k}" not found.\n`;
    if (!overwrite) {
      const err = overwriteError(obj, field, parsed.set);
      if (err) return { stdout, stderr: stderr + `error: ${err}\n`, exitCode: 1, ...(changed ? { view } : {}) };
    }
    const next = clone(obj);
    const map = { ...((next.metadata[field] ?? {}) as Record<string, string>), ...parsed.set };
    for (const k of parsed.remove) delete map[k];
    next.metadata[field] = map;
    const before = canonicalJson(obj);
    const after = canonicalJson(next);
    // label.go updateDataChangeMsg: the message compares the object's JSON before and after
    let msg = field === 'annotations' ? 'annotated' : before === after ? 'not labeled' : !overwrite && after.length < before.length ? 'unlabeled' : 'labeled';
    if (local || dry.strategy === 'client') {
      stdout += printResult([next], output.format, msg, dry.strategy === 'client' ? 'client' : 'none', 'unstructured').stdout;
      continue;
    }
    if (isDerived(view!, obj)) return derivedRefusal(obj);
    let shown = next;
    if (before !== after) {
      const r = updateObject(view!, next, obj, c.env.now);
      if (!r.ok) { stderr += failureText(r); failed = true; continue; }
      shown = r.stored ?? next;
      if (dry.strategy === 'none') { view = r.view; changed = true; }
    }
    stdout += printResult([shown], output.format, msg, dry.strategy, 'unstructured').stdout;
  }
  const exitCode = errors || failed ? 1 : 0;
  return { stdout, stderr: stderr + errors, exitCode, ...(changed ? { view } : {}) };
}

