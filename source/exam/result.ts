// An attempt graded: each task's checks asked of its own cluster, scored as DESIGN.md says
// (weighted share of passed checks; a failed guard zeroes the task), with what was lost and
// why (the check's detail and the simulator's trace), and the topics where most was lost.
import type { Topic } from '../content/types.js';
import { gradeState } from '../grading/grade.js';
import { scoreExam, scoreTask } from '../grading/score.js';
import type { Lookup } from './attempt.js';
import type { ExamAttempt, ExamResult, TaskResult } from './types.js';

const mark = (s: string) => (s === 'ok' ? '✓' : s === 'warn' ? '!' : '✗');

export function gradeAttempt(a: ExamAttempt, lookup: Lookup, endedBy: ExamResult['endedBy']): ExamResult {
  const tasks: TaskResult[] = a.tasks.map((t) => {
    const s = lookup(t.scenarioId);
    const checks = s ? gradeState(s, t.workspace.objects) : [];
    const score = scoreTask(checks, t.weight);
    return {
      scenarioId: t.scenarioId, title: t.title, topic: t.topic, weight: t.weight,
      earned: score.earned, percent: t.weight ? Math.round((100 * score.earned) / t.weight) : 0,
      passed: score.passed, total: score.total, guardFailed: score.guardFailed,
      skipped: t.workspace.history.length === 0, flagged: t.flagged, spentMs: t.spentMs,
      checks: checks.map((c) => ({ name: c.name, pass: c.pass, guard: c.guard, detail: c.detail, trace: c.hops.map((h) => `${mark(h.status)} ${h.step}: ${h.detail}`) })),
    };
  });
  const exam = scoreExam(tasks.map((t) => ({ weight: t.weight, earned: t.earned, passed: t.passed, total: t.total, guardFailed: t.guardFailed, solved: false })), a.passMark);
  return { percent: Math.round(exam.percent), pass: exam.pass, passMark: a.passMark, earned: exam.earned, weight: exam.weight, endedBy, tasks, weakTopics: weakTopics(tasks) };
}

/** Topics where points were lost, the largest share lost first (ties by name). */
export function weakTopics(tasks: readonly Pick<TaskResult, 'topic' | 'weight' | 'earned'>[]): Topic[] {
  const by = new Map<Topic, { weight: number; earned: number }>();
  for (const t of tasks) {
    const e = by.get(t.topic) ?? { weight: 0, earned: 0 };
    by.set(t.topic, { weight: e.weight + t.weight, earned: e.earned + t.earned });
  }
  return [...by].filter(([, v]) => v.weight - v.earned > 1e-9)
    .sort(([a, x], [b, y]) => (y.weight - y.earned) / y.weight - (x.weight - x.earned) / x.weight || (a < b ? -1 : 1))
    .map(([k]) => k);
}
