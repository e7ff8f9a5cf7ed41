import { openProgress } from '../progress/store.js';
import { usageError, type CommandResult } from './io.js';

/** `kubeprep progress [-o json]`: the learner's progress file, summarised. */
export function progressCommand(args: string[], profile: string, env: NodeJS.ProcessEnv = process.env): CommandResult {
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if ((a === '-o' || a === '--output') && args[i + 1] !== undefined) { const v = args[++i]; if (v !== 'json') return usageError(`unsupported output format "${v}" (only json)`); json = true; }
    else if (a === '-o=json' || a === '--output=json' || a === '-ojson') json = true;
    else return usageError(`unknown argument "${a}" for progress (usage: kubeprep progress [-o json])`);
  }
  const opened = openProgress(profile, { env });
  if (!opened.ok) return usageError(opened.message);
  const stderr = opened.notice ? `kubeprep: ${opened.notice}\n` : '';
  const d = opened.store.data;
  const solved = Object.values(d.scenarios).filter((s) => s.status === 'solved').length;
  if (json) {
    const summary = { profile: d.profile, file: opened.store.file, lessons: d.lessons, scenarios: d.scenarios, exams: d.exams, review: d.review, totals: { lessonsRead: Object.keys(d.lessons).length, scenariosSolved: solved, exams: d.exams.length } };
    return { stdout: JSON.stringify(summary, null, 2) + '\n', stderr, exitCode: 0 };
  }
  const lines = [
    `Profile ${d.profile} (${opened.store.file})`,
    `  lessons read:      ${Object.keys(d.lessons).length}`,
    `  scenarios solved:  ${solved} of ${Object.keys(d.scenarios).length} started`,
    `  mock exams taken:  ${d.exams.length}`,
  ];
  return { stdout: lines.join('\n') + '\n', stderr, exitCode: 0 };
}
