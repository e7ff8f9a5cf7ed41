// `kubectl explain TYPE[.FIELD...] [--recursive]` (pkg/cmd/explain, explain v2): the fields of
// Services, Ingresses, IngressClasses, NetworkPolicies, Pods, Endpoints, EndpointSlices and
// Deployments from a built-in copy of their OpenAPI
// schemas (explain/schemas.ts); other kinds are named as not in the table.
import { flagBool, flagString } from '../args.js';
import type { CommandContext, CommandOutcome } from '../context.js';
import { resolveResourceType } from '../resources.js';
import { EXPLAINED_KINDS } from '../explain/schemas.js';
import { explain } from '../explain/render.js';
import { failure, usageError } from '../result.js';

export function explainCommand(c: CommandContext): CommandOutcome {
  const { cmd } = c;
  if (cmd.args.length === 0) return failure('You must specify the type of resource to explain. Use "kubectl api-resources" for a complete list of supported resources.\n');
  if (cmd.args.length > 1) return usageError('explain', `We accept only this format: explain RESOURCE\n`);
  const output = flagString(cmd, 'output');
  if (output !== 'plaintext' && output !== 'plaintext-openapiv2') return failure(`unknown output format "${output}". Valid values are {plaintext, plaintext-openapiv2}`);
  // explain.go: the first part names the resource (it may carry .version.group), the rest are fields
  const [typed, ...fields] = cmd.args[0].split('.');
  const type = resolveResourceType(typed);
  // explain reports the RESTMapper's NoResourceMatchError itself, without "error: "
  if (!type) return { stdout: '', stderr: `the server doesn't have a resource type "${typed}"\n`, exitCode: 1 };
  const schema = EXPLAINED_KINDS[type.kind];
  if (!schema) return failure(`kubeprep's kubectl emulator explains services, ingresses, ingressclasses, networkpolicies, pods, endpoints, endpointslices and deployments; "${type.plural}" is not in its table`);
  const r = explain(schema, { group: type.group, kind: type.kind, version: type.version }, fields.filter(Boolean), flagBool(cmd, 'recursive'));
  if (!r.ok) return failure(r.error, r.text);
  return { stdout: r.text, stderr: '', exitCode: 0 };
}
