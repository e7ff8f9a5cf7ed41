// `kubeprep exam [--pack FILE] [--minutes N] [--seed N]`: the flags checked and the pack
// loaded (and validated, file:line:col) before the TUI opens. KUBEPREP_EXAM_SECONDS sets the
// time limit in seconds; it exists for tests, which cannot wait an exam's minutes.
import { statSync } from 'node:fs';
import { builtinContentDirs } from '../content/builtin.js';
import { loadContent } from '../content/loader.js';
import { formatProblem } from '../content/types.js';
import type { ExamOptions } from '../exam/types.js';
import { one, parseFlags } from './flags.js';
import { usageError, type CommandResult } from './io.js';

const USAGE = 'usage: kubeprep exam [--pack FILE] [--minutes N] [--seed N]';

export function examOptions(args: string[], env: NodeJS.ProcessEnv = process.env): { options: ExamOptions } | { result: CommandResult } {
  const fail = (m: string) => ({ result: usageError(m) });
  const p = parseFlags(args, { '--pack': { value: true }, '--minutes': { value: true }, '--seed': { value: true } });
  if ('error' in p) return fail(`exam: ${p.error} (${USAGE})`);
  if (p.positional.length) return fail(`exam: unexpected argument "${p.positional[0]}" (${USAGE})`);
  const options: ExamOptions = {};
  const minutes = one(p, '--minutes');
  if (minutes !== undefined) {
    const n = Number(minutes);
    if (!/^\d+(\.\d+)?$/.test(minutes) || !(n > 0) || n > 600) return fail(`exam: --minutes must be a number of minutes above 0 and at most 600, not "${minutes}"`);
    options.minutes = n;
  }
  const seed = one(p, '--seed');
  if (seed !== undefined) {
    if (!/^\d{1,10}$/.test(seed) || Number(seed) > 0xffffffff) return fail(`exam: --seed must be a whole number from 0 to 4294967295, not "${seed}"`);
    options.seed = Number(seed);
  }
  const secs = env.KUBEPREP_EXAM_SECONDS;
  if (secs) {
    const n = Number(secs);
    if (!(n > 0)) return fail(`KUBEPREP_EXAM_SECONDS must be a number of seconds above 0, not "${secs}"`);
    options.durationMs = Math.round(n * 1000);
  }
  const pack = one(p, '--pack');
  if (pack !== undefined) {
    try { if (!statSync(pack).isFile()) return fail(`exam: --pack ${pack} is not a file`); }
    catch { return fail(`exam: cannot read ${pack}: no such file or directory`); }
    const dirs = builtinContentDirs();
    const catalog = dirs.scenarios ? loadContent([dirs.scenarios]).scenarios : [];
    const set = loadContent([pack], { catalog });
    const errors = set.problems.filter((x) => x.severity !== 'warning');
    if (errors.length) return fail(`${formatProblem(errors[0]!)}${errors.length > 1 ? ` (and ${errors.length - 1} more problems; kubeprep content validate ${pack} lists them)` : ''}`);
    if (set.packs.length !== 1) return fail(`exam: ${pack} is not a pack (kind: Pack)`);
    options.pack = set.packs[0]!;
    options.packScenarios = set.scenarios;
  }
  return { options };
}
