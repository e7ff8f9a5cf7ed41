// Scoring as DESIGN.md "Content formats" states it: guards (`unchanged`) earn nothing and a
// failed guard zeroes the task; a task earns weight × passed/total of its other checks; an
// exam's score is the sum over the total weight, in percent, passed at the pack's pass mark.
import type { MultipleQuestion, SingleQuestion } from '../content/types.js';
import { DEFAULT_PASS_MARK } from '../content/types.js';
import type { CheckResult } from './checks.js';

export interface TaskScore {
  weight: number;
  /** Points earned, 0..weight. */
  earned: number;
  /** Non-guard checks passed, and how many there are. */
  passed: number;
  total: number;
  /** A guard failed: the task earns nothing. */
  guardFailed: boolean;
  /** Every non-guard check passed and no guard failed. */
  solved: boolean;
}

export function scoreTask(results: readonly Pick<CheckResult, 'guard' | 'pass'>[], weight: number): TaskScore {
  const scored = results.filter((r) => !r.guard);
  const passed = scored.filter((r) => r.pass).length;
  const total = scored.length;
  const guardFailed = results.some((r) => r.guard && !r.pass);
  const earned = guardFailed || total === 0 ? 0 : (weight * passed) / total;
  return { weight, earned, passed, total, guardFailed, solved: !guardFailed && total > 0 && passed === total };
}

export interface ExamScore {
  earned: number;
  weight: number;
  /** 0..100, unrounded. */
  percent: number;
  passMark: number;
  pass: boolean;
}

export function scoreExam(tasks: readonly TaskScore[], passMark = DEFAULT_PASS_MARK): ExamScore {
  const earned = tasks.reduce((s, t) => s + t.earned, 0);
  const weight = tasks.reduce((s, t) => s + t.weight, 0);
  const percent = weight > 0 ? (earned / weight) * 100 : 0;
  // a score equal to the mark passes; the epsilon absorbs 2/3 × 100 rounding
  return { earned, weight, percent, passMark, pass: percent + 1e-9 >= passMark };
}

/** A single-choice answer is the right index; a multiple-choice one is exactly the right set, in any order. */
export function scoreQuestion(q: SingleQuestion | MultipleQuestion, answer: number | readonly number[]): boolean {
  if (q.kind === 'single') return typeof answer === 'number' && answer === q.answer;
  if (typeof answer === 'number') return false;
  const given = new Set(answer);
  return given.size === answer.length && given.size === q.answer.length && q.answer.every((a) => given.has(a));
}
