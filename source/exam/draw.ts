// Which tasks an exam holds: a pack's tasks in the pack's order, or a seeded draw from the
// built-in pool. The seed orders only pool draws, so one seed always gives one exam.
import { DEFAULT_PASS_MARK, type Pack, type Scenario } from '../content/types.js';
import { DEFAULT_TASKS, type ExamPlan, type ExamTaskPlan } from './types.js';

/** mulberry32: a small seeded PRNG, plenty for shuffling a few dozen scenarios. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface DrawOptions {
  pack?: Pack;
  /** Overrides the pack's or the default time limit. */
  minutes?: number;
  seed?: number;
  /** How many pool tasks (default 6). */
  count?: number;
}

export type DrawResult = { ok: true; plan: ExamPlan } | { ok: false; error: string };

const taskOf = (s: Scenario, weight = s.weight): ExamTaskPlan => ({ scenarioId: s.id, title: s.title, topic: s.topic, weight });

export function drawExam(scenarios: readonly Scenario[], opts: DrawOptions, random: () => number = Math.random): DrawResult {
  if (opts.pack) {
    const byId = new Map(scenarios.map((s) => [s.id, s]));
    const tasks: ExamTaskPlan[] = [];
    for (const t of opts.pack.tasks) {
      const s = byId.get(t.scenarioId);
      if (!s) return { ok: false, error: `pack ${opts.pack.id}: no scenario "${t.scenarioId}"` };
      tasks.push(taskOf(s, t.weight));
    }
    return { ok: true, plan: { title: opts.pack.title, packId: opts.pack.id, packFile: opts.pack.file, minutes: opts.minutes ?? opts.pack.minutes, passMark: opts.pack.passMark, tasks } };
  }
  if (scenarios.length === 0) return { ok: false, error: 'there are no scenarios to draw an exam from' };
  const rnd = opts.seed !== undefined ? prng(opts.seed) : random;
  // Fisher-Yates over ids in a fixed order, so a seed does not depend on load order.
  const pool = [...scenarios].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const picked = pool.slice(0, Math.min(opts.count ?? DEFAULT_TASKS, pool.length));
  const minutes = opts.minutes ?? picked.reduce((m, s) => m + s.minutes, 0);
  return { ok: true, plan: { title: 'Mock exam', ...(opts.seed !== undefined ? { seed: opts.seed } : {}), minutes, passMark: DEFAULT_PASS_MARK, tasks: picked.map((s) => taskOf(s)) } };
}
