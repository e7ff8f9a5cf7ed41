// resource.Builder's namespace rules for objects read from files: an object's own namespace
// wins, unless -n names another one (then kubectl refuses, as RequireNamespace does).
import type { KObject } from '../../sim/types.js';
import { isNamespaced } from '../../sim/meta.js';
import type { CommandContext } from '../context.js';

export function namespaceMismatch(c: CommandContext, obj: KObject): string | undefined {
  const own = obj.metadata?.namespace;
  if (!c.enforceNamespace || !own || !isNamespaced(obj.kind) || own === c.namespace) return undefined;
  return `the namespace from the provided object "${own}" does not match the namespace "${c.namespace}". You must pass '--namespace=${own}' to perform this operation.`;
}
