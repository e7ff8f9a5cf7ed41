// The -o/--output value (genericclioptions.PrintFlags): which printer, and its argument
// for jsonpath= and custom-columns=. Each command allows a set of formats; anything else
// is kubectl's "unable to match a printer" error.

export type OutputFormat =
  | { kind: 'table' }                      // no -o: the server's table
  | { kind: 'wide' }
  | { kind: 'yaml' }
  | { kind: 'json' }
  | { kind: 'name' }
  | { kind: 'jsonpath'; template: string }
  | { kind: 'custom-columns'; spec: string };

/** The formats `kubectl get` accepts (PrintFlags.AllowedFormats, sorted as kubectl lists them). */
export const GET_FORMATS = ['custom-columns', 'custom-columns-file', 'go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'wide', 'yaml'];
/** The formats of commands that print the objects they change (create, expose, run, label, ...). */
export const CHANGE_FORMATS = ['go-template', 'go-template-file', 'json', 'jsonpath', 'jsonpath-as-json', 'jsonpath-file', 'name', 'template', 'templatefile', 'yaml'];

/** Formats kubectl knows that this emulator does not print. */
const UNSUPPORTED = ['custom-columns-file', 'go-template', 'go-template-file', 'jsonpath-as-json', 'jsonpath-file', 'template', 'templatefile'];

export type ParsedOutput = { ok: true; format: OutputFormat } | { ok: false; error: string; unsupported?: boolean };

export function parseOutputFormat(value: string, allowed: string[]): ParsedOutput {
  if (value === '') return { ok: true, format: { kind: 'table' } };
  const eq = value.indexOf('=');
  const name = eq >= 0 ? value.slice(0, eq) : value;
  const arg = eq >= 0 ? value.slice(eq + 1) : '';
  if (!allowed.includes(name) || (eq < 0 && (name === 'jsonpath' || name === 'custom-columns'))) {
    if (allowed.includes(name) && name === 'custom-columns') return { ok: false, error: 'custom-columns format specified but no custom columns given' };
    if (allowed.includes(name) && name === 'jsonpath') return { ok: false, error: 'template format specified but no template given' };
    return { ok: false, error: `unable to match a printer suitable for the output format "${value}", allowed formats are: ${allowed.join(',')}` };
  }
  if (UNSUPPORTED.includes(name)) return { ok: false, unsupported: true, error: `-o ${name} is not available in kubeprep's kubectl emulator` };
  switch (name) {
    case 'wide': return { ok: true, format: { kind: 'wide' } };
    case 'yaml': return { ok: true, format: { kind: 'yaml' } };
    case 'json': return { ok: true, format: { kind: 'json' } };
    case 'name': return { ok: true, format: { kind: 'name' } };
    case 'jsonpath': return { ok: true, format: { kind: 'jsonpath', template: arg } };
    default: return { ok: true, format: { kind: 'custom-columns', spec: arg } };
  }
}
