import { openProgress } from '../progress/store.js';
import { summarize } from '../progress/summary.js';
import { loadBuiltinContent } from '../content/builtin.js';
import { usageError, type CommandResult } from './io.js';

/** `kubeprep progress [-o json]`: the learner's progress file, summarised. */
export function progressCommand(args: string[], profile: string, env: NodeJS.ProcessEnv = process.env, now: Date = new Date()): CommandResult {
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
  // The same summary as the TUI's Progress screen: per topic, time, what is due for review.
  const content = loadBuiltinContent();
  const s = summarize(d, content, now);
  const due = s.review.filter((r) => r.due <= now.toISOString());
  if (json) {
    const summary = {
      profile: d.profile, file: opened.store.file, lessons: d.lessons, scenarios: d.scenarios, exams: d.exams, review: d.review,
      totals: { lessonsRead: Object.keys(d.lessons).length, scenariosSolved: solved, exams: d.exams.length },
      topics: s.topics, activeMinutes: s.activeMinutes, dueForReview: due, nextReview: s.review.filter((r) => r.due > now.toISOString()), finishedExams: s.finishedExams,
    };
    return { stdout: JSON.stringify(summary, null, 2) + '\n', stderr, exitCode: 0 };
  }
  const pad = (x: string, n: number) => x.padEnd(n);
  const lines = [
    `Profile ${d.profile} (${opened.store.file})`,
    `  lessons read:      ${Object.keys(d.lessons).length}`,
    `  scenarios solved:  ${solved} of ${Object.keys(d.scenarios).length} started`,
    `  mock exams taken:  ${s.finishedExams.length}${d.exams.length > s.finishedExams.length ? ' (1 open)' : ''}`,
    `  time in scenarios: ${s.activeMinutes} min`,
    '',
    `  ${pad('topic', 16)}${pad('lessons read', 14)}${pad('quiz', 7)}scenarios solved`,
    ...s.topics.map((t) => `  ${pad(t.topic, 16)}${pad(t.lessons ? `${t.lessonsRead}/${t.lessons}` : '-', 14)}${pad(t.quizPercent === undefined ? '-' : `${t.quizPercent}%`, 7)}${t.scenarios ? `${t.solved}/${t.scenarios}` : '-'}`),
    '',
    due.length ? 'Due for review:' : `Nothing due for review${s.review.length ? ` (next: ${s.review[0]!.topic} on ${s.review[0]!.due.slice(0, 10)})` : ''}.`,
    ...due.map((r) => `  ${r.topic}: ${r.reason}`),
  ];
  return { stdout: lines.join('\n') + '\n', stderr, exitCode: 0 };
}
