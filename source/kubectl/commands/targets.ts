// The objects a command acts on, as resource.Builder finds them: TYPE NAME..., TYPE/NAME...,
// -f FILE (looked up on the server), or TYPE with -l SELECTOR / --all; NotFound for a name
// that is not there, reported after what was found.
import type { KObject } from '../../sim/types.js';
import type { CommandContext } from '../context.js';
import { parseResourceArgs } from '../resource-args.js';
import { resourceForObject } from '../resources.js';
import { getObject, listObjects, selectorError } from '../api/list.js';
import { readObjects } from '../api/files.js';
import { notFoundText } from '../api/errors.js';
import { failure, type KubectlResult } from '../result.js';
import { namespaceMismatch } from './namespaces.js';

export interface TargetOptions {
  args: string[];
  files?: string[];
  recursive?: boolean;
  selector?: string;
  all?: boolean;
  allNamespaces?: boolean;
  /** the command's noun for "resource(s) were provided, but no name was specified" checks */
  requireNames?: boolean;
}

export type Targets = { ok: true; objects: KObject[]; /** NotFound lines, printed after the found objects */ errors: string } | { ok: false; result: KubectlResult };

const NO_RESOURCES = "You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'";

export function resolveTargets(c: CommandContext, o: TargetOptions): Targets {
  const files = o.files ?? [];
  if (files.length) {
    if (o.args.length) return { ok: false, result: failure('when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well') };
    const read = readObjects(files, c.env, !!o.recursive);
    if (!read.ok) return read;
    const objects: KObject[] = [];
    let errors = '';
    for (const { object } of read.objects) {
      const mismatch = namespaceMismatch(c, object);
      if (mismatch) return { ok: false, result: failure(mismatch) };
      const type = resourceForObject(object);
      if (!type) return { ok: false, result: failure(`the server doesn't have a resource type "${object.kind}"`) };
      const name = object.metadata?.name ?? '';
      const found = getObject(c.view(), type, type.namespaced ? object.metadata?.namespace || c.namespace : undefined, name);
      if (found) objects.push(found); else errors += notFoundText(type, name);
    }
    return { ok: true, objects, errors };
  }
  if (o.args.length === 0) return { ok: false, result: failure(NO_RESOURCES) };
  const parsed = parseResourceArgs(o.args);
  if (!parsed.ok) return parsed;
  const selector = o.selector ?? '';
  const objects: KObject[] = [];
  let errors = '';
  for (const req of parsed.requests) {
    if (req.names.length === 0) {
      if (o.requireNames !== false && !selector && !o.all) return { ok: false, result: failure('resource(s) were provided, but no name was specified') };
      const refused = selectorError([req.type], selector, '');
      if (refused) return { ok: false, result: { stdout: '', stderr: refused, exitCode: 1 } };
      objects.push(...listObjects(c.view(), req.type, req.type.namespaced && !o.allNamespaces ? c.namespace : undefined, selector));
      continue;
    }
    if (selector) return { ok: false, result: failure('selectors and the all flag cannot be used when passing resource/name arguments') };
    for (const name of req.names) {
      const found = getObject(c.view(), req.type, req.type.namespaced ? c.namespace : undefined, name);
      if (found) objects.push(found); else errors += notFoundText(req.type, name);
    }
  }
  return { ok: true, objects, errors };
}
