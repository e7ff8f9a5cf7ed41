// An exam attempt's life, as pure functions over the stored attempt and an injected time:
// start, move between tasks (time per task), flag, save a task's workspace, and finish
// (by submit, or at the deadline). The clock is the stored deadline: an exam interrupted
// and resumed keeps only its remaining time.
import type { Scenario } from '../content/types.js';
import { freshWorkspace } from '../workspace/shell.js';
import type { WorkspaceData, WorkspaceScenario } from '../workspace/types.js';
import { gradeAttempt } from './result.js';
import type { ExamAttempt, ExamPlan, ExamResult } from './types.js';

export type Lookup = (id: string) => Scenario | undefined;

export const workspaceScenario = (s: Scenario): WorkspaceScenario & Scenario => ({ ...s, setup: s.setup.objects }) as unknown as WorkspaceScenario & Scenario;

export function startAttempt(plan: ExamPlan, lookup: Lookup, now: Date, opts: { durationMs?: number; id?: string } = {}): ExamAttempt {
  const t = now.toISOString();
  const durationMs = opts.durationMs ?? Math.round(plan.minutes * 60_000);
  return {
    kind: 'exam',
    ...plan,
    id: opts.id ?? `${t.replace(/[-:.TZ]/g, '')}-${Math.floor(Math.random() * 1e6).toString(36)}`,
    startedAt: t,
    deadline: new Date(now.getTime() + durationMs).toISOString(),
    current: 0,
    currentSince: t,
    tasks: plan.tasks.map((p) => {
      const s = lookup(p.scenarioId);
      if (!s) throw new Error(`exam task ${p.scenarioId} has no scenario`);
      return { ...p, flagged: false, spentMs: 0, workspace: freshWorkspace(workspaceScenario(s), now) };
    }),
  };
}

export function remainingMs(a: ExamAttempt, now: Date): number {
  return Math.max(0, Date.parse(a.deadline) - now.getTime());
}

export const isExpired = (a: ExamAttempt, now: Date): boolean => remainingMs(a, now) === 0;

/** m:ss, rounded up so the clock shows 0:00 only at the end. */
export function formatClock(ms: number): string {
  const s = Math.max(0, Math.ceil(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/** Time on the current task up to `now` (never past the deadline). */
function settle(a: ExamAttempt, now: Date): ExamAttempt {
  const until = Math.min(now.getTime(), Date.parse(a.deadline));
  const add = Math.max(0, until - Date.parse(a.currentSince));
  const tasks = a.tasks.map((t, i) => (i === a.current ? { ...t, spentMs: t.spentMs + add } : t));
  return { ...a, tasks, currentSince: new Date(until).toISOString() };
}

export function moveTo(a: ExamAttempt, index: number, now: Date): ExamAttempt {
  if (index < 0 || index >= a.tasks.length || index === a.current) return a;
  return { ...settle(a, now), current: index, currentSince: now.toISOString() };
}

export function toggleFlag(a: ExamAttempt, index = a.current): ExamAttempt {
  return { ...a, tasks: a.tasks.map((t, i) => (i === index ? { ...t, flagged: !t.flagged } : t)) };
}

export function setWorkspace(a: ExamAttempt, index: number, ws: WorkspaceData): ExamAttempt {
  return { ...a, tasks: a.tasks.map((t, i) => (i === index ? { ...t, workspace: ws } : t)) };
}

/** A task counts as worked on once a command was typed for it. */
export const workedOn = (t: ExamAttempt['tasks'][number]): boolean => t.workspace.history.length > 0;

export function finishAttempt(a: ExamAttempt, lookup: Lookup, now: Date, endedBy: ExamResult['endedBy']): ExamAttempt {
  const settled = settle(a, now);
  const end = Math.min(now.getTime(), Date.parse(a.deadline));
  return { ...settled, finishedAt: new Date(end).toISOString(), result: gradeAttempt(settled, lookup, endedBy) };
}

/** The attempt still open in a profile's exams, if any. */
export function openAttempt(exams: readonly unknown[]): { index: number; attempt: ExamAttempt } | undefined {
  for (let i = exams.length - 1; i >= 0; i--) {
    const e = exams[i];
    if (isAttempt(e) && !e.finishedAt) return { index: i, attempt: e };
  }
  return undefined;
}

export function isAttempt(v: unknown): v is ExamAttempt {
  const o = v as ExamAttempt | null;
  return typeof o === 'object' && o !== null && o.kind === 'exam' && typeof o.id === 'string' && typeof o.deadline === 'string' && Array.isArray(o.tasks);
}
