// The flags every command that changes objects reads first, in kubectl's order: -o (its
// PrintFlags), then --dry-run (GetDryRunStrategy), each with kubectl's error.
import type { CommandContext } from '../context.js';
import { dryRunStrategy, flagString } from '../args.js';
import { CHANGE_FORMATS, parseOutputFormat, type ParsedOutput } from '../printers/output.js';
import { failure, type KubectlResult } from '../result.js';

type DryRun = Exclude<ReturnType<typeof dryRunStrategy>, { error: KubectlResult }>;

export function changeFlags(c: CommandContext): { ok: true; output: Extract<ParsedOutput, { ok: true }>; dry: DryRun } | { ok: false; result: KubectlResult } {
  const output = parseOutputFormat(flagString(c.cmd, 'output'), CHANGE_FORMATS);
  if (!output.ok) return { ok: false, result: failure(output.error) };
  const dry = dryRunStrategy(c.cmd, c.env.now);
  if ('error' in dry) return { ok: false, result: dry.error };
  return { ok: true, output, dry };
}
