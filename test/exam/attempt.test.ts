import test from 'ava';
import { loadBuiltinContent } from '../../source/content/builtin.js';
import { finishAttempt, formatClock, isExpired, moveTo, openAttempt, remainingMs, setWorkspace, startAttempt, toggleFlag, workspaceScenario } from '../../source/exam/attempt.js';
import { scheduleReview } from '../../source/exam/review.js';
import { runLine } from '../../source/workspace/shell.js';
import type { ExamPlan } from '../../source/exam/types.js';

const { scenarios } = loadBuiltinContent();
const lookup = (id: string) => scenarios.find((s) => s.id === id);
const T0 = new Date('2025-03-01T10:00:00Z');
const at = (s: number) => new Date(T0.getTime() + s * 1000);
const task = (id: string, weight: number) => ({ scenarioId: id, title: lookup(id)!.title, topic: lookup(id)!.topic, weight });
const plan: ExamPlan = { title: 'Two', minutes: 1, passMark: 66, tasks: [task('svc-selector-typo', 3), task('port-targetport-wrong', 1)] };
const deps = (s: number) => ({ now: () => at(s), grade: () => [], examMode: true });

function solveFirst(a = startAttempt(plan, lookup, T0, { id: 'a' })) {
  const s = workspaceScenario(lookup('svc-selector-typo')!);
  const r = runLine('kubectl -n shop set selector service web app=web', a.tasks[0]!.workspace, s, deps(5));
  return setWorkspace(a, 0, r.ws);
}

test('the clock is the stored deadline: m:ss, rounded up, expired at zero', (t) => {
  const a = startAttempt(plan, lookup, T0, { id: 'a' });
  t.is(a.deadline, '2025-03-01T10:01:00.000Z');
  const rows: Array<[number, string, boolean]> = [[0, '1:00', false], [0.5, '1:00', false], [1, '0:59', false], [59.2, '0:01', false], [60, '0:00', true], [600, '0:00', true]];
  for (const [s, clock, expired] of rows) {
    t.is(formatClock(remainingMs(a, at(s))), clock, `${s}s`);
    t.is(isExpired(a, at(s)), expired, `${s}s`);
  }
});

test('a shorter duration (the test hook) sets the deadline', (t) => {
  t.is(startAttempt(plan, lookup, T0, { durationMs: 5000 }).deadline, '2025-03-01T10:00:05.000Z');
});

test('time per task: moving between tasks, up to the deadline', (t) => {
  let a = startAttempt(plan, lookup, T0, { id: 'a' });
  a = moveTo(a, 1, at(20));   // 20 s on task 1
  a = moveTo(a, 0, at(30));   // 10 s on task 2
  a = finishAttempt(a, lookup, at(90), 'timeout'); // back on task 1 until the deadline at 60 s
  t.deepEqual(a.tasks.map((x) => x.spentMs), [50_000, 10_000]);
  t.is(a.finishedAt, '2025-03-01T10:01:00.000Z');
});

test('hint, trace, solution and done are refused during the exam', (t) => {
  const a = startAttempt(plan, lookup, T0);
  const s = workspaceScenario(lookup('svc-selector-typo')!);
  for (const word of ['hint', 'trace', 'solution', 'done']) {
    const r = runLine(word, a.tasks[0]!.workspace, s, deps(1));
    t.regex(r.output, /not available during the exam/, word);
    t.is(r.confirm, undefined);
  }
});

const scoring: Array<{ name: string; build: () => ReturnType<typeof startAttempt>; percent: number; pass: boolean; weak: string[] }> = [
  { name: 'nothing done: 0%', build: () => startAttempt(plan, lookup, T0), percent: 0, pass: false, weak: ['labels', 'ports'] },
  { name: 'task 1 (weight 3 of 4) solved: 75% PASS', build: () => solveFirst(), percent: 75, pass: true, weak: ['ports'] },
  { name: 'a guard broken zeroes the task', build: () => {
    const a = solveFirst();
    const s = workspaceScenario(lookup('svc-selector-typo')!);
    const r = runLine('kubectl -n shop label deployment web extra=1', a.tasks[0]!.workspace, s, deps(6));
    return setWorkspace(a, 0, r.ws);
  }, percent: 0, pass: false, weak: ['labels', 'ports'] },
];
for (const c of scoring) {
  test(`scoring: ${c.name}`, (t) => {
    const done = finishAttempt(c.build(), lookup, at(10), 'submit');
    const r = done.result!;
    t.is(r.percent, c.percent);
    t.is(r.pass, c.pass);
    t.deepEqual(r.weakTopics, c.weak);
    // what was lost and why: every failed check has a detail and a trace
    for (const task of r.tasks) for (const ch of task.checks.filter((x) => !x.pass)) { t.true(ch.detail.length > 0); t.true(ch.trace.length > 0); }
  });
}

test('the open attempt is found; a finished one is not', (t) => {
  const a = startAttempt(plan, lookup, T0, { id: 'a' });
  t.is(openAttempt([{ kind: 'other' }, a])?.attempt.id, 'a');
  t.is(openAttempt([finishAttempt(a, lookup, at(1), 'submit')]), undefined);
  t.true(toggleFlag(a).tasks[0]!.flagged);
  t.false(toggleFlag(toggleFlag(a)).tasks[0]!.flagged);
});

test('review: a weak topic is due tomorrow; a strong one waits twice as long as before', (t) => {
  const result = { tasks: [{ topic: 'labels' }, { topic: 'ports' }], weakTopics: ['ports'] } as never;
  const r = scheduleReview({ labels: { due: 'x', interval: 4 } }, result, T0);
  t.deepEqual(r, {
    labels: { due: '2025-03-09T10:00:00.000Z', interval: 8 },
    ports: { due: '2025-03-02T10:00:00.000Z', interval: 1 },
  });
});
