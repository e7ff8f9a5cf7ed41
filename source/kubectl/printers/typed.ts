// Printing the objects kubectl builds itself (create, run, expose): typed Go structs, so
// `-o json` keeps struct field order (the generators build objects in that order) and
// `-o yaml` sorts keys like any YAML kubectl writes; several objects print one after the
// other, the YAML printer putting "---" before each but the first. Without -o, kubectl's
// name printer says what happened: "service/web created (dry run)".
import type { KObject } from '../../sim/types.js';
import { errorLine, type KubectlResult } from '../result.js';
import type { OutputFormat } from './output.js';
import { toGoYaml } from './go-yaml.js';
import { toGoJson } from './go-json.js';
import { nameOf, printJsonPath } from './index.js';

export type DryRunLabel = 'none' | 'client' | 'server';

/** The operation suffix kubectl's name printer adds: "created", "created (dry run)", "created (server dry run)". */
export function operationText(operation: string, dryRun: DryRunLabel): string {
  return dryRun === 'client' ? `${operation} (dry run)` : dryRun === 'server' ? `${operation} (server dry run)` : operation;
}

export function printTyped(objects: KObject[], output: OutputFormat, operation: string, dryRun: DryRunLabel): KubectlResult {
  let stdout = '';
  for (const [i, obj] of objects.entries()) {
    switch (output.kind) {
      case 'yaml': stdout += (i > 0 ? '---\n' : '') + toGoYaml(obj); break;
      case 'json': stdout += toGoJson(obj, { sortKeys: false }); break;
      case 'name': stdout += `${nameOf(obj)}\n`; break;
      case 'jsonpath': {
        // the JSONPath printer sees the object as JSON decoded into a map
        const r = printJsonPath(JSON.parse(JSON.stringify(obj)), output.template);
        if (r.exitCode !== 0) return { ...r, stdout };
        stdout += r.stdout;
        break;
      }
      case 'table':
        stdout += `${nameOf(obj)} ${operationText(operation, dryRun)}\n`;
        break;
      default:
        return { stdout, stderr: errorLine(`unable to match a printer suitable for the output format "${output.kind}"`), exitCode: 1 };
    }
  }
  return { stdout, stderr: '', exitCode: 0 };
}
