// API errors as kubectl prints them (cmd/util/helpers.go checkErr and StandardErrorMessage):
// an Invalid status becomes "The Kind "name" is invalid: ..." (several causes as a "* " list),
// other statuses "Error from server (Reason): message". Commands that wrap the server's error
// in their own text (create service's "failed to create ClusterIP service: ...") use the
// status message instead, which joins several causes as "[a, b]".
import type { KObject } from '../../sim/types.js';
import type { RejectedObject } from '../../sim/cluster.js';
import { formatFieldError } from '../../sim/field.js';
import { resourceForObject, type ResourceType } from '../resources.js';
import { serverErrorLine } from '../result.js';

/** `services`, `deployments.apps`: the resource as API messages name it. */
export function qualifiedResource(type: Pick<ResourceType, 'plural' | 'group'>): string {
  return type.group ? `${type.plural}.${type.group}` : type.plural;
}

/** `Service`, `Deployment.apps`: schema.GroupKind.String(), as Invalid messages name the kind. */
function qualifiedKind(obj: KObject): string {
  const group = resourceForObject(obj)?.group ?? (obj.apiVersion?.includes('/') ? obj.apiVersion.split('/')[0] : '');
  return group ? `${obj.kind}.${group}` : obj.kind;
}

function resourceOf(obj: KObject): string {
  const rt = resourceForObject(obj);
  return rt ? qualifiedResource(rt) : `${obj.kind.toLowerCase()}s`;
}

export function notFoundMessage(type: Pick<ResourceType, 'plural' | 'group'>, name: string): string {
  return `${qualifiedResource(type)} "${name}" not found`;
}

export function alreadyExistsMessage(obj: KObject): string {
  return `${resourceOf(obj)} "${obj.metadata.name ?? ''}" already exists`;
}

/** The API Status message of a refusal (what err.Error() is). */
export function statusMessage(r: RejectedObject): string {
  const name = r.object.metadata?.name ?? '';
  switch (r.reason) {
    case 'Invalid': {
      const causes = r.errors.map(formatFieldError);
      return `${qualifiedKind(r.object)} "${name}" is invalid: ${causes.length === 1 ? causes[0] : `[${causes.join(', ')}]`}`;
    }
    case 'AlreadyExists': return alreadyExistsMessage(r.object);
    default: return r.message;
  }
}

export interface ErrorSource { verb: 'creating' | 'replacing' | 'applying' | 'patching'; file: string }

/** What checkErr prints for a refusal, optionally named after the file it came from (AddSourceToErr). */
export function refusalText(r: RejectedObject, source?: ErrorSource): string {
  if (r.reason === 'Invalid') return invalidText(r.object.kind, r.object.metadata?.name ?? '', r.errors.map(formatFieldError));
  const message = source ? `error when ${source.verb} "${source.file}": ${statusMessage(r)}` : statusMessage(r);
  return serverErrorLine(r.reason, message);
}

/** checkErr's Invalid branch: MultilineError("The Kind "name" is invalid: ", causes). */
export function invalidText(kind: string, name: string, causes: string[]): string {
  const prefix = `The ${kind} "${name}" is invalid: `;
  if (causes.length === 0) return `The ${kind} "${name}" is invalid\n`;
  if (causes.length === 1) return `${prefix}${causes[0]}\n`;
  return `${prefix}\n${causes.map((c) => `* ${c}\n`).join('')}`;
}

export function notFoundText(type: Pick<ResourceType, 'plural' | 'group'>, name: string, source?: ErrorSource): string {
  const message = notFoundMessage(type, name);
  return serverErrorLine('NotFound', source ? `error when ${source.verb} "${source.file}": ${message}` : message);
}

export function alreadyExistsText(obj: KObject, source?: ErrorSource): string {
  const message = alreadyExistsMessage(obj);
  return serverErrorLine('AlreadyExists', source ? `error when ${source.verb} "${source.file}": ${message}` : message);
}
