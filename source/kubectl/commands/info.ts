// `kubectl version` and `kubectl api-resources`: what the simulated v1.32 API server reports.
import { flagBool, flagString } from '../args.js';
import type { CommandContext, CommandOutcome } from '../context.js';
import { RESOURCES } from '../resources.js';
import { tabwrite } from '../printers/tabwriter.js';
import { toGoJson } from '../printers/go-json.js';
import { toGoYaml } from '../printers/go-yaml.js';
import { failure } from '../result.js';

const CLIENT = { major: '1', minor: '32', gitVersion: 'v1.32.5', gitCommit: '9894294ef13a5b32803e3ca2c0d620a088cc84d1', gitTreeState: 'clean', buildDate: '2025-05-15T09:01:58Z', goVersion: 'go1.23.8', compiler: 'gc', platform: 'linux/amd64' };

export function versionCommand(c: CommandContext): CommandOutcome {
  const output = flagString(c.cmd, 'output');
  const client = flagBool(c.cmd, 'client');
  const info = { clientVersion: CLIENT, kustomizeVersion: 'v5.5.0', ...(client ? {} : { serverVersion: { ...CLIENT } }) };
  if (output === 'json') return { stdout: toGoJson(info, { sortKeys: false, indent: '  ' }), stderr: '', exitCode: 0 };
  if (output === 'yaml') return { stdout: toGoYaml(info), stderr: '', exitCode: 0 };
  if (output !== '') return failure("--output must be 'yaml' or 'json'");
  return { stdout: `Client Version: ${CLIENT.gitVersion}\nKustomize Version: v5.5.0\n${client ? '' : `Server Version: ${CLIENT.gitVersion}\n`}`, stderr: '', exitCode: 0 };
}

export function apiResourcesCommand(c: CommandContext): CommandOutcome {
  const output = flagString(c.cmd, 'output');
  const group = c.cmd.changed.has('api-group') ? flagString(c.cmd, 'api-group') : undefined;
  const namespaced = c.cmd.changed.has('namespaced') ? flagBool(c.cmd, 'namespaced') : undefined;
  const rows = RESOURCES.filter((r) => (group === undefined || r.group === group) && (namespaced === undefined || r.namespaced === namespaced));
  if (output === 'name') return { stdout: rows.map((r) => `${r.plural}${r.group ? `.${r.group}` : ''}\n`).join(''), stderr: '', exitCode: 0 };
  if (output !== '' && output !== 'wide') return failure(`--output ${output} is not available`);
  const head = output === 'wide' ? 'NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND\tVERBS\tCATEGORIES' : 'NAME\tSHORTNAMES\tAPIVERSION\tNAMESPACED\tKIND';
  const lines = rows.map((r) => [r.plural, r.shortNames.join(','), r.apiVersion, String(r.namespaced), r.kind,
    ...(output === 'wide' ? ['create,delete,deletecollection,get,list,patch,update,watch', r.categories.join(',')] : [])].join('\t'));
  return { stdout: tabwrite([...(flagBool(c.cmd, 'no-headers') ? [] : [head]), ...lines].join('\n') + '\n'), stderr: '', exitCode: 0 };
}
