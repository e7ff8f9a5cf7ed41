// Printing what a change command changed: the name printer's "service/web labeled", or the
// object itself with -o yaml|json|name|jsonpath. Objects read from the server or a file are
// unstructured (keys sorted in JSON too); objects kubectl built are typed (printers/typed.ts).
import type { KObject } from '../../sim/types.js';
import type { KubectlResult } from '../result.js';
import type { OutputFormat } from '../printers/output.js';
import { printTyped, operationText, type DryRunLabel } from '../printers/typed.js';
import { nameOf, printJsonPath } from '../printers/index.js';
import { toGoYaml } from '../printers/go-yaml.js';
import { toGoJson } from '../printers/go-json.js';

export function printResult(objects: KObject[], output: OutputFormat, operation: string, dryRun: DryRunLabel, shape: 'typed' | 'unstructured'): KubectlResult {
  if (shape === 'typed') return printTyped(objects, output, operation, dryRun);
  let stdout = '';
  for (const [i, obj] of objects.entries()) {
    switch (output.kind) {
      case 'yaml': stdout += (i > 0 ? '---\n' : '') + toGoYaml(obj); break;
      case 'json': stdout += toGoJson(obj, { sortKeys: true }); break;
      case 'name': stdout += `${nameOf(obj)}\n`; break;
      case 'jsonpath': {
        const r = printJsonPath(obj, output.template);
        if (r.exitCode !== 0) return { ...r, stdout };
        stdout += r.stdout;
        break;
      }
      default: stdout += `${nameOf(obj)} ${operationText(operation, dryRun)}\n`;
    }
  }
  return { stdout, stderr: '', exitCode: 0 };
}
