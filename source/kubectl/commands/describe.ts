// `kubectl describe TYPE [NAME_PREFIX] | TYPE/NAME | -f FILE | -l SELECTOR` (pkg/cmd/describe):
// one description per object, separated by a blank line pair; a name that matches nothing
// exactly describes the objects whose names start with it (DescribeMatchingResources).
import type { KObject } from '../../sim/types.js';
import { flagBool, flagString, flagStrings } from '../args.js';
import type { CommandContext, CommandOutcome } from '../context.js';
import { describeObject } from '../describe/index.js';
import { getObject, listObjects, selectorError } from '../api/list.js';
import { readObjects } from '../api/files.js';
import { notFoundText } from '../api/errors.js';
import { parseResourceArgs } from '../resource-args.js';
import { resolveResourceType, resourceForObject, RESOURCES, type ResourceType } from '../resources.js';
import { failure } from '../result.js';
import { noResourcesFound } from '../printers/index.js';

export function describeCommand(c: CommandContext): CommandOutcome {
  const { cmd } = c;
  const allNamespaces = flagBool(cmd, 'all-namespaces');
  const selector = flagString(cmd, 'selector');
  const files = flagStrings(cmd, 'filename');
  const describe = (obj: KObject) => describeObject({
    obj, now: c.env.now, showEvents: flagBool(cmd, 'show-events'),
    list: (kind, ns) => { const t = RESOURCES.find((r) => r.kind === kind); return t ? listObjects(c.view(), t, ns) : []; },
    get: (kind, ns, name) => { const t = RESOURCES.find((r) => r.kind === kind); return t ? getObject(c.view(), t, ns, name) : undefined; },
  });

  if (files.length) {
    const read = readObjects(files, c.env, flagBool(cmd, 'recursive'));
    if (!read.ok) return read.result;
    const found: KObject[] = [];
    let errors = '';
    for (const { object } of read.objects) {
      const type = resourceForObject(object);
      if (!type) return failure(`the server doesn't have a resource type "${object.kind}"`);
      const obj = getObject(c.view(), type, type.namespaced ? object.metadata.namespace || c.namespace : undefined, object.metadata.name ?? '');
      if (obj) found.push(obj); else errors += notFoundText(type, object.metadata.name ?? '');
    }
    return { stdout: found.map(describe).join('\n\n'), stderr: errors, exitCode: errors ? 1 : 0 };
  }
  if (cmd.args.length === 0) return failure('You must specify the type of resource to describe. Use "kubectl api-resources" for a complete list of supported resources.');
  const parsed = parseResourceArgs(cmd.args);
  if (!parsed.ok) return parsed.result;
  const refused = selectorError(parsed.requests.map((r) => r.type), selector, '');
  if (refused) return { stdout: '', stderr: refused, exitCode: 1 };

  const infos: KObject[] = [];
  let notFound: { type: ResourceType; name: string } | undefined;
  for (const req of parsed.requests) {
    if (req.names.length === 0) {
      const ns = req.type.namespaced && !allNamespaces ? c.namespace : undefined;
      infos.push(...listObjects(c.view(), req.type, ns, selector));
      continue;
    }
    for (const name of req.names) {
      const obj = getObject(c.view(), req.type, req.type.namespaced ? c.namespace : undefined, name);
      if (obj) infos.push(obj); else { notFound ??= { type: req.type, name }; }
    }
  }
  if (notFound) {
    // DescribeMatchingResources: only for "TYPE NAME"
    if (cmd.args.length === 2 && !cmd.args[0].includes('/')) {
      const type = resolveResourceType(cmd.args[0].split(',')[0])!;
      const matches = listObjects(c.view(), type, type.namespaced ? c.namespace : undefined).filter((o) => (o.metadata.name ?? '').startsWith(notFound!.name));
      if (matches.length) return { stdout: matches.map((o) => `${describe(o)}\n`).join(''), stderr: '', exitCode: 0 };
    }
    return { stdout: '', stderr: notFoundText(notFound.type, notFound.name), exitCode: 1 };
  }
  if (infos.length === 0) return { stdout: '', stderr: noResourcesFound({ inNamespace: !allNamespaces, namespace: c.namespace }), exitCode: 0 };
  return { stdout: infos.map(describe).join('\n\n'), stderr: '', exitCode: 0 };
}
