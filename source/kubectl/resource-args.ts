// What `kubectl get|describe|delete|label ... ARGS` asks for (cli-runtime resource.Builder
// ResourceTypeOrNameArgs): "TYPE[,TYPE...] [NAME...]" or "TYPE/NAME [TYPE/NAME...]", with
// "all" standing for the types in the "all" category and each TYPE resolved as kubectl's
// RESTMapper does (resources.ts).
import { resolveResourceType, resourcesInCategory, type ResourceType } from './resources.js';
import { failure, type KubectlResult } from './result.js';

export interface ResourceRequest {
  type: ResourceType;
  /** names asked for; empty means every object of the type (with -l/--field-selector) */
  names: string[];
}

export type ResourceArgs =
  | { ok: true; requests: ResourceRequest[]; /** one object named: print it, not a List */ singleItemImplied: boolean }
  | { ok: false; result: KubectlResult };

const unknownType = (t: string): ResourceArgs => ({ ok: false, result: failure(`the server doesn't have a resource type "${t}"`) });

export function parseResourceArgs(args: string[]): ResourceArgs {
  if (args.length === 0) return { ok: true, requests: [], singleItemImplied: false };
  if (args.some((a) => a.includes('/'))) {
    if (!args.every((a) => a.includes('/'))) {
      return { ok: false, result: failure("there is no need to specify a resource type as a separate argument when passing arguments in resource/name form (e.g. 'kubectl get resource/<resource_name>' instead of 'kubectl get resource resource/<resource_name>'") };
    }
    const requests: ResourceRequest[] = [];
    for (const a of args) {
      const i = a.indexOf('/');
      const typed = a.slice(0, i), name = a.slice(i + 1);
      if (typed === '' || name === '' || name.includes('/')) return { ok: false, result: failure('arguments in resource/name form must have a single resource and name') };
      const type = resolveResourceType(typed);
      if (!type) return unknownType(typed);
      requests.push({ type, names: [name] });
    }
    return { ok: true, requests, singleItemImplied: requests.length === 1 };
  }
  const [typesArg, ...names] = args;
  const requests: ResourceRequest[] = [];
  for (const typed of typesArg.split(',')) {
    if (typed === '') continue;
    const expanded = typed === 'all' ? resourcesInCategory('all') : [resolveResourceType(typed)];
    for (const type of expanded) {
      if (!type) return unknownType(typed);
      if (!requests.some((r) => r.type === type)) requests.push({ type, names });
    }
  }
  return { ok: true, requests, singleItemImplied: names.length === 1 && requests.length === 1 };
}

/** `kubectl get` with no arguments. */
export function getWithoutType(): KubectlResult {
  return {
    stdout: '',
    stderr: 'You must specify the type of resource to get. Use "kubectl api-resources" for a complete list of supported resources.\n\n'
      + 'error: Required resource not specified.\nUse "kubectl explain <resource>" for a detailed description of that resource (e.g. kubectl explain pods).\n'
      + "See 'kubectl get -h' for help and examples\n",
    exitCode: 1,
  };
}

/** The API server's NotFound, as kubectl prints it: `services "web" not found`, `deployments.apps "web" not found`. */
export function notFoundLine(type: ResourceType, name: string): string {
  const resource = type.group ? `${type.plural}.${type.group}` : type.plural;
  return `Error from server (NotFound): ${resource} "${name}" not found\n`;
}
